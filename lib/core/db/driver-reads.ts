// Small, hot reads straight through the database driver: the API's per-request
// queries (the data version behind every ETag, findTrade's rows and sources).
// Through Prisma's $queryRaw each of them cost ~0.3–0.8 ms of the ORM's own
// work per call on the seeded database, several times the query; through the
// driver a SQLite read is a cached prepared statement (microseconds) and a
// PostgreSQL read one round trip. Row streams for exports are row-stream.ts.
//
// SQLite: one read-only connection per client; in WAL mode each statement
// sees the last commit, so an import through Prisma is seen at once.
// PostgreSQL: a small pool of its own, with the adapter's connection settings.
import fs from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { SQLITE_BUSY_TIMEOUT_MS } from "./adapter";
import { configOf, type Db, type Prisma } from "./client";
import type { DatabaseConfig } from "./database-url";

export interface DriverReader {
  /** The rows of one SELECT built with Prisma.sql, as the driver returns them. */
  all: <Row>(query: Prisma.Sql) => Promise<Row[]>;
}

/** Distinct statements kept prepared per SQLite connection (the API's filters make a few shapes each). */
const SQLITE_STATEMENT_CACHE = 200;
/** Connections of the reader's own pool; the adapter keeps its own pool for everything else. */
const PG_POOL_MAX = 5;
/** As the adapter's: a connection attempt that takes longer counts as an outage (a 503). */
const PG_CONNECT_TIMEOUT_MS = 3000;

function openReadOnly(filePath: string): Database.Database {
  // Read-only, SQLite opens a directory (or a file that is no database)
  // without complaint and fails every read with a disk I/O error; read-write,
  // as the adapter opens it, it refuses with SQLITE_CANTOPEN, which
  // availability.ts knows as an outage (a 503). Refuse the same way.
  if (!fs.statSync(filePath, { throwIfNoEntry: false })?.isFile()) {
    throw Object.assign(new Error("unable to open database file"), { code: "SQLITE_CANTOPEN" });
  }
  return new Database(filePath, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
}

function sqliteReader(filePath: string): DriverReader {
  let connection: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  return {
    all: async <Row>(query: Prisma.Sql) => {
      try {
        // opened on first use: the file may not exist until the first migration
        connection ??= openReadOnly(filePath);
        let statement = statements.get(query.sql);
        if (!statement) {
          statement = connection.prepare(query.sql);
          if (statements.size >= SQLITE_STATEMENT_CACHE) statements.delete(statements.keys().next().value!);
          statements.set(query.sql, statement);
        }
        return statement.all(...(query.values as unknown[])) as Row[];
      } catch (error) {
        // the file went away or broke: open it afresh on the next read, so the app recovers when it is back
        if (/^SQLITE_(CANTOPEN|IOERR)/.test(String((error as { code?: unknown }).code))) {
          statements.clear();
          connection?.close();
          connection = null;
        }
        throw error;
      }
    },
  };
}

function postgresReader(config: Extract<DatabaseConfig, { provider: "postgresql" }>): DriverReader {
  const pool = new pg.Pool({
    connectionString: config.url,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    max: PG_POOL_MAX,
    // idle connections must not keep a script or a test run alive
    allowExitOnIdle: true,
    ...(config.schema ? { options: `-c search_path="${config.schema.replace(/"/g, '""')}"` } : {}),
  });
  // an idle connection the server dropped is replaced on the next read; it must not crash the process
  pool.on("error", () => {});
  return {
    all: async <Row>(query: Prisma.Sql) => (await pool.query({ text: query.text, values: query.values as unknown[] })).rows as Row[],
  };
}

// On globalThis, like the Prisma client (client.ts): every route bundle shares one reader per client.
const globalForReaders = globalThis as unknown as { caravanDriverReaders?: WeakMap<Db, DriverReader | null> };

/**
 * The driver reader for a client made by createPrismaClient, or null where
 * there is none: an in-memory SQLite database (no file a second connection
 * could open) or a client of another origin; those callers use $queryRaw.
 */
export function driverReaderOf(db: Db): DriverReader | null {
  const readers = (globalForReaders.caravanDriverReaders ??= new WeakMap());
  if (readers.has(db)) return readers.get(db)!;
  let config: DatabaseConfig | null = null;
  try {
    config = configOf(db);
  } catch {
    config = null;
  }
  const reader =
    config === null || (config.provider === "sqlite" && config.filePath === ":memory:")
      ? null
      : config.provider === "sqlite"
        ? sqliteReader(config.filePath)
        : postgresReader(config);
  readers.set(db, reader);
  return reader;
}

/** One SELECT's rows, through the driver where there is one, else through Prisma. */
export function readRows<Row>(db: Db, query: Prisma.Sql): Promise<Row[]> {
  const reader = driverReaderOf(db);
  return reader ? reader.all<Row>(query) : db.$queryRaw<Row[]>(query);
}
