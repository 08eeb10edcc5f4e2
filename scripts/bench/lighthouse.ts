// tsx scripts/bench/lighthouse.ts http://127.0.0.1:3311 [--runs 3] [--paths /,/data] [--save DIR] [--floor URL]
// Lighthouse's mobile profile (its default: a mid-range phone, simulated slow
// 4G and a 4x slower CPU) on each page, in Debian's Chromium started here with
// a throwaway profile. Each run gets a fresh browser; with several runs the
// median run (by performance score) is reported, so one noisy run on a loaded
// machine does not decide. Imported by scripts/bench/run.ts; alone it prints a table.
// --floor URL adds a bare Next page (scripts/bench/next-floor.ts), measured in turn with the pages.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse, { type Result } from "lighthouse";

/** How Next's floor page (scripts/bench/next-floor.ts) is named in the results. */
export const NEXT_FLOOR_LABEL = "Next floor (bare page)";

/** The pages issue 14 holds to its budget. */
export const LIGHTHOUSE_PAGES = ["/", "/countries/KAZ", "/mirror", "/data", "/claims", "/projects", "/check"];

export interface LighthouseResult {
  path: string;
  /** 0–100 */
  performance: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  /** 0–100 */
  bestPractices: number;
  /** best-practices audits that count towards the score and did not pass */
  failingBestPractices: string[];
  /** how many runs the median was taken over */
  runs: number;
  /**
   * Lighthouse's measure of this machine's CPU during the run (higher is
   * faster). Its simulated phone is this machine slowed down 4x, so on a
   * loaded machine (a low index) blocking time grows with no change to the page.
   */
  benchmarkIndex: number;
  /** the page's HTML as the browser decoded it (bytes): its blocking time grows with it (docs/benchmarks.md) */
  htmlBytes?: number;
}

export interface LighthouseOptions {
  /** runs per page; the median run is reported (default 1) */
  runs?: number;
  chromiumPath?: string;
  /** writes each run's full report (JSON) here, for a closer look */
  saveDir?: string;
}

const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--remote-debugging-port=0",
];

interface Chromium {
  port: number;
  child: ChildProcess;
  profileDir: string;
}

async function launchChromium(executable: string): Promise<Chromium> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-lighthouse-"));
  const child = spawn(executable, [...CHROMIUM_FLAGS, `--user-data-dir=${profileDir}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its debugging port within 30 s:\n${stderr}`)), 30_000);
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Chromium could not be started (${executable}): ${error.message}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening its debugging port:\n${stderr}`));
    });
  });
  return { port, child, profileDir };
}

async function closeChromium({ child, profileDir }: Chromium): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
  try {
    // Chromium's helper processes may still be writing its cache for a moment after it exits
    fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    // a leftover profile in the temporary folder is no reason to lose the measurement
  }
}

function summarise(pathname: string, lhr: Result, runs: number): LighthouseResult {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${pathname}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const category = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failingBestPractices = (lhr.categories["best-practices"]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .filter((ref) => {
      const score = lhr.audits[ref.id]?.score;
      return score !== null && score !== undefined && score < 1;
    })
    .map((ref) => ref.id);
  return {
    path: pathname,
    performance: category("performance"),
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
    lcpMs: numeric("largest-contentful-paint"),
    bestPractices: category("best-practices"),
    failingBestPractices,
    runs,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    htmlBytes: documentBytes(lhr),
  };
}

/** The decoded size of the page's own document, from Lighthouse's network record of the run. */
function documentBytes(lhr: Result): number | undefined {
  const items = (lhr.audits["network-requests"]?.details as { items?: { url?: string; resourceType?: string; resourceSize?: number }[] } | undefined)
    ?.items;
  const document =
    items?.find((item) => item.resourceType === "Document" && item.url === lhr.finalDisplayedUrl) ??
    items?.find((item) => item.resourceType === "Document");
  return document?.resourceSize;
}

async function measureOnce(url: string, chromiumPath: string): Promise<Result> {
  const chromium = await launchChromium(chromiumPath);
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      hostname: "127.0.0.1",
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "best-practices"],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return result.lhr;
  } finally {
    await closeChromium(chromium);
  }
}

/** A page to measure: `label` names it in the results (a path, or "Next floor"). */
export interface LighthouseTarget {
  label: string;
  url: string;
}

/**
 * Lighthouse (mobile) on each target. With several runs they go round in turn — every target's
 * first run, then every target's second — so a change in the machine's load over the minutes falls
 * on all of them alike, and pages measured in one call can be compared (with Next's floor, say).
 */
export async function runLighthouseTargets(targets: LighthouseTarget[], options: LighthouseOptions = {}): Promise<LighthouseResult[]> {
  const runs = Math.max(1, options.runs ?? 1);
  const chromiumPath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (options.saveDir) fs.mkdirSync(options.saveDir, { recursive: true });
  const measured = targets.map(() => [] as Result[]);
  for (let run = 0; run < runs; run++) {
    for (const [index, target] of targets.entries()) {
      const lhr = await measureOnce(target.url, chromiumPath);
      measured[index]!.push(lhr);
      if (options.saveDir) {
        const name = `${target.label.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "root"}-${run + 1}.json`;
        fs.writeFileSync(path.join(options.saveDir, name), JSON.stringify(lhr));
      }
    }
  }
  return targets.map((target, index) => {
    const sorted = [...measured[index]!].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    return summarise(target.label, sorted[Math.floor((sorted.length - 1) / 2)]!, runs);
  });
}

export function formatLighthouseTable(results: LighthouseResult[]): string {
  const header = ["page", "perf", "CLS", "TBT ms", "LCP ms", "best-practices", "failing best-practices", "runs", "CPU index"];
  const rows = results.map((r) => [
    r.path,
    String(r.performance),
    r.cls.toFixed(3),
    String(Math.round(r.tbtMs)),
    String(Math.round(r.lcpMs)),
    String(r.bestPractices),
    r.failingBestPractices.join(", ") || "—",
    String(r.runs),
    String(r.benchmarkIndex),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const baseUrl = argv.find((a) => /^https?:\/\//.test(a));
  if (!baseUrl) {
    console.error("usage: tsx scripts/bench/lighthouse.ts http://127.0.0.1:PORT [--runs 3] [--paths /,/data] [--save DIR] [--floor URL]");
    process.exit(2);
  }
  const paths = option("paths")?.split(",") ?? LIGHTHOUSE_PAGES;
  const targets: LighthouseTarget[] = paths.map((pathname) => ({ label: pathname, url: new URL(pathname, baseUrl).href }));
  // --floor: a bare Next page (scripts/bench/next-floor.ts) measured in turn with the pages
  const floor = option("floor");
  if (floor) targets.push({ label: NEXT_FLOOR_LABEL, url: floor });
  const results = await runLighthouseTargets(targets, { runs: Number(option("runs") ?? 3), saveDir: option("save") });
  console.log(formatLighthouseTable(results));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
