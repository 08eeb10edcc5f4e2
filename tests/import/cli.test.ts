// npm run import as analysts run it: a child process honouring DATABASE_URL.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { CARAVAN_HEADER, csv, snapshot } from "./helpers";

const run = promisify(execFile);

function databaseUrl(t: TestDatabase): string {
  if (t.config.provider === "sqlite") return `file:${t.config.filePath}`;
  const { url, schema } = t.config;
  return schema ? `${url}${url.includes("?") ? "&" : "?"}schema=${schema}` : url;
}

describeEachDatabase("npm run import on %s", (name) => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-import-cli-"));
  });
  afterAll(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    await t?.cleanup();
  });

  const importFile = async (text: string, ...args: string[]) => {
    const file = path.join(dir, "figures.csv");
    fs.writeFileSync(file, text);
    try {
      const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["scripts/import.ts", file, ...args], {
        env: { ...process.env, DATABASE_URL: databaseUrl(t) },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it("prints every error with line and column, exits 1 and writes nothing", async () => {
    const before = await snapshot(t.db);
    const result = await importFile(
      csv(CARAVAN_HEADER, ["2025,KAZ,CHN,turnover,44e9,kaz-bns-foreign-trade", "2025,KAZ,CHN,flowz,lots,kaz-bns-foreign-trade"]),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/2 error\(s\); nothing was imported/);
    expect(result.stdout).toMatch(/line 3, column flow: unknown flow "flowz"/);
    expect(result.stdout).toMatch(/line 3, column value_usd: "lots" is not a number/);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("--dry-run reports the counts and writes nothing; the real run applies them into DATABASE_URL", async () => {
    const text = csv(CARAVAN_HEADER, ["2025,KAZ,CHN,turnover,44e9,kaz-bns-foreign-trade"]);
    const before = await snapshot(t.db);
    const dry = await importFile(text, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/1 new, 0 changed, 0 unchanged \(dry run/);
    expect(await snapshot(t.db)).toEqual(before);
    const real = await importFile(text);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/import #\d+ applied/);
    expect((await snapshot(t.db)).observations).toBe(before.observations + 1);
  });

  it("imports a project file: dry run, apply, then a correction names the changed field", async () => {
    const text = fs.readFileSync("tests/import/fixtures/projects-example.csv", "utf8");
    const before = await snapshot(t.db);
    const dry = await importFile(text, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/projects layout, 3 valid record\(s\)/);
    expect(dry.stdout).toMatch(/3 new, 0 changed, 0 unchanged \(dry run/);
    expect(await snapshot(t.db)).toEqual(before);
    const real = await importFile(text);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/import #\d+ applied/);
    expect((await snapshot(t.db)).projects).toBe(before.projects + 3);
    const corrected = await importFile(text.replace("under-construction,2025,,2028", "operational,2025,2026,"), "--dry-run");
    expect(corrected.stdout).toMatch(/\b0 new, 1 changed, 2 unchanged\b/);
    expect(corrected.stdout).toMatch(
      /line 2: example-almaty-logistics-hub status "under-construction" → "operational"; completion_year \(empty\) → 2026; planned_completion_year 2028 → \(empty\)/,
    );
  }, 180_000); // three child processes, slow on a loaded machine

  it("bad usage exits 2", async () => {
    expect((await importFile("x", "--bogus")).code).toBe(2);
  });
});
