// Prisma's schema engine compiled to WebAssembly, driven through our driver
// adapters. It applies prisma/migrations/<provider>/ exactly as
// `prisma migrate deploy` would (same _prisma_migrations table), on machines
// where the CLI cannot download its native engine.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "./adapter";
import type { DatabaseConfig } from "./database-url";

type Provider = DatabaseConfig["provider"];

const require = createRequire(import.meta.url);

export const MIGRATIONS_DIRS: Record<Provider, string> = {
  sqlite: path.resolve("prisma/migrations/sqlite"),
  postgresql: path.resolve("prisma/migrations/postgresql"),
};

export const SCHEMA_PATHS: Record<Provider, string> = {
  sqlite: path.resolve("prisma/schema.prisma"),
  postgresql: path.resolve("prisma/generated/postgresql/schema.prisma"),
};

interface SchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

interface SchemaEngineModule {
  SchemaEngine: { new: (options: unknown, log: (msg: string) => void, adapter: object) => Promise<SchemaEngine> };
}

let enginePromise: Promise<SchemaEngineModule> | undefined;

/** Node 20 cannot import the .wasm file, so it is instantiated by hand. */
function loadEngineModule(): Promise<SchemaEngineModule> {
  enginePromise ??= (async () => {
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bg = (await import(pathToFileURL(path.join(pkgDir, "schema_engine_bg.js")).href)) as Record<string, unknown> & {
      __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
    };
    const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bg as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg as unknown as SchemaEngineModule;
  })();
  return enginePromise;
}

async function withEngine<T>(config: DatabaseConfig, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schemaPath = SCHEMA_PATHS[config.provider];
  // The engine opens connections through the factory but never closes them,
  // and on PostgreSQL such a session keeps Prisma's migration advisory lock:
  // track every connection and dispose of them when done.
  const base = createAdapterFactory(config);
  const opened: { dispose: () => Promise<void> }[] = [];
  const tracking = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await base.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, fs.readFileSync(schemaPath, "utf8")]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

function readMigrationsList(provider: Provider) {
  const baseDir = MIGRATIONS_DIRS[provider];
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const migrationDirectories = fs.existsSync(baseDir)
    ? fs
        .readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
        .map((name) => ({
          path: name,
          migrationFile: {
            path: "migration.sql",
            content: { tag: "ok", value: fs.readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
          },
        }))
    : [];
  return {
    baseDir,
    lockfile: { path: lockPath, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Applies every migration not yet applied; returns their names. */
export async function applyMigrations(config: DatabaseConfig): Promise<string[]> {
  if (config.provider === "postgresql" && config.schema) await ensurePostgresSchema(config);
  // before the engine opens its own connection: switching journal mode needs the file to itself
  if (config.provider === "sqlite" && config.filePath !== ":memory:") await enableWriteAheadLog(config.filePath);
  const applied = await withEngine(config, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(config.provider), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
  return applied;
}

/**
 * WAL lets readers go on reading the last committed state while an import
 * writes, instead of failing with "database is locked". The mode is stored
 * in the database file, so setting it once at migration time is enough.
 */
async function enableWriteAheadLog(filePath: string): Promise<void> {
  const { default: Database } = await import("better-sqlite3");
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/**
 * The SQL that takes a database from one datamodel to another, for one
 * provider. (The wasm engine's createMigration needs a shadow database that
 * SQLite cannot provide here, so migrations are diffed between schema texts;
 * see scripts/prisma/create-migration.ts.)
 */
export async function diffSchemas(config: DatabaseConfig, fromSchema: string | null, toSchema: string): Promise<string> {
  return withEngine(config, async (engine) => {
    const schemaPath = SCHEMA_PATHS[config.provider];
    const result = await engine.diff({
      from: fromSchema === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: schemaPath, content: fromSchema }] },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: toSchema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}

async function ensurePostgresSchema(config: Extract<DatabaseConfig, { provider: "postgresql" }>): Promise<void> {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema!.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
