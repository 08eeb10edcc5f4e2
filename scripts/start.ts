// npm start — migrate, seed, build and serve Caravan on PORT (default 3000).
// Each step is idempotent, so running it again keeps the data.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { assertValidEnv } from "../lib/core/env";
import { bundleServer } from "./server-bundle";

const settings = assertValidEnv();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const tsx = path.resolve("node_modules/.bin/tsx");

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(tsx, ["scripts/db/migrate.ts"]);
run(tsx, ["scripts/db/seed.ts"]);
// next build, then the compile hint on the framework's chunks (scripts/build.ts)
if (!process.argv.includes("--no-build")) run(tsx, ["scripts/build.ts"]);
// Caravan's server: Next behind the response cache and the client-address front (lib/core/server/),
// compiled to plain JavaScript first (even with --no-build: it takes well under a second) and run
// by this process's Node without tsx's loader (scripts/server-bundle.ts says what that saves).
const server = bundleServer();
run(process.execPath, [server, "--port", String(settings.PORT)]);
