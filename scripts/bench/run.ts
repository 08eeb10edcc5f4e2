// npm run bench [-- --sizes seed,1m,10m] [--db sqlite,postgresql] [--quick] [--duration 10] [--connections 4]
//                  [--no-build] [--keep] [--skip-load] [--skip-lighthouse] [--load-duration 60] [--out docs/benchmarks.md]
//                  [--report-only] [--soak] [--soak-minutes 10]
// A script, not a test. For each size and database it measures GET /api/v1/trade under concurrent
// load on Caravan's server (response cache on, and off) against the ceiling of the database driver
// itself (scripts/bench/driver-server.ts), and the whole-table CSV export against sqlite3 -csv /
// psql \copy; once, on the seeded database: pages under load beside a static chunk of the same
// server, Lighthouse's mobile profile on every page, first-load JS, and POST /api/v1/check; plus
// a two-instance run on PostgreSQL. --soak instead runs 10 minutes of mixed load on two instances
// against PostgreSQL with an import every 30 s. Prints a table and writes docs/benchmarks.md.
// Loopback only; every load run is bounded in time.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { parseDatabaseUrl, type DatabaseConfig } from "../../lib/core/db/database-url";
import { firstLoadJs, type PageJs } from "./bundle-size";
import { measureCheckLoad } from "./check-load";
import { LIGHTHOUSE_PAGES, NEXT_FLOOR_LABEL, runLighthouseTargets, type LighthouseResult } from "./lighthouse";
import { buildNextFloor, NEXT_FLOOR_PATH, startNextFloor } from "./next-floor";
import { migrateInChildProcess } from "./migrate";
import { startServer, stopServer, treeRss, waitForHttp, watchPeakRss, type Server } from "./processes";
import {
  renderReport,
  renderSoakSection,
  replaceSoakSection,
  soakSectionOf,
  type ApiFigures,
  type ApiResult,
  type BenchReport,
  type CheckResult,
  type CsvResult,
  type LoadResult,
  type PagesResult,
  type RenderResult,
  type SizeResult,
  type SoakResult,
} from "./report";
import { buildNext } from "../build";
import { bundleServer, serverBundlePath } from "../server-bundle";
import { parseSize, planForRows, SYNTHETIC_SOURCE } from "./synthetic";
import { writeSynthetic } from "./synthetic-writer";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};

const QUICK = flag("quick");
const SIZES = option("sizes", QUICK ? "seed" : "seed,1m,10m")
  .split(",")
  .map((s) => s.trim());
const DATABASES = option("db", "sqlite,postgresql")
  .split(",")
  .map((s) => s.trim()) as ("sqlite" | "postgresql")[];
const DURATION = Number(option("duration", QUICK ? "3" : "10"));
const CONNECTIONS = Number(option("connections", "4"));
const WARMUP_SECONDS = QUICK ? 2 : 5;
const LOAD_DURATION = Number(option("load-duration", QUICK ? "10" : "60"));
const DIST_DIR = ".next-bench";
const OUT = option("out", "docs/benchmarks.md");
const PG_BASE = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const WORK_DIR = path.join(os.tmpdir(), "caravan-bench");
const TSX = path.resolve("node_modules/.bin/tsx");
const CARAVAN_PORT = 3301;
const CARAVAN_PORT_2 = 3302;
const UNCACHED_PORT = 3303;
const DRIVER_PORT = 3311;
const NEXT_FLOOR_PORT = 3304;
const SOAK_MINUTES = Number(option("soak-minutes", "10"));
const ADMIN_TOKEN = "bench-admin-token-0123456789abcdef";

/** The requests measured at every size: a typical filtered series and a commodity series, both GET /api/v1/trade. */
export const API_QUERIES = [
  { name: "typical: KAZ turnover 2015–2024", path: "/api/v1/trade?partner=KAZ&from=2015&to=2024&flow=turnover&synthetic=include" },
  {
    name: "commodity: KAZ HS 0101 by month 2015–2024",
    path: "/api/v1/trade?partner=KAZ&reporter=CHN&commodity=0101&period=month&from=2015&to=2024&synthetic=include",
  },
];

/** The pages held to ≥ 30 % of a static chunk's requests/s, fetched as a browser's first load. */
const PAGE_PATHS = ["/", "/claims", "/projects"];
const BROWSER_HEADERS = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };

/** The whole table as the export sees it: every commodity and period of the five partners. */
const CSV_PATH = "/api/v1/trade?commodity=all&period=all&synthetic=include&format=csv";
const CSV_SQL = `SELECT t."year", t."period", t."periodKind", t."partnerIso3", t."reporterCode", t."flow", t."commodity", t."valueUsd", t."sourceId",
  s."publisher", s."title", s."url", t."derivation", t."note", t."synthetic"
FROM "TradeObservation" t JOIN "Source" s ON s."id" = t."sourceId"
WHERE t."partnerIso3" IN ('KAZ','KGZ','TJK','TKM','UZB') AND t."flow" IN ('turnover','china_exports','china_imports')
  AND t."periodKind" IN ('full_year','part_year','month')
ORDER BY t."partnerIso3", t."period", t."reporterCode", t."flow", t."commodity", t."sourceId"`;

const LOAD_REQUESTS = [
  "/api/v1/trade?partner=KAZ&from=2015&to=2024&flow=turnover",
  "/api/v1/trade?partner=UZB~KGZ&reporter=CHN~partner&from=2018",
  "/api/v1/trade/mirror?partner=KAZ&flow=turnover",
  "/api/v1/trade/commodities?reporter=CHN&flow=china_imports&from=2024&to=2024",
  "/api/v1/trade?partner=TJK&commodity=01*&period=month&from=2023&to=2024",
  "/",
  "/mirror",
  "/data",
  "/countries/KAZ",
];

function log(message: string) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function machine() {
  const cpu = os.cpus()[0]?.model ?? "unknown";
  return {
    date: new Date().toISOString(),
    nproc: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpu,
    node: process.version,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
    sqlite: tryRun("sqlite3", ["--version"]).split(" ")[0] ?? "?",
    postgres: tryRun("psql", ["--version"]).trim(),
  };
}

function tryRun(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: "utf8" });
  } catch {
    return "";
  }
}

function build(): PageJs[] {
  if (!(flag("no-build") && fs.existsSync(path.join(DIST_DIR, "BUILD_ID")))) {
    log(`next build into ${DIST_DIR}`);
    buildNext({
      env: { ...process.env, CARAVAN_DIST_DIR: DIST_DIR, DATABASE_URL: `file:${path.join(WORK_DIR, "build.db")}` },
      stdio: "pipe",
    });
  }
  // the server as npm start runs it: compiled, with plain node (scripts/server-bundle.ts)
  bundleServer(DIST_DIR);
  return firstLoadJs(DIST_DIR);
}

interface BenchDb {
  kind: "sqlite" | "postgresql";
  url: string;
  config: DatabaseConfig;
  schema?: string;
  file?: string;
}

function benchDb(kind: "sqlite" | "postgresql", size: string): BenchDb {
  if (kind === "sqlite") {
    const file = path.join(WORK_DIR, `sqlite-${size}.db`);
    const url = `file:${file}`;
    return { kind, url, config: parseDatabaseUrl(url), file };
  }
  const schema = `caravan_bench_${size}`;
  const url = `${PG_BASE}${PG_BASE.includes("?") ? "&" : "?"}schema=${schema}`;
  return { kind, url, config: parseDatabaseUrl(url), schema };
}

async function pgAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_BASE });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function syntheticCount(db: BenchDb): Promise<number> {
  try {
    if (db.kind === "sqlite") {
      if (!fs.existsSync(db.file!)) return -1;
      const out = tryRun("sqlite3", [db.file!, `SELECT count(*) FROM "TradeObservation" WHERE "sourceId" = '${SYNTHETIC_SOURCE.id}'`]);
      return out.trim() === "" ? -1 : Number(out.trim());
    }
    return await pgAdmin(async (c) =>
      Number((await c.query(`SELECT count(*) AS n FROM "${db.schema}"."TradeObservation" WHERE "sourceId" = $1`, [SYNTHETIC_SOURCE.id])).rows[0].n),
    );
  } catch {
    return -1;
  }
}

async function dropDb(db: BenchDb) {
  if (db.kind === "sqlite") for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(db.file! + suffix, { force: true });
  else await pgAdmin((c) => c.query(`DROP SCHEMA IF EXISTS "${db.schema}" CASCADE`));
}

/** Migrated, seeded with the shipped data, then the synthetic rows; reused when a previous run left it complete. */
async function prepare(db: BenchDb, rows: number): Promise<{ rows: number; seconds: number | null; total: number }> {
  if (rows === 0) {
    // the seeded size: the shipped data only, made fresh (seconds)
    await dropDb(db);
    migrateInChildProcess(db.url);
    const seed = spawnSync(TSX, ["scripts/db/seed.ts"], { env: { ...process.env, DATABASE_URL: db.url }, encoding: "utf8" });
    if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`);
    return { rows: 0, seconds: null, total: await totalRows(db) };
  }
  const plan = planForRows(rows);
  if ((await syntheticCount(db)) === plan.rows) {
    log(`  reusing ${db.kind} database with ${plan.rows.toLocaleString("en")} synthetic rows`);
    return { rows: plan.rows, seconds: null, total: await totalRows(db) };
  }
  await dropDb(db);
  migrateInChildProcess(db.url);
  const seed = spawnSync(TSX, ["scripts/db/seed.ts"], { env: { ...process.env, DATABASE_URL: db.url }, encoding: "utf8" });
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`);
  log(`  generating ${plan.rows.toLocaleString("en")} synthetic rows (${plan.headings} headings × ${plan.years} years)`);
  const result = await writeSynthetic(db.config, plan, { bulk: true, scaleIndexes: true });
  log(`  generated in ${result.seconds.toFixed(1)} s`);
  return { rows: result.rows, seconds: result.seconds, total: await totalRows(db) };
}

async function totalRows(db: BenchDb): Promise<number> {
  if (db.kind === "sqlite") return Number(tryRun("sqlite3", [db.file!, `SELECT count(*) FROM "TradeObservation"`]).trim());
  return pgAdmin(async (c) => Number((await c.query(`SELECT count(*) AS n FROM "${db.schema}"."TradeObservation"`)).rows[0].n));
}

/** Caravan as `npm start` serves it (scripts/serve.ts, compiled by build()); `cache: false` turns the response cache off. */
function startCaravan(db: BenchDb, port: number, options: { cache?: boolean; env?: Record<string, string> } = {}): Server {
  return startServer(`caravan:${port}`, process.execPath, [serverBundlePath(DIST_DIR), "--port", String(port), "--hostname", "127.0.0.1"], port, {
    DATABASE_URL: db.url,
    CARAVAN_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    CARAVAN_RESPONSE_CACHE_MB: options.cache === false ? "0" : "128",
    ...options.env,
  });
}

async function cannon(
  url: string,
  duration: number,
  connections = CONNECTIONS,
  requests?: { path: string; method?: string; body?: string; headers?: Record<string, string> }[],
  headers?: Record<string, string>,
): Promise<Result> {
  return autocannon({ url, connections, duration, timeout: 30, ...(requests ? { requests } : {}), ...(headers ? { headers } : {}) });
}

function apiFigures(r: Result) {
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.average,
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

async function warm(url: string, times = 10, headers: Record<string, string> = {}, status = 200) {
  for (let i = 0; i < times; i++) {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== status) throw new Error(`${url}: HTTP ${response.status} ${(await fetch(url).then((r) => r.text())).slice(0, 300)}`);
  }
}

/** Caravan with its response cache, Caravan without it, and the driver's ceiling, one after the other on the same URLs. */
/**
 * Next's own floor for an uncached API request: the catch-all 404 route handler
 * (app/api/[...unknown]), which reads no database and parses nothing, through
 * the same server. No route handler can be faster; its share of the driver's
 * ceiling bounds what any uncached route can reach.
 */
const FLOOR_PATH = "/api/nothing-here";

async function measureApi(cachedPort: number, uncachedPort: number, driverPort: number): Promise<{ results: ApiResult[]; floor: ApiFigures }> {
  const results: ApiResult[] = [];
  const ports = [cachedPort, uncachedPort, driverPort];
  // A short unrecorded run per server first: a fresh server compiles its
  // route modules and V8 optimises them during its first seconds of traffic.
  for (const q of API_QUERIES) for (const port of ports) await warm(`http://127.0.0.1:${port}${q.path}`);
  for (const port of ports)
    await cannon(
      `http://127.0.0.1:${port}`,
      WARMUP_SECONDS,
      CONNECTIONS,
      API_QUERIES.map((q) => ({ path: q.path })),
    );
  for (const q of API_QUERIES) {
    const rows = ((await (await fetch(`http://127.0.0.1:${cachedPort}${q.path}`)).json()) as { data: unknown[] }).data.length;
    const driverRows = ((await (await fetch(`http://127.0.0.1:${driverPort}${q.path}`)).json()) as { data: unknown[] }).data.length;
    if (rows !== driverRows) throw new Error(`${q.path}: Caravan sent ${rows} rows, the driver ceiling ${driverRows}`);
    const cached = apiFigures(await cannon(`http://127.0.0.1:${cachedPort}${q.path}`, DURATION));
    const uncached = apiFigures(await cannon(`http://127.0.0.1:${uncachedPort}${q.path}`, DURATION));
    const driver = apiFigures(await cannon(`http://127.0.0.1:${driverPort}${q.path}`, DURATION));
    log(
      `    ${q.name}: cached ${cached.rps.toFixed(0)} req/s p99 ${cached.p99} ms; uncached ${uncached.rps.toFixed(0)} req/s p99 ${uncached.p99} ms; driver ${driver.rps.toFixed(0)} req/s p99 ${driver.p99} ms`,
    );
    results.push({ name: q.name, path: q.path, rows, cached, uncached, driver });
  }
  await warm(`http://127.0.0.1:${uncachedPort}${FLOOR_PATH}`, 10, {}, 404);
  const floor = apiFigures(await cannon(`http://127.0.0.1:${uncachedPort}${FLOOR_PATH}`, DURATION));
  log(`    floor (${FLOOR_PATH}, uncached): ${floor.rps.toFixed(0)} req/s p99 ${floor.p99} ms`);
  // every answer is a 404 by design: only transport errors count
  return { results, floor: { ...floor, errors: floor.errors - floor.requests } };
}

/** First render of / without the cache (what a miss costs), 20 sequential requests. */
async function measureRender(port: number): Promise<RenderResult> {
  const url = `http://127.0.0.1:${port}/`;
  await warm(url, 3);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.text();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[10]!, p95Ms: times[18]! };
}

/** Pages as a browser's first load asks for them, beside a static chunk from the same server, in one run. */
async function measurePages(port: number): Promise<PagesResult> {
  const base = `http://127.0.0.1:${port}`;
  const html = await (await fetch(base + "/")).text();
  const chunk = /\/_next\/static\/chunks\/[^"']+\.js/.exec(html)?.[0];
  if (!chunk) throw new Error("no static chunk found in the HTML of /");
  const measured: PagesResult["pages"] = [];
  for (const p of [...PAGE_PATHS, chunk]) {
    await warm(base + p, 3, BROWSER_HEADERS);
    const response = await fetch(base + p);
    const bytes = (await response.arrayBuffer()).byteLength;
    const figures = apiFigures(await cannon(base + p, DURATION, CONNECTIONS, undefined, BROWSER_HEADERS));
    log(`    page ${p}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50} ms (${(bytes / 1000).toFixed(0)} kB)`);
    measured.push({ path: p, staticChunk: p === chunk, bytes, ...figures });
  }
  return { pages: measured };
}

/** POST /api/v1/check: a 100 kB article one at a time, each adversarial text, 50 at once beside /api/health. */
async function measureCheck(baseUrl: string): Promise<CheckResult> {
  const result = await measureCheckLoad(baseUrl);
  const p = result.parallel;
  log(
    `    check: 100 kB article p50 ${result.article.p50Ms.toFixed(0)} ms; 50 at once: health max ${p.healthMaxMs.toFixed(0)} ms, answers ${JSON.stringify(p.statuses)}`,
  );
  return {
    articleBytes: result.article.bytes,
    p50Ms: result.article.p50Ms,
    p95Ms: result.article.p95Ms,
    maxMs: result.article.maxMs,
    slowestAdversarial: result.adversarial.reduce((a, b) => (b.ms > a.ms ? b : a)),
    parallel: p,
  };
}

/**
 * Streams the whole-table CSV from Caravan's server, counting records and sampling the server's RSS.
 * "gzip" asks as a browser does (fetch then also inflates it here); "identity" as curl does, plain text
 * like the native tools write.
 */
async function measureCsvNext(
  server: Server,
  encoding: "gzip" | "identity",
): Promise<{ rows: number; seconds: number; peakRss: number; bytes: number }> {
  const watch = watchPeakRss(server.child.pid!);
  const started = performance.now();
  const headers = { "accept-encoding": encoding === "gzip" ? "gzip, deflate, br" : "identity" };
  const response = await fetch(`http://127.0.0.1:${server.port}${CSV_PATH}`, { headers });
  if (!response.ok || !response.body) throw new Error(`CSV export: HTTP ${response.status}`);
  let records = 0;
  let bytes = 0;
  let previous = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (let i = 0; i < value.length; i++) {
      if (value[i] === 10 && previous === 13) records++;
      previous = value[i]!;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { rows: records - 1, seconds, peakRss: watch.stop(), bytes };
}

/** The same rows through the database's own CSV writer, to stdout piped to /dev/null; peak RSS from GNU time when present. */
function measureCsvNative(db: BenchDb): Promise<{ tool: string; rows: number; seconds: number; peakRss: number | null }> {
  return new Promise((resolve, reject) => {
    const [cmd, args, env] =
      db.kind === "sqlite"
        ? (["sqlite3", ["-csv", "-header", db.file!, CSV_SQL], {}] as const)
        : ([
            "psql",
            [PG_BASE, "-X", "-q", "-c", `\\copy (${CSV_SQL.replace(/\n/g, " ")}) TO STDOUT WITH (FORMAT csv, HEADER)`],
            { PGOPTIONS: `-c search_path=${db.schema}` },
          ] as const);
    const started = performance.now();
    const child = spawn(cmd, [...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const watch = watchPeakRss(child.pid!);
    let lines = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const peakRss = watch.stop();
      if (code !== 0) return reject(new Error(`${cmd} failed: ${stderr}`));
      resolve({
        tool: db.kind === "sqlite" ? "sqlite3 -csv" : "psql \\copy",
        rows: lines - 1,
        seconds: (performance.now() - started) / 1000,
        peakRss,
      });
    });
  });
}

/** First-load JS of Next's bare page, once it has been built for the Lighthouse runs. */
let nextFloorJs: PageJs | undefined;

/** Lighthouse on every page of the running Caravan server, in turn with Next's bare page (scripts/bench/next-floor.ts). */
async function measureLighthouse(): Promise<LighthouseResult[]> {
  const floorDir = path.join(WORK_DIR, "next-floor");
  log("    building Next's bare page (the framework's floor)");
  buildNextFloor(floorDir, process.cwd());
  nextFloorJs = firstLoadJs(path.join(floorDir, ".next")).find((p) => p.route === "/");
  const floor = await startNextFloor(floorDir, NEXT_FLOOR_PORT);
  try {
    log(`    Lighthouse (mobile) on ${LIGHTHOUSE_PAGES.length} pages and Next's bare page, in turn`);
    return await runLighthouseTargets(
      [
        ...LIGHTHOUSE_PAGES.map((pathname) => ({ label: pathname, url: `http://127.0.0.1:${CARAVAN_PORT}${pathname}` })),
        { label: NEXT_FLOOR_LABEL, url: `http://127.0.0.1:${NEXT_FLOOR_PORT}${NEXT_FLOOR_PATH}` },
      ],
      { runs: QUICK ? 1 : 5 },
    );
  } finally {
    await stopServer(floor);
    fs.rmSync(floorDir, { recursive: true, force: true });
  }
}

async function measureSize(db: BenchDb, size: string, first: boolean): Promise<SizeResult> {
  log(`${db.kind} ${size}`);
  const prepared = await prepare(db, size === "seed" ? 0 : parseSize(size));
  const cachedServer = startCaravan(db, CARAVAN_PORT, { env: { CARAVAN_CHECK_RATE_LIMIT: "1000000" } });
  const uncachedServer = startCaravan(db, UNCACHED_PORT, { cache: false });
  const driver = startServer("driver", TSX, ["scripts/bench/driver-server.ts"], DRIVER_PORT, {
    DATABASE_URL: db.url,
    NODE_ENV: "production",
    BENCH_PATHS: API_QUERIES.map((q) => q.path).join("\n"),
  });
  const servers = [cachedServer, uncachedServer, driver];
  try {
    await waitForHttp(`http://127.0.0.1:${CARAVAN_PORT}/api/health`);
    await waitForHttp(`http://127.0.0.1:${UNCACHED_PORT}/api/health`);
    await waitForHttp(`http://127.0.0.1:${DRIVER_PORT}/health`);
    const { results: api, floor: apiFloor } = await measureApi(CARAVAN_PORT, UNCACHED_PORT, DRIVER_PORT);
    const render = await measureRender(UNCACHED_PORT);
    log(`    render / without the cache: median ${render.medianMs.toFixed(1)} ms`);
    await stopServer(driver);
    await stopServer(uncachedServer);
    let pages: PagesResult | undefined;
    let lighthouse: LighthouseResult[] | undefined;
    let check: CheckResult | undefined;
    if (first) {
      pages = await measurePages(CARAVAN_PORT);
      if (!flag("skip-lighthouse")) lighthouse = await measureLighthouse();
      check = await measureCheck(`http://127.0.0.1:${CARAVAN_PORT}`);
    }
    // a fresh server, so its peak RSS is the export's, not the load test's
    await stopServer(cachedServer);
    const csvServer = startCaravan(db, CARAVAN_PORT);
    let csv: CsvResult;
    try {
      await waitForHttp(`http://127.0.0.1:${CARAVAN_PORT}/api/health`);
      // uncompressed first, on the fresh server: it carries the goal, so its time and peak RSS are a
      // fresh server's, as the native tool's are a fresh process's
      const logged = (how: string, r: Awaited<ReturnType<typeof measureCsvNext>>) => {
        log(
          `    CSV via Caravan, ${how}: ${r.rows.toLocaleString("en")} rows in ${r.seconds.toFixed(1)} s, peak RSS ${(r.peakRss / 2 ** 20).toFixed(0)} MiB`,
        );
        return r;
      };
      const identity = logged("uncompressed", await measureCsvNext(csvServer, "identity"));
      const exported = logged("gzip", await measureCsvNext(csvServer, "gzip"));
      const native = await measureCsvNative(db);
      log(`    CSV via ${native.tool}: ${native.rows.toLocaleString("en")} rows in ${native.seconds.toFixed(1)} s`);
      csv = { ...exported, identity, native };
    } finally {
      await stopServer(csvServer);
    }
    let load: LoadResult | undefined;
    if (db.kind === "postgresql" && size === loadSize() && !flag("skip-load")) load = await loadTest(db);
    return {
      database: db.kind,
      size,
      syntheticRows: prepared.rows,
      totalRows: prepared.total,
      generateSeconds: prepared.seconds,
      api,
      apiFloor,
      render,
      csv,
      load,
      pages,
      lighthouse,
      check,
    };
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

/** The two-instance load run happens on the PostgreSQL database of this size (1m when measured, else the largest). */
function loadSize(): string {
  return SIZES.includes("1m") ? "1m" : SIZES[SIZES.length - 1]!;
}

/** Two Caravan servers on one PostgreSQL, mixed API and page requests, LOAD_DURATION seconds, loopback only. */
async function loadTest(db: BenchDb): Promise<LoadResult> {
  log(`    load: two instances, ${LOAD_DURATION} s of mixed requests`);
  const servers = [startCaravan(db, CARAVAN_PORT), startCaravan(db, CARAVAN_PORT_2)];
  try {
    for (const s of servers) await waitForHttp(`http://127.0.0.1:${s.port}/api/health`);
    for (const s of servers) for (const p of LOAD_REQUESTS) await warm(`http://127.0.0.1:${s.port}${p}`, 1);
    const requests = LOAD_REQUESTS.map((p) => ({ path: p }));
    const results = await Promise.all(servers.map((s) => cannon(`http://127.0.0.1:${s.port}`, LOAD_DURATION, 4, requests)));
    const instances = results.map((r, i) => ({ port: servers[i]!.port, ...apiFigures(r) }));
    const out: LoadResult = {
      seconds: LOAD_DURATION,
      connectionsPerInstance: 4,
      paths: LOAD_REQUESTS,
      instances,
      requests: instances.reduce((n, r) => n + r.requests, 0),
      errors: instances.reduce((n, r) => n + r.errors, 0),
      rps: instances.reduce((n, r) => n + r.rps, 0),
      p99: Math.max(...instances.map((r) => r.p99)),
      p50: Math.max(...instances.map((r) => r.p50)),
    };
    log(`    load: ${out.requests} requests, ${out.errors} errors, ${out.rps.toFixed(0)} req/s, p99 ≤ ${out.p99} ms`);
    return out;
  } finally {
    for (const s of servers) await stopServer(s);
  }
}

/**
 * --soak: SOAK_MINUTES of mixed page, API, CSV and check load on two instances
 * against one PostgreSQL while an import lands every 30 s (alternately on
 * each instance, each one a new data version). Records 5xx, p99 and each
 * instance's RSS at the start and the end.
 */
async function soak(): Promise<SoakResult> {
  const db = benchDb("postgresql", "soak");
  await prepare(db, 0);
  const env = {
    CARAVAN_ADMIN_TOKEN: ADMIN_TOKEN,
    CARAVAN_CHECK_RATE_LIMIT: "1000000",
    CARAVAN_IMPORT_RATE_LIMIT: "1000",
    // each instance logs process.memoryUsage() (scripts/serve.ts), kept in WORK_DIR/soak-<port>.log
    CARAVAN_MEMORY_LOG_MS: "10000",
  };
  const servers = [startCaravan(db, CARAVAN_PORT, { env }), startCaravan(db, CARAVAN_PORT_2, { env })];
  for (const s of servers) {
    const file = path.join(WORK_DIR, `soak-${s.port}.log`);
    fs.writeFileSync(file, "");
    const keep = (chunk: Buffer) => fs.appendFileSync(file, `[${new Date().toISOString().slice(11, 19)}] ${chunk.toString()}`);
    s.child.stdout?.on("data", keep);
    s.child.stderr?.on("data", keep);
  }
  let sampler: NodeJS.Timeout | undefined;
  try {
    for (const s of servers) await waitForHttp(`http://127.0.0.1:${s.port}/api/health`);
    const article = fs.readFileSync("prisma/data/china-central-asia-community-of-shared-destiny.txt", "utf8");
    const requests: { path: string; method?: string; headers?: Record<string, string>; body?: string }[] = [
      ...LOAD_REQUESTS.map((p) => ({ path: p })),
      { path: "/claims" },
      { path: "/projects" },
      { path: "/api/v1/trade?partner=KAZ~UZB&from=2015&format=csv" },
      { path: "/api/v1/claims?format=csv" },
      {
        method: "POST",
        path: "/api/v1/check",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: article.slice(0, 20_000) }),
      },
    ];
    for (const s of servers) for (const r of requests.filter((r) => !r.method)) await warm(`http://127.0.0.1:${s.port}${r.path}`, 1);
    const rssStart = servers.map((s) => treeRss(s.child.pid!));
    const seconds = SOAK_MINUTES * 60;
    log(
      `soak: ${SOAK_MINUTES} min on two instances, an import every 30 s; RSS at start ${rssStart.map((b) => `${(b / 2 ** 20).toFixed(0)} MiB`).join(", ")}`,
    );
    const imports: { at: number; status: number; instance: number }[] = [];
    const started = Date.now();
    // each instance's RSS once a minute, to tell a plateau from a steady climb
    const rssSamples: { minute: number; rssBytes: number[] }[] = [{ minute: 0, rssBytes: rssStart }];
    sampler = setInterval(() => {
      const rss = servers.map((s) => treeRss(s.child.pid!));
      rssSamples.push({ minute: Math.round((Date.now() - started) / 60_000), rssBytes: rss });
      log(`    minute ${rssSamples.at(-1)!.minute}: RSS ${rss.map((b) => `${(b / 2 ** 20).toFixed(0)} MiB`).join(", ")}`);
    }, 60_000);
    let stop = false;
    const importer = (async () => {
      for (let n = 1; !stop; n++) {
        await new Promise((r) => setTimeout(r, 30_000));
        if (stop) break;
        const instance = n % 2;
        const form = new FormData();
        // one changed figure per import, going back and forth, so each import is a new data version
        const value = 43_820_000_000 + (n % 2) * 1_000_000;
        form.set(
          "file",
          new File([`period,partner,reporter,flow,value_usd,source_id\n2024,KAZ,CHN,turnover,${value},press-astanatimes-2025-01\n`], `soak-${n}.csv`),
        );
        const response = await fetch(`http://127.0.0.1:${servers[instance]!.port}/api/v1/imports`, {
          method: "POST",
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          body: form,
        });
        await response.arrayBuffer();
        imports.push({ at: (Date.now() - started) / 1000, status: response.status, instance });
        log(`    import ${n} on instance ${instance}: HTTP ${response.status}`);
      }
    })();
    const results = await Promise.all(servers.map((s) => cannon(`http://127.0.0.1:${s.port}`, seconds, 4, requests)));
    stop = true;
    clearInterval(sampler);
    await importer;
    const rssEnd = servers.map((s) => treeRss(s.child.pid!));
    const heapEnd = servers.map((s) => lastMemoryLine(path.join(WORK_DIR, `soak-${s.port}.log`)));
    log(`soak: RSS at end ${rssEnd.map((b) => `${(b / 2 ** 20).toFixed(0)} MiB`).join(", ")}`);
    return {
      minutes: SOAK_MINUTES,
      paths: requests.map((r) => `${r.method ?? "GET"} ${r.path}`),
      instances: results.map((r, i) => ({
        port: servers[i]!.port,
        ...apiFigures(r),
        status5xx: r["5xx"],
        status4xx: r["4xx"],
        rssStartBytes: rssStart[i]!,
        rssEndBytes: rssEnd[i]!,
        memoryAtEnd: heapEnd[i],
      })),
      rssSamples,
      imports,
    };
  } finally {
    clearInterval(sampler);
    for (const s of servers) await stopServer(s);
    if (!flag("keep")) await dropDb(db).catch(() => {});
  }
}

/** The last `memory …` line scripts/serve.ts logged (CARAVAN_MEMORY_LOG_MS), as MiB figures. */
function lastMemoryLine(file: string): Record<string, number> | undefined {
  const lines = fs.existsSync(file)
    ? fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.includes("memory rss="))
    : [];
  const last = lines.at(-1);
  if (!last) return undefined;
  return Object.fromEntries([...last.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1]!, Number(m[2])]));
}

/** --soak: build if needed, soak, keep the figures beside the last run's and re-render the page. */
async function soakOnly() {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  build();
  const result = await soak();
  const command = `npm run bench -- ${argv.join(" ")}`.trim();
  fs.writeFileSync(path.join(WORK_DIR, "last-soak.json"), JSON.stringify({ ...result, command, date: new Date().toISOString() }, null, 2));
  console.log(JSON.stringify(result, null, 2));
  if (fs.existsSync(path.join(WORK_DIR, "last-run.json"))) reportOnly();
  else {
    // No full run to render the page from: replace only its soak section, keep the rest as written.
    const page = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "# Benchmarks\n\n## Soak\n";
    fs.writeFileSync(OUT, replaceSoakSection(page, renderSoakSection(lastSoak())));
    log(`wrote the soak section of ${OUT} (no ${path.join(WORK_DIR, "last-run.json")} for the rest)`);
  }
}

/**
 * A run without a soak of its own on this machine keeps the soak the page
 * already records (a soak is a separate 10-minute run, often from another
 * session), rather than replacing it with "none recorded".
 */
function keepRecordedSoak(markdown: string, soak: SoakResult | undefined): string {
  if (soak || !fs.existsSync(OUT)) return markdown;
  const recorded = soakSectionOf(fs.readFileSync(OUT, "utf8"));
  return recorded && !recorded.startsWith("_No soak recorded") ? replaceSoakSection(markdown, recorded) : markdown;
}

function lastSoak(): (SoakResult & { date: string }) | undefined {
  const file = path.join(WORK_DIR, "last-soak.json");
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as SoakResult & { date: string }) : undefined;
}

/** --report-only: re-render docs/benchmarks.md from the last run's figures (e.g. after editing the analysis). */
function reportOnly() {
  const report = { ...(JSON.parse(fs.readFileSync(path.join(WORK_DIR, "last-run.json"), "utf8")) as BenchReport), soak: lastSoak() };
  const { table, markdown } = renderReport(report);
  console.log(table);
  fs.writeFileSync(OUT, keepRecordedSoak(markdown, report.soak));
  log(`wrote ${OUT} from ${path.join(WORK_DIR, "last-run.json")}`);
}

async function main() {
  if (flag("report-only")) return reportOnly();
  if (flag("soak")) return soakOnly();
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const info = machine();
  log(`machine: ${info.nproc} cores, ${info.memoryGiB} GiB, ${info.cpu}; load average ${info.loadAverage}`);
  const started = Date.now();
  const pages = build();
  const results: SizeResult[] = [];
  const missing: string[] = [];
  for (const kind of DATABASES) {
    for (const size of SIZES) {
      const db = benchDb(kind, size);
      try {
        results.push(await measureSize(db, size, results.length === 0 && missing.length === 0));
      } catch (error) {
        console.error(error);
        missing.push(`${kind} ${size}: ${(error as Error).message.split("\n")[0]}`);
      } finally {
        if (!flag("keep")) await dropDb(db).catch(() => {});
      }
    }
  }
  const report: BenchReport = {
    machine: {
      ...info,
      loadAverageAfter: os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" "),
    },
    settings: {
      durationSeconds: DURATION,
      connections: CONNECTIONS,
      sizes: SIZES,
      databases: DATABASES,
      quick: QUICK,
      command: `npm run bench -- ${argv.join(" ")}`.trim(),
    },
    minutes: (Date.now() - started) / 60000,
    pages,
    floorJs: nextFloorJs,
    results,
    missing,
    soak: lastSoak(),
  };
  fs.mkdirSync(WORK_DIR, { recursive: true });
  fs.writeFileSync(path.join(WORK_DIR, "last-run.json"), JSON.stringify(report, null, 2));
  const { table, markdown } = renderReport(report);
  console.log(table);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, keepRecordedSoak(markdown, report.soak));
  log(`wrote ${OUT} (${report.minutes.toFixed(1)} min)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
