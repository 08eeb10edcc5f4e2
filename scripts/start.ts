// npm start — migrate, seed, build and serve Caravan on PORT (default 3000).
// Each step is idempotent, so running it again keeps the data.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { assertValidEnv } from "../lib/core/env";

const settings = assertValidEnv();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const tsx = path.resolve("node_modules/.bin/tsx");
const next = path.resolve("node_modules/.bin/next");

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(tsx, ["scripts/db/migrate.ts"]);
run(tsx, ["scripts/db/seed.ts"]);
if (!process.argv.includes("--no-build")) run(next, ["build"]);
// Caravan's server: Next behind the response cache and the client-address front (lib/core/server/).
// In this process's Node with tsx as a loader, not under the tsx CLI: one process, no wrapper holding memory.
run(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(settings.PORT)]);
