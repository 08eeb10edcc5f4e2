import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "./database-url";

/** How long a SQLite connection waits for another writer before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Milliseconds a PostgreSQL connection attempt may take before it counts as an outage. */
const PG_CONNECT_TIMEOUT_MS = 3000;

export function createAdapterFactory(config: DatabaseConfig): PrismaBetterSqlite3 | PrismaPg {
  if (config.provider === "sqlite") {
    if (config.filePath !== ":memory:") fs.mkdirSync(path.dirname(config.filePath), { recursive: true });
    return new PrismaBetterSqlite3({ url: config.filePath, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg(
    {
      connectionString: config.url,
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      max: 10,
      // Migrations use unqualified table names, so a non-default schema must
      // be the search path, not only Prisma's query prefix.
      ...(config.schema ? { options: `-c search_path="${config.schema.replace(/"/g, '""')}"` } : {}),
    },
    {
      schema: config.schema,
      // A server that goes away must not crash the process: log, and let the
      // next request reconnect (the pool replaces broken clients).
      onPoolError: (error) => console.warn(`PostgreSQL pool: ${error.message}`),
      onConnectionError: (error) => console.warn(`PostgreSQL connection: ${error.message}`),
    },
  );
}
