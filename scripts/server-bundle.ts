// Caravan's server (scripts/serve.ts with lib/core/server/ and what they import
// from lib/) compiled into one plain JavaScript file beside the Next build, so
// `npm start` and the benchmark run it with plain `node`. Under
// `node --import tsx` the same server sat at 280 MiB idle on the seeded
// database against 191 MiB compiled (a fresh server, 3 s after its first
// /api/health): tsx's loader hooks keep a second V8 isolate and their
// transforms in memory for the life of the process. Packages stay external,
// resolved from node_modules as before; compiling takes well under a second.
import path from "node:path";
import { buildSync } from "esbuild";

/** The compiled server of the build in distDir (CARAVAN_DIST_DIR, as next.config.js reads it). */
export function serverBundlePath(distDir = process.env.CARAVAN_DIST_DIR || ".next"): string {
  return path.resolve(distDir, "caravan-server.mjs");
}

/** Compiles scripts/serve.ts to serverBundlePath(distDir); returns that path. */
export function bundleServer(distDir?: string): string {
  const outfile = serverBundlePath(distDir);
  buildSync({
    entryPoints: [path.resolve("scripts/serve.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
}
