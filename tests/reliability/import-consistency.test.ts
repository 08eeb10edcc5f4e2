// An import never leaves a half-written database: readers during an import
// see the old data or the new, never a mix; an import process killed in the
// middle of writing leaves the database exactly as before.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { importTradeCsv } from "@/lib/trade/import";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, DATABASES, POSTGRES_URL, type TestDatabase } from "../helpers/databases";
import { CARAVAN_HEADER, csv, largeFile, snapshot } from "../import/helpers";

const BULK_HEADER = `${CARAVAN_HEADER},commodity,source_publisher,source_title,source_url,source_licence`;

/** What a reader sees: how many figures and their sum, in one query (one snapshot). */
async function readState(db: Db): Promise<string> {
  const agg = await db.tradeObservation.aggregate({ _count: { _all: true }, _sum: { valueUsd: true } });
  return `${agg._count._all}|${agg._sum.valueUsd}`;
}

describe.each(DATABASES)("import consistency on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());

  it("readers during an import see either the old or the new data, never a mix", async () => {
    const reader = createPrismaClient(t.config);
    try {
      const before = await readState(reader);
      const seen = new Set<string>();
      let importing = true;
      const readers = (async () => {
        while (importing) {
          seen.add(await readState(reader));
          await new Promise((r) => setImmediate(r));
        }
      })();
      const report = await importTradeCsv(t.db, csv(BULK_HEADER, largeFile(3000, "consistency-bulk")), { fileName: "bulk.csv" });
      importing = false;
      await readers;
      expect(report.errors).toEqual([]);
      const after = await readState(reader);
      expect(after).not.toBe(before);
      expect(seen.size).toBeGreaterThan(0);
      for (const state of seen) expect([before, after]).toContain(state);
    } finally {
      await reader.$disconnect();
    }
  });

  it("an import killed while writing leaves the database exactly as before", { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-kill-"));
    const file = path.join(dir, "bulk.csv");
    fs.writeFileSync(file, csv(BULK_HEADER, largeFile(20_000, "killed-bulk")));
    const before = await snapshot(t.db);
    const databaseUrl =
      t.config.provider === "sqlite"
        ? `file:${t.config.filePath}`
        : `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${t.config.schema}`;
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/import.ts", file], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: "ignore",
    });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    // Kill only once the import has started writing inside its transaction.
    const writing = await waitForWrites(t, child, 150_000);
    child.kill("SIGKILL");
    await exited;
    expect(writing, "the import never reached its write phase").toBe(true);
    expect(await snapshot(t.db)).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/**
 * SQLite: another connection cannot take the write lock (a writer holds it from
 * its first write until commit); PostgreSQL: the import's session is inside a
 * transaction that has written.
 */
async function waitForWrites(t: TestDatabase, child: ReturnType<typeof spawn>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let client: pg.Client | null = null;
  if (t.config.provider === "postgresql") {
    client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
  }
  try {
    while (Date.now() < deadline && child.exitCode === null) {
      if (t.config.provider === "sqlite") {
        if (sqliteWriterActive(t.config.filePath)) return true;
      } else {
        const { rows } = await client!.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_xid IS NOT NULL AND query ILIKE '%TradeObservation%' AND query ILIKE ANY (ARRAY['%insert%', '%update%'])`,
        );
        if (rows[0].n > 0) return true;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  } finally {
    await client?.end();
  }
}

function sqliteWriterActive(filePath: string): boolean {
  const probe = new Database(filePath, { timeout: 0 });
  try {
    probe.exec("BEGIN IMMEDIATE");
    probe.exec("ROLLBACK");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    probe.close();
  }
}
