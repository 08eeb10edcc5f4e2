// A restore that refuses or fails changes nothing: a database that holds data
// (unless --replace), a file whose checksum does not match, a missing file, a
// row that is not a row of its table, a failure after every row is written.
// --replace replaces everything in one transaction; --bump-version gives the
// restored data a new data version. The command lines exit non-zero with the
// reason, and restore into a database that was never migrated.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDatabase } from "@/lib/backup/export";
import { BackupError, type Manifest } from "@/lib/backup/manifest";
import { restoreDatabase } from "@/lib/backup/restore";
import { createPrismaClient } from "@/lib/core/db/client";
import { getDataVersion } from "@/lib/core/db/data-version";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { dumpAll, populate, tempDir, unmigratedDatabase } from "./helpers";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/** Copies the backup so that one test's damage does not reach another's. */
function copyBackup(from: string, to: string): string {
  fs.cpSync(from, to, { recursive: true });
  return to;
}

function writeManifest(dir: string, change: (manifest: Manifest) => void): void {
  const file = path.join(dir, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  change(manifest);
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
}

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Runs a script of scripts/db the way `npm run` would, against `databaseUrl`. */
function runScript(script: string, args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/db/${script}.ts`, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const urlOf = (t: TestDatabase) =>
  t.config.provider === "sqlite" ? `file:${t.config.filePath}` : `${t.config.url}${t.config.url.includes("?") ? "&" : "?"}schema=${t.config.schema}`;

describeEachDatabase("restore refusals on %s", (name) => {
  let source: TestDatabase;
  let seeded: TestDatabase;
  let empty: TestDatabase;
  let work: string;
  let backup: string;
  let sourceDump: Awaited<ReturnType<typeof dumpAll>>;

  beforeAll(async () => {
    source = await createTestDatabase(name);
    await populate(source.db);
    work = tempDir("refusals");
    backup = path.join(work, "backup");
    await exportDatabase(source.db, backup);
    sourceDump = await dumpAll(source.db);
    // a database that holds other data: the seed only
    seeded = await createTestDatabase(name);
    await seedDatabase(seeded.db);
    empty = await createTestDatabase(name);
  });
  afterAll(async () => {
    for (const t of [source, seeded, empty]) await t?.cleanup();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it("refuses a database that holds data, naming its tables and the flag; the database is unchanged", async () => {
    const before = await dumpAll(seeded.db);
    expect(before.TradeObservation!.length).toBeGreaterThan(0);
    expect(before).not.toEqual(sourceDump);
    const refused = restoreDatabase(seeded.config, backup);
    await expect(refused).rejects.toThrow(BackupError);
    await expect(refused).rejects.toThrow(
      /the database is not empty: Country \(7 rows\), Reporter \(\d+ rows\), Source \(\d+ rows\), TradeObservation/,
    );
    await expect(refused).rejects.toThrow(/pass --replace/);
    expect(await dumpAll(seeded.db)).toEqual(before);
  });

  it("refuses a file whose checksum does not match, naming it; nothing is written", async () => {
    const dir = copyBackup(backup, path.join(work, "tampered"));
    const file = path.join(dir, "TradeObservation.jsonl");
    // still a valid row: only the checksum can tell
    const text = fs.readFileSync(file, "utf8");
    const tampered = text.replace(/"valueUsd":(\d+)/, (_, value: string) => `"valueUsd":${Number(value) + 1}`);
    expect(tampered).not.toBe(text);
    fs.writeFileSync(file, tampered);
    const emptyBefore = await dumpAll(empty.db);
    expect(Object.values(emptyBefore).every((rows) => rows.length === 0)).toBe(true);
    await expect(restoreDatabase(empty.config, dir)).rejects.toThrow(/checksum mismatch in TradeObservation\.jsonl \(table TradeObservation\)/);
    expect(await dumpAll(empty.db)).toEqual(emptyBefore);
    // --replace does not get past it either
    const before = await dumpAll(seeded.db);
    await expect(restoreDatabase(seeded.config, dir, { replace: true })).rejects.toThrow(/checksum mismatch in TradeObservation\.jsonl/);
    expect(await dumpAll(seeded.db)).toEqual(before);
  });

  it("refuses a backup with a missing file, naming it", async () => {
    const dir = copyBackup(backup, path.join(work, "missing"));
    fs.rmSync(path.join(dir, "SavedCheck.jsonl"));
    await expect(restoreDatabase(empty.config, dir)).rejects.toThrow(/missing file SavedCheck\.jsonl \(table SavedCheck\)/);
    fs.rmSync(path.join(dir, "manifest.json"));
    await expect(restoreDatabase(empty.config, dir)).rejects.toThrow(/manifest\.json: no such file/);
    expect(Object.values(await dumpAll(empty.db)).every((rows) => rows.length === 0)).toBe(true);
  });

  it("refuses a row that is not a row of its table even when the checksum is made to match, naming file, line and column", async () => {
    const dir = copyBackup(backup, path.join(work, "bad-row"));
    const file = path.join(dir, "TradeObservation.jsonl");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    lines[2] = lines[2]!.replace(/"year":(\d+)/, '"year":"$1"');
    fs.writeFileSync(file, lines.join("\n"));
    writeManifest(dir, (m) => (m.files.find((f) => f.file === "TradeObservation.jsonl")!.sha256 = sha256(file)));
    await expect(restoreDatabase(empty.config, dir)).rejects.toThrow(/TradeObservation\.jsonl line 3: year: /);
    expect(Object.values(await dumpAll(empty.db)).every((rows) => rows.length === 0)).toBe(true);
  });

  it("refuses a backup of other migrations, and a manifest of another format version", async () => {
    const dir = copyBackup(backup, path.join(work, "other-schema"));
    writeManifest(dir, (m) => m.schema.migrations.push("29991231000000_future"));
    await expect(restoreDatabase(empty.config, dir)).rejects.toThrow(/the backup was made at the migrations \[.*29991231000000_future\]/);
    writeManifest(dir, (m) => (m.formatVersion = 2 as 1));
    await expect(restoreDatabase(empty.config, dir)).rejects.toThrow(/backup format version 2; this app reads version 1/);
  });

  it("a failure after every row is written rolls everything back, even with --replace", async () => {
    const before = await dumpAll(seeded.db);
    let sawRestoredRows = 0;
    const failing = restoreDatabase(seeded.config, backup, {
      replace: true,
      beforeCommit: async (tx) => {
        sawRestoredRows = await tx.tradeObservation.count();
        throw new Error("late failure");
      },
    });
    await expect(failing).rejects.toThrow("late failure");
    // the hook ran inside the transaction, after the load: it saw the backup's rows, which were then rolled back
    expect(sawRestoredRows).toBe(sourceDump.TradeObservation!.length);
    expect(await dumpAll(seeded.db)).toEqual(before);
  });

  it("--replace replaces everything in one transaction, and --bump-version gives a new data version", async () => {
    const target = await createTestDatabase(name);
    try {
      await seedDatabase(target.db);
      const seededVersion = await getDataVersion(target.db);
      const report = await restoreDatabase(target.config, backup, { replace: true });
      expect(report.replaced.map((r) => r.table)).toEqual(expect.arrayContaining(["Country", "TradeObservation", "Project", "Claim", "DataVersion"]));
      expect(report.warnings).toEqual([]);
      expect(await dumpAll(target.db)).toEqual(sourceDump);
      const backupVersion = await getDataVersion(source.db);
      expect(backupVersion).toBeGreaterThan(seededVersion);
      // the same backup again over itself: the same version row, so no stale-cache warning
      expect((await restoreDatabase(target.config, backup, { replace: true })).warnings).toEqual([]);
      const bumped = await restoreDatabase(target.config, backup, { replace: true, bumpVersion: true });
      expect(bumped.dataVersion).toBe(backupVersion + 1);
      expect(await getDataVersion(target.db)).toBe(backupVersion + 1);
      const { DataVersion: _version, ...rest } = await dumpAll(target.db);
      const { DataVersion: _sourceVersion, ...sourceRest } = sourceDump;
      expect(rest).toEqual(sourceRest);
      // replacing data that had moved on past the backup's version warns about caches, unless bumped
      const again = await restoreDatabase(target.config, backup, { replace: true });
      expect(again.warnings.join(" ")).toMatch(/replaced data was at data version \d+ .*--bump-version/);
    } finally {
      await target.cleanup();
    }
  });

  it(
    "the command lines: export refuses a non-empty directory; restore refuses a non-empty database (exit 1) and restores into a new one",
    { timeout: 180_000 },
    async () => {
      const exported = runScript("export", [backup], urlOf(source));
      expect(exported.status).toBe(1);
      expect(exported.stderr).toMatch(/is not empty/);

      const before = await dumpAll(seeded.db);
      const refused = runScript("restore", [backup], urlOf(seeded));
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/restore refused, no data was written: the database is not empty: Country \(7 rows\).*--replace/);
      expect(await dumpAll(seeded.db)).toEqual(before);

      expect(runScript("restore", [backup, "--force"], urlOf(seeded)).status).toBe(2);

      const fresh = await unmigratedDatabase(name);
      try {
        const secondBackup = path.join(work, "cli-backup");
        const cliExport = runScript("export", [secondBackup], urlOf(source));
        expect(cliExport.status, cliExport.stderr).toBe(0);
        expect(cliExport.stdout).toMatch(/TradeObservation\.jsonl\s+\d+ rows/);
        const restored = runScript("restore", [secondBackup], fresh.url);
        expect(restored.status, restored.stderr).toBe(0);
        expect(restored.stdout).toMatch(/applied migrations 2026\d+_init/);
        const db = createPrismaClient(fresh.config);
        try {
          expect(await dumpAll(db)).toEqual(sourceDump);
        } finally {
          await db.$disconnect();
        }
      } finally {
        await fresh.cleanup();
      }
    },
  );
});

describe("a backup directory", () => {
  it("is written only into a new or empty directory", async () => {
    const t = await createTestDatabase("sqlite");
    const dir = tempDir("occupied");
    try {
      fs.writeFileSync(path.join(dir, "notes.txt"), "keep me");
      await expect(exportDatabase(t.db, dir)).rejects.toThrow(/is not empty \(notes\.txt/);
      expect(fs.readdirSync(dir)).toEqual(["notes.txt"]);
    } finally {
      await t.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
