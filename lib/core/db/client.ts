import { PrismaClient as SqlitePrismaClient } from "../../generated/prisma-sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-postgresql/client";
import { createAdapterFactory } from "./adapter";

/** The query-building namespace (Prisma.sql, input types); both generated clients share its shape. */
export { Prisma } from "../../generated/prisma-sqlite/client";
import { parseDatabaseUrl, type DatabaseConfig } from "./database-url";

/**
 * Both generated clients come from the same models (see scripts/prisma), so
 * they expose the same API; the SQLite client's type stands for both.
 */
export type Db = SqlitePrismaClient;

// On globalThis like the client itself (getDb below): in a production build each
// route and page bundle has its own copy of this module, and a client made in
// one bundle must still be known in the others (the CSV export and the driver
// reads ask which database it talks to).
const globalForConfigs = globalThis as unknown as { caravanClientConfigs?: WeakMap<object, DatabaseConfig> };
const configs = (globalForConfigs.caravanClientConfigs ??= new WeakMap<object, DatabaseConfig>());

export function createPrismaClient(config: DatabaseConfig = parseDatabaseUrl()): Db {
  const adapter = createAdapterFactory(config);
  const db = config.provider === "sqlite" ? new SqlitePrismaClient({ adapter }) : (new PostgresPrismaClient({ adapter }) as unknown as Db);
  configs.set(db, config);
  return db;
}

/** Which database a client talks to (for the few statements that differ, such as locks). */
export function providerOf(db: Db): DatabaseConfig["provider"] {
  return configOf(db).provider;
}

/** The database a client talks to (for a second connection of the driver's own, as row-stream.ts opens). */
export function configOf(db: Db): DatabaseConfig {
  const config = configs.get(db);
  if (!config) throw new Error("configOf: a client not made by createPrismaClient");
  return config;
}

const globalForPrisma = globalThis as unknown as { caravanPrisma?: Db };

/** One client per process; kept on globalThis so dev hot reloads reuse it. */
export function getDb(): Db {
  globalForPrisma.caravanPrisma ??= createPrismaClient();
  return globalForPrisma.caravanPrisma;
}

/** Points this process at another database (tests, scripts that take a URL). */
export function setDb(db: Db): void {
  globalForPrisma.caravanPrisma = db;
}
