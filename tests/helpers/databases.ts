// The databases every data and route test runs against: a temporary SQLite
// file, and PostgreSQL (a fresh schema per run) when it is reachable.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { parseDatabaseUrl, type DatabaseConfig } from "@/lib/core/db/database-url";
import { applyMigrations } from "@/lib/core/db/schema-engine";

import { POSTGRES_URL } from "./postgres-url";

export { POSTGRES_URL };

/** Decided by tests/helpers/global-setup.ts after probing the server. */
export function postgresAvailable(): boolean {
  return inject("postgresAvailable");
}

export interface TestDatabase {
  name: "sqlite" | "postgresql";
  config: DatabaseConfig;
  db: Db;
  cleanup: () => Promise<void>;
}

export async function createTestDatabase(name: "sqlite" | "postgresql"): Promise<TestDatabase> {
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

/** The database kinds to run a suite against: SQLite always, PostgreSQL when reachable. */
export const DATABASES = (["sqlite", "postgresql"] as const).filter((name) => name === "sqlite" || postgresAvailable());

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
