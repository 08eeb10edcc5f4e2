// npx tsx scripts/bench/check-load.ts [--no-build] [--runs 30] [--parallel 50] [--keep]
// A script, not a test: how long POST /api/v1/check takes on a realistic 100 kB article (p50/p95/max),
// on each adversarial text of 100–200 kB, and how slowly /api/health answers while 50 adversarial
// checks run at once. It builds into .next-check (unless --no-build finds a build there), serves it
// with scripts/serve.ts on a temporary migrated and seeded SQLite file, and stops by itself.
// `measureCheckLoad(baseUrl)` is the measurement alone, for scripts/bench/run.ts: the server it is
// given should run with CARAVAN_CHECK_RATE_LIMIT well above the ~100 checks a minute it sends.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildNext } from "../build";
import { startServer, stopServer, waitForHttp } from "./processes";
import { freePort } from "./processes";

const ARTICLE_FILE = "prisma/data/china-central-asia-community-of-shared-destiny.txt";
const ARTICLE_DATE = "2025-05-01";
const KB = 1024;
/** The largest text a check takes (lib/checker/schemas.ts MAX_TEXT_BYTES). */
const MAX_TEXT_BYTES = 200 * KB;

const utf8Bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** As many whole repeats of `pattern` as fit in `bytes` of UTF-8. */
function fill(pattern: string, bytes: number = MAX_TEXT_BYTES): string {
  return pattern.repeat(Math.floor(bytes / utf8Bytes(pattern)));
}

/** A small deterministic PRNG (mulberry32), so every run checks the same article. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A realistic article of about `bytes`: the policy article as published, then its paragraphs again
 * in other orders (a long feature that returns to the same figures), never past `bytes`.
 */
export function realisticArticle(bytes: number = 100 * KB, articleFile: string = ARTICLE_FILE): string {
  const original = fs.readFileSync(articleFile, "utf8").trim();
  const paragraphs = original
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  let text = original;
  const next = random(14);
  for (let round = 0; ; round++) {
    const order = [...paragraphs];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const paragraph of order) {
      const longer = `${text}\n\n${paragraph}`;
      if (utf8Bytes(longer) > bytes) return text;
      text = longer;
    }
    if (round > 100) return text;
  }
}

export interface NamedText {
  name: string;
  text: string;
}

/** Hostile texts of 100–200 kB: each stresses one part of the extractor (lib/checker/extract.ts). */
export function adversarialTexts(): NamedText[] {
  const nestedQuotes = (depth: number) => "«“„‘(".repeat(depth) + "Kazakhstan $1 billion" + ")’“”»".repeat(depth);
  return [
    { name: "100 kB of digits", text: fill("7", 100 * KB) },
    { name: "200 kB of digits", text: fill("9") },
    { name: "digit groups 1,2,", text: fill("1,2,") },
    { name: "numbers, years, decimals", text: fill("2024 1,234.5 43,8 2023–2024 1-7月 ") },
    { name: "200 kB of $", text: fill("$") },
    { name: "currency signs $€¥₽£", text: fill("$€¥₽£") },
    { name: "currencies with figures", text: fill("$1 US$ 2 ¥3亿 4 млрд долл. ") },
    { name: "Kazakhstan, repeated", text: fill("Kazakhstan ") },
    { name: "Казахстан, repeated", text: fill("Казахстан ") },
    { name: "哈萨克斯坦, repeated", text: fill("哈萨克斯坦") },
    { name: "nested quotes and brackets", text: fill(nestedQuotes(2000)) },
    { name: "quotes “«»”", text: fill("“«»”") },
    {
      name: "mixed scripts, claims",
      text: fill("Kazakhstan China trade $1 billion 哈萨克斯坦 中国 贸易额 10亿美元 Казахстан Китай товарооборот 1 млрд долларов. "),
    },
    { name: "1,000 claims (en)", text: fill("China-Kazakhstan trade reached $1.5 billion in 2023. ") },
    { name: "no full stop", text: fill("trade China Kazakhstan $5 billion 12% 2024 ") },
    { name: "one-char sentences", text: fill(". ") },
    { name: "line breaks", text: fill("\n") },
  ];
}

export interface Latency {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface CheckLoadResult {
  article: Latency & { bytes: number; claims: number };
  adversarial: { name: string; bytes: number; status: number; ms: number; claims: number | null; code: string | null }[];
  parallel: {
    checks: number;
    /** answers by status ("200", "503 checker_busy", …) and "dropped" for a request that got no answer */
    statuses: Record<string, number>;
    /** 503s without a Retry-After header (the contract says every 503 has one) */
    missingRetryAfter: number;
    checkMaxMs: number;
    wallMs: number;
    healthPolls: number;
    healthMaxMs: number;
    healthP50Ms: number;
    /** health answers that were not a 200 */
    healthFailures: number;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted[sorted.length - 1] ?? NaN };
}

interface CheckAnswer {
  status: number;
  ms: number;
  claims: number | null;
  code: string | null;
  retryAfter: string | null;
}

/** One POST /api/v1/check, timed from send to the last byte of the answer. */
export async function postCheck(baseUrl: string, text: string, date: string = ARTICLE_DATE): Promise<CheckAnswer> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text, date }),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  let claims: number | null = null;
  let code: string | null = null;
  try {
    const json = JSON.parse(body) as { data?: unknown[]; error?: { code?: string } };
    claims = Array.isArray(json.data) ? json.data.length : null;
    code = json.error?.code ?? null;
  } catch {
    // not JSON: reported by its status
  }
  return { status: response.status, ms, claims, code, retryAfter: response.headers.get("retry-after") };
}

/** Polls /api/health every `intervalMs` (one at a time) until stopped; every answer's latency and status. */
export function pollHealth(baseUrl: string, intervalMs = 100): { stop: () => Promise<{ ms: number; status: number }[]> } {
  const samples: { ms: number; status: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      let status = 0;
      try {
        const response = await fetch(`${baseUrl}/api/health`);
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 0;
      }
      const ms = performance.now() - started;
      samples.push({ ms, status });
      if (running) await new Promise((r) => setTimeout(r, Math.max(0, intervalMs - ms)));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return samples;
    },
  };
}

/** Everything this file measures, against a running server. */
export async function measureCheckLoad(baseUrl: string, options: { runs?: number; parallel?: number } = {}): Promise<CheckLoadResult> {
  const runs = options.runs ?? 30;
  const parallel = options.parallel ?? 50;
  const article = realisticArticle();
  // Warm-up: the first check compiles the lexicon's regular expressions and the routes.
  for (let i = 0; i < 3; i++) await postCheck(baseUrl, article);
  const samples: number[] = [];
  let claims = 0;
  for (let i = 0; i < runs; i++) {
    const answer = await postCheck(baseUrl, article);
    if (answer.status !== 200) throw new Error(`POST /api/v1/check on the article answered ${answer.status} ${answer.code ?? ""}`);
    samples.push(answer.ms);
    claims = answer.claims ?? 0;
  }

  const texts = adversarialTexts();
  const adversarial: CheckLoadResult["adversarial"] = [];
  for (const { name, text } of texts) {
    const answer = await postCheck(baseUrl, text);
    adversarial.push({ name, bytes: utf8Bytes(text), status: answer.status, ms: answer.ms, claims: answer.claims, code: answer.code });
  }

  const health = pollHealth(baseUrl);
  await new Promise((r) => setTimeout(r, 300));
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: parallel }, (_, i) => postCheck(baseUrl, texts[i % texts.length]!.text).catch(() => null)));
  const wallMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 300));
  const polls = await health.stop();
  const statuses: Record<string, number> = {};
  for (const answer of answers) {
    const key = answer === null ? "dropped" : answer.code ? `${answer.status} ${answer.code}` : String(answer.status);
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  const healthMs = polls.map((p) => p.ms).sort((a, b) => a - b);
  return {
    article: { ...latency(samples), bytes: utf8Bytes(article), claims },
    adversarial,
    parallel: {
      checks: parallel,
      statuses,
      missingRetryAfter: answers.filter((a) => a !== null && a.status === 503 && !a.retryAfter).length,
      checkMaxMs: Math.max(...answers.map((a) => a?.ms ?? 0)),
      wallMs,
      healthPolls: polls.length,
      healthMaxMs: healthMs[healthMs.length - 1] ?? NaN,
      healthP50Ms: percentile(healthMs, 50),
      healthFailures: polls.filter((p) => p.status !== 200).length,
    },
  };
}

export function formatCheckLoad(result: CheckLoadResult): string {
  const ms = (value: number) => `${Math.round(value)} ms`.padStart(9);
  const { article, adversarial, parallel } = result;
  const lines = [
    `POST /api/v1/check, realistic article (${Math.round(article.bytes / KB)} kB, ${article.claims} claims), ${article.runs} runs one at a time:`,
    `  p50 ${ms(article.p50Ms)}   p95 ${ms(article.p95Ms)}   max ${ms(article.maxMs)}`,
    "",
    "Adversarial texts, one at a time:",
    ...adversarial.map(
      (a) =>
        `  ${a.name.padEnd(28)} ${`${Math.round(a.bytes / KB)} kB`.padStart(7)}  ${String(a.status)}${a.code ? ` ${a.code}` : ""}`.padEnd(50) +
        `${a.claims === null ? "" : `${a.claims} claims`.padStart(12)} ${ms(a.ms)}`,
    ),
    "",
    `${parallel.checks} adversarial checks at once, /api/health polled every 100 ms:`,
    `  answers: ${Object.entries(parallel.statuses)
      .map(([status, count]) => `${count} × ${status}`)
      .join(", ")}${parallel.missingRetryAfter ? ` (${parallel.missingRetryAfter} 503s without Retry-After)` : ""}`,
    `  slowest check ${ms(parallel.checkMaxMs)}, all answered after ${ms(parallel.wallMs)}`,
    `  /api/health: ${parallel.healthPolls} polls, p50 ${ms(parallel.healthP50Ms)}, max ${ms(parallel.healthMaxMs)}, ${parallel.healthFailures} not 200`,
  ];
  return lines.join("\n");
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with ${result.status}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const distDir = option("dist") ?? ".next-check";
  const tsx = path.resolve("node_modules/.bin/tsx");
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-check-load-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${path.join(workDir, "check-load.db")}`,
    CARAVAN_DIST_DIR: distDir,
    CARAVAN_CHECK_RATE_LIMIT: "100000",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    run(tsx, ["scripts/db/migrate.ts"], env);
    run(tsx, ["scripts/db/seed.ts"], env);
    if (!argv.includes("--no-build") || !fs.existsSync(path.join(distDir, "BUILD_ID"))) {
      buildNext({ env });
    }
    const port = await freePort();
    const server = startServer(
      "caravan",
      tsx,
      ["scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"],
      port,
      env as Record<string, string>,
    );
    try {
      const baseUrl = `http://127.0.0.1:${port}`;
      await waitForHttp(`${baseUrl}/api/health`, 120_000);
      const result = await measureCheckLoad(baseUrl, { runs: Number(option("runs") ?? 30), parallel: Number(option("parallel") ?? 50) });
      console.log(formatCheckLoad(result));
      if (argv.includes("--json")) console.log(JSON.stringify(result, null, 2));
    } finally {
      await stopServer(server);
      if (argv.includes("--log")) console.log(server.log.join(""));
    }
  } finally {
    if (!argv.includes("--keep")) fs.rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
