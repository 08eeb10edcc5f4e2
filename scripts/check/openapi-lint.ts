// npx tsx scripts/check/openapi-lint.ts — writes the assembled OpenAPI
// document to a temporary file and lints it with Redocly's recommended rules
// (redocly.yaml). Exits with Redocly's status: non-zero on any error.
// Offline: the CLI is the locally installed one, and telemetry and update
// checks are switched off.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// The document reaches lib/import/upload.ts, which imports "server-only": that
// package throws unless resolved under Next's "react-server" condition (which
// the route handlers always run under). Re-run this script under that
// condition rather than fake the package.
if (!import.meta.resolve("server-only").endsWith("/empty.js")) {
  const child = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const { buildOpenApiDocument } = await import("../../lib/openapi/document");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-openapi-"));
const file = path.join(dir, "openapi.json");
let status = 1;
try {
  fs.writeFileSync(file, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
  const lint = spawnSync("npx", ["--no", "redocly", "lint", file, "--config", path.join(REPO, "redocly.yaml")], {
    cwd: REPO,
    stdio: "inherit",
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: "off",
      REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
      REDOCLY_SUPPRESS_NOTIFICATIONS: "true",
      // npx itself: use what is installed, never ask the registry.
      npm_config_offline: "true",
      npm_config_update_notifier: "false",
    },
  });
  if (lint.error) console.error(`could not run redocly: ${lint.error.message}`);
  status = lint.status ?? 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
