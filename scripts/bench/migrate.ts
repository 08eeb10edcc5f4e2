import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Applies the migrations in a child process: the wasm schema engine's SQLite
 * connection can keep the file locked for the rest of the process that ran it.
 */
export function migrateInChildProcess(databaseUrl: string): void {
  const result = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migration failed for ${databaseUrl}: ${result.stderr || result.stdout}`);
}
