// Builds the app once and serves it on a free port against a freshly
// migrated and seeded temporary SQLite database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import probePostgres from "../helpers/global-setup";
import { freePort } from "../../scripts/bench/processes";
import { buildNext } from "../../scripts/build";

// CARAVAN_TEST_DIST_DIR lets two people (or a helper) build and test side by side.
const DIST_DIR = process.env.CARAVAN_TEST_DIST_DIR ?? ".next-test";

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed with ${result.status}`);
}

let server: ChildProcess | undefined;
let tempDir: string | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await probePostgres(project);
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-browser-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${path.join(tempDir, "browser.db")}`,
    CARAVAN_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const tsx = path.resolve("node_modules/.bin/tsx");
  run(tsx, ["scripts/db/migrate.ts"], env);
  run(tsx, ["scripts/db/seed.ts"], env);
  if (process.env.CARAVAN_SKIP_BUILD !== "1" || !fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) buildNext({ env });
  const port = await freePort();
  // Caravan's own server (scripts/serve.ts), as `npm start` runs it: with its response cache and client addresses.
  server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("the server did not answer /api/health within 60 s");
    await new Promise((r) => setTimeout(r, 300));
  }
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", env.DATABASE_URL!);
  project.provide("distDir", DIST_DIR);
  return async () => {
    server?.kill("SIGTERM");
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    distDir: string;
  }
}
