// The databases every data and route test runs against: a temporary SQLite
// file, and PostgreSQL (a fresh schema per run). PostgreSQL suites are always
// registered; without a server they are registered as skipped, by name, so the
// closing line of a run counts them instead of leaving them out.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { parseDatabaseUrl, type DatabaseConfig } from "@/lib/core/db/database-url";
import { applyMigrations } from "@/lib/core/db/schema-engine";

import { POSTGRES_URL } from "./postgres-url";

export { POSTGRES_URL };

/** Decided by tests/helpers/global-setup.ts after probing the server. */
export function postgresAvailable(): boolean {
  return inject("postgresAvailable");
}

export type DatabaseName = "sqlite" | "postgresql";

/** Whether suites on this database can run here: SQLite always, PostgreSQL when global setup reached the server. */
export function databaseAvailable(name: DatabaseName): boolean {
  return name === "sqlite" || postgresAvailable();
}

export interface TestDatabase {
  name: DatabaseName;
  config: DatabaseConfig;
  db: Db;
  cleanup: () => Promise<void>;
}

export async function createTestDatabase(name: DatabaseName): Promise<TestDatabase> {
  if (name === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-test-"));
    const config = parseDatabaseUrl(`file:${path.join(dir, "test.db")}`);
    await applyMigrations(config);
    const db = createPrismaClient(config);
    return {
      name,
      config,
      db,
      cleanup: async () => {
        await db.$disconnect();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!postgresAvailable()) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_URL}: register this suite with describeEachDatabase() ` +
        `(or describe.skipIf(!databaseAvailable(name))) so that it is reported as skipped`,
    );
  }
  const schema = `caravan_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const config = parseDatabaseUrl(`${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${schema}`);
  await migrateWithRetry(config);
  const db = createPrismaClient(config);
  return {
    name,
    config,
    db,
    cleanup: async () => {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/**
 * Every database kind a data or route suite runs against, PostgreSQL included
 * whether or not a server is reachable: register suites with
 * describeEachDatabase (or describe.skipIf(!databaseAvailable(name))), which
 * skips the PostgreSQL one, by name, when there is no server.
 */
export const DATABASES: readonly DatabaseName[] = Object.freeze(["sqlite", "postgresql"] as const);

/**
 * `describe.each(DATABASES)(title, factory)`, except that a suite on a
 * database that is not reachable is registered as skipped rather than run.
 * `title` names the database with "%s", as describe.each does.
 */
export function describeEachDatabase(title: string, factory: (name: DatabaseName) => void): void {
  for (const name of DATABASES) describe.skipIf(!databaseAvailable(name))(title.replace("%s", name), () => factory(name));
}

/** Prisma serialises migrations with one advisory lock per database; parallel suites may queue for it. */
async function migrateWithRetry(config: DatabaseConfig, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await applyMigrations(config);
      return;
    } catch (error) {
      if (attempt >= attempts || !/advisory lock/i.test(String((error as Error).message))) throw error;
    }
  }
}
