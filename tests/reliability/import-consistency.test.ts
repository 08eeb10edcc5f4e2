// An import never leaves a half-written database: readers during an import
// see the old data or the new, never a mix, and see the old data while the
// import's transaction is open; an import process killed in the middle of
// writing leaves the database exactly as before.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { importTradeCsv } from "@/lib/trade/import";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, POSTGRES_URL, type TestDatabase } from "../helpers/databases";
import { CARAVAN_HEADER, csv, largeFile, snapshot } from "../import/helpers";

const BULK_HEADER = `${CARAVAN_HEADER},commodity,source_publisher,source_title,source_url,source_licence`;
const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/** What a reader sees: how many figures and their sum, in one query (one snapshot). */
async function readState(db: Pick<Db, "tradeObservation">): Promise<string> {
  const agg = await db.tradeObservation.aggregate({ _count: { _all: true }, _sum: { valueUsd: true } });
  return `${agg._count._all}|${agg._sum.valueUsd}`;
}

/** Resolves once `done()` holds; rejects after `timeoutMs` with `message`. */
async function until(done: () => boolean, timeoutMs: number, message: string | (() => string)): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(typeof message === "string" ? message : message());
    await new Promise((r) => setTimeout(r, 5));
  }
}

describeEachDatabase("import consistency on %s", (name) => {
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
      /** set by the import's beforeCommit hook: every write is made, none committed */
      let transactionOpen = false;
      /** what the reads that both began and ended inside that window saw */
      const readsWhileOpen: string[] = [];
      let readerError: unknown = null;
      let importing = true;
      const readers = (async () => {
        while (importing) {
          const startedWhileOpen = transactionOpen;
          const state = await readState(reader);
          seen.add(state);
          if (startedWhileOpen && transactionOpen) readsWhileOpen.push(state);
          await new Promise((r) => setImmediate(r));
        }
      })().catch((error: unknown) => {
        readerError = error;
      });
      let insideTransaction: string | null = null;
      const report = await importTradeCsv(t.db, csv(BULK_HEADER, largeFile(3000, "consistency-bulk")), {
        fileName: "bulk.csv",
        // Hold the transaction open, every row written, until another
        // connection has completed a read; only then let it commit.
        beforeCommit: async (tx) => {
          insideTransaction = await readState(tx);
          transactionOpen = true;
          try {
            await until(() => readsWhileOpen.length > 0 || readerError !== null, 30_000, "no read completed while the import's transaction was open");
          } finally {
            transactionOpen = false;
          }
        },
      });
      importing = false;
      await readers;
      expect(readerError).toBeNull();
      expect(report.errors).toEqual([]);
      const after = await readState(reader);
      expect(after).not.toBe(before);
      // the hook ran inside the import's transaction, after its writes: it saw them
      expect(insideTransaction).toBe(after);
      // at least one read ran entirely while the transaction was open, and saw none of its writes
      expect(readsWhileOpen.length).toBeGreaterThan(0);
      for (const state of readsWhileOpen) expect(state).toBe(before);
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
    expect(before.observations).toBeGreaterThan(0);
    // The import's own connection names itself, so the probe below watches it and no other session.
    const applicationName = `caravan-killed-import-${randomBytes(6).toString("hex")}`;
    const databaseUrl =
      t.config.provider === "sqlite" ? `file:${t.config.filePath}` : postgresUrl({ schema: t.config.schema!, application_name: applicationName });
    // No wrapper process: the tsx CLI would run the script in a child and pass
    // on only SIGINT/SIGTERM, so a SIGKILL to it would orphan the import. The
    // loader runs in this one process instead, which leads its own process
    // group, and the whole group is killed.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    const group = child.pid!;
    try {
      // Kill only once the import has started writing inside its transaction.
      const writing = await waitForWrites(t, applicationName, child, 150_000);
      expect(writing, `the import never reached its write phase (exit ${child.exitCode}): ${stderr}`).toBe(true);
      process.kill(-group, "SIGKILL");
      await exited;
      expect(child.signalCode, "the import ended before it was killed").toBe("SIGKILL");
      // nothing of the import lives on (a wrapper's child would, as an orphan still importing)
      await until(
        () => aliveInGroup(group).length === 0,
        5_000,
        () => `processes ${aliveInGroup(group).join(", ")} of group ${group} outlived the kill`,
      );
      // The database has let go of the killed writer: PostgreSQL ended its session, SQLite's write lock is free.
      expect(await waitForWriterGone(t, applicationName, 15_000), "the killed import's connection is still open").toBe(true);
      expect(await snapshot(t.db)).toEqual(before);
    } finally {
      if (child.exitCode === null && child.signalCode === null) process.kill(-group, "SIGKILL");
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The test server's URL with these query parameters (the pg driver passes application_name on to the server). */
function postgresUrl(params: Record<string, string>): string {
  const url = new URL(POSTGRES_URL);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** The live (not zombie) processes of a process group; empty once the group is gone. */
function aliveInGroup(pgid: number): number[] {
  if (!fs.existsSync("/proc/self/stat")) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const alive: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z" && state !== "X") alive.push(Number(entry));
  }
  return alive;
}

/**
 * SQLite: another connection cannot take the write lock (a writer holds it from
 * its first write until commit); PostgreSQL: the import's own session (found
 * by its application_name) is inside a transaction that has written figures.
 */
async function waitForWrites(t: TestDatabase, applicationName: string, child: ReturnType<typeof spawn>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const client = t.config.provider === "postgresql" ? new pg.Client({ connectionString: POSTGRES_URL }) : null;
  await client?.connect();
  try {
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
      if (t.config.provider === "sqlite") {
        if (sqliteWriterActive(t.config.filePath)) return true;
      } else {
        const { rows } = await client!.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE application_name = $1 AND backend_xid IS NOT NULL
              AND query ILIKE '%TradeObservation%' AND query ILIKE ANY (ARRAY['%insert%', '%update%'])`,
          [applicationName],
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

/** Whether the database has dropped the killed import: no session of its name (PostgreSQL), or the write lock free (SQLite). */
async function waitForWriterGone(t: TestDatabase, applicationName: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const client = t.config.provider === "postgresql" ? new pg.Client({ connectionString: POSTGRES_URL }) : null;
  await client?.connect();
  try {
    while (Date.now() < deadline) {
      if (t.config.provider === "sqlite") {
        if (!sqliteWriterActive(t.config.filePath)) return true;
      } else {
        const { rows } = await client!.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [applicationName]);
        if (rows[0].n === 0) return true;
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
