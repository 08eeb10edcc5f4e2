// The data version read straight through the driver, for Caravan's server
// (lib/core/server/), which asks for it every second and needs nothing else
// from the database: a whole Prisma client for that one number would cost its
// memory in every instance. The query is data-version.ts's own.
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "./database-url";

const VERSION_SQL = `SELECT "version" FROM "DataVersion" WHERE "id" = 1`;

export interface VersionReader {
  read: () => Promise<number>;
  close: () => Promise<void>;
}

export function createVersionReader(config: DatabaseConfig): VersionReader {
  if (config.provider === "sqlite") {
    let db: Database.Database | null = null;
    let statement: Database.Statement | null = null;
    return {
      read: async () => {
        // opened on first use: the file may not exist until the first migration
        db ??= new Database(config.filePath, { readonly: true, fileMustExist: true });
        statement ??= db.prepare(VERSION_SQL);
        const row = statement.get() as { version: number | bigint } | undefined;
        return Number(row?.version ?? 0);
      },
      close: async () => {
        db?.close();
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 1,
    connectionTimeoutMillis: 3000,
    ...(config.schema ? { options: `-c search_path="${config.schema.replace(/"/g, '""')}"` } : {}),
  });
  // a dropped connection is replaced on the next read; it must not crash the server
  pool.on("error", () => {});
  return {
    read: async () => Number((await pool.query<{ version: string | number }>(VERSION_SQL)).rows[0]?.version ?? 0),
    close: () => pool.end(),
  };
}
