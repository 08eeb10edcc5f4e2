// `npm run build`, and the one build behind every caller: npm start, the browser tests, the benchmarks
// and their bare Next app. `next build`, then the compile hint on the framework's chunks (below).
import { spawnSync, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * V8's explicit compile hint (Chrome 136+; ignored elsewhere): a script that opens with this comment has
 * every function compiled eagerly, on a background thread while the script streams in, instead of lazily
 * on the main thread at its first call. The framework's chunks (react-dom, Next's router and runtime) are
 * the bulk of every page's JS and run almost whole during hydration, so their lazy compiles were most of
 * the one long task that hydration starts with (Lighthouse's total blocking time: docs/benchmarks.md).
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Puts the compile hint at the top of the chunks every page loads first (`rootMainFiles` of the build
 * manifest), once; returns their paths. The chunks keep their names: they are written before anything
 * serves or caches them, and no source map or integrity hash points into them.
 */
export function markCompileHints(distDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: unknown };
  if (!Array.isArray(manifest.rootMainFiles) || manifest.rootMainFiles.length === 0) {
    throw new Error(`${distDir}/build-manifest.json lists no rootMainFiles: has Next changed its manifest?`);
  }
  const chunks = manifest.rootMainFiles.filter((file): file is string => typeof file === "string" && file.endsWith(".js"));
  for (const chunk of chunks) {
    const file = path.join(distDir, chunk);
    const source = fs.readFileSync(file, "utf8");
    if (!source.startsWith(COMPILE_HINT)) fs.writeFileSync(file, COMPILE_HINT + source);
  }
  return chunks;
}

export interface BuildOptions {
  /** the app's folder (default: this project) */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
}

/** `next build` into `CARAVAN_DIST_DIR` (default `.next`), then the compile hints. Throws with Next's output on failure. */
export function buildNext({ cwd = process.cwd(), env = process.env, stdio = "inherit" }: BuildOptions = {}): void {
  // next build may rewrite tsconfig.json (its own defaults); the project's file stays as committed
  const tsconfigPath = path.join(cwd, "tsconfig.json");
  const tsconfig = fs.existsSync(tsconfigPath) ? fs.readFileSync(tsconfigPath, "utf8") : undefined;
  const result = spawnSync(path.join(cwd, "node_modules/.bin/next"), ["build"], {
    cwd,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  if (tsconfig !== undefined && fs.readFileSync(tsconfigPath, "utf8") !== tsconfig) fs.writeFileSync(tsconfigPath, tsconfig);
  if (result.status !== 0) throw new Error(`next build failed (${result.status ?? result.signal}):\n${result.stdout ?? ""}\n${result.stderr ?? ""}`);
  markCompileHints(path.join(cwd, env.CARAVAN_DIST_DIR || ".next"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildNext();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
