// Caravan's settings, validated with one zod schema. `npm start` and the
// server's start-up (instrumentation.ts) call assertValidEnv() first, so a bad
// value stops the process with one message naming it, never a failure on the
// first request. Readers call serverEnv(), which re-parses only when the
// variables change (tests set them per case).
import { z } from "zod";
import { parseDatabaseUrl, type DatabaseConfig } from "./db/database-url";

/** Upload attempts (right or wrong token) per client address and minute by default. */
export const DEFAULT_IMPORT_RATE_LIMIT = 30;
/** Text checks per client address and minute by default. */
export const DEFAULT_CHECK_RATE_LIMIT = 120;

const wholeNumber = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx): number => {
      if (value === undefined || value.trim() === "") return fallback;
      if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}` });
        return z.NEVER;
      }
      return Number(value);
    });

const positiveInt = (name: string, fallback: number, max: number) => wholeNumber(name, fallback, 1, max);

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value, ctx): DatabaseConfig => {
      try {
        return parseDatabaseUrl(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  PORT: positiveInt("PORT", 3000, 65_535),
  CARAVAN_ADMIN_TOKEN: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === "" ? null : value))
    .refine(
      (value) => value === null || value.length >= 16,
      "CARAVAN_ADMIN_TOKEN must be at least 16 characters (or unset to turn imports over HTTP off)",
    ),
  CARAVAN_IMPORT_RATE_LIMIT: positiveInt("CARAVAN_IMPORT_RATE_LIMIT", DEFAULT_IMPORT_RATE_LIMIT, 1_000_000),
  CARAVAN_CHECK_RATE_LIMIT: positiveInt("CARAVAN_CHECK_RATE_LIMIT", DEFAULT_CHECK_RATE_LIMIT, 1_000_000),
  // How many proxies in front of Caravan append to X-Forwarded-For; 0 = none,
  // so the header is ignored and the socket address counts.
  CARAVAN_TRUST_PROXY_HOPS: wholeNumber("CARAVAN_TRUST_PROXY_HOPS", 0, 0, 10),
  // Memory for pages and API responses kept per data version; 0 turns the cache off.
  CARAVAN_RESPONSE_CACHE_MB: wholeNumber("CARAVAN_RESPONSE_CACHE_MB", 128, 0, 65_536),
  // How far V8 lets the heap grow past what the last full GC kept, in percent; 0 leaves it to V8
  // (which, with 4 GB of heap allowed, lets it reach about 4× the live objects: scripts/serve.ts).
  CARAVAN_HEAP_GROWING_PERCENT: wholeNumber("CARAVAN_HEAP_GROWING_PERCENT", 50, 0, 300),
  // How often each instance reads the data version, i.e. the longest it serves a copy older than the database.
  CARAVAN_DATA_VERSION_POLL_MS: wholeNumber("CARAVAN_DATA_VERSION_POLL_MS", 1000, 50, 60_000),
});

export type ServerEnv = z.output<typeof envSchema>;
const NAMES = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export class InvalidEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Caravan cannot start: ${problems.join("; ")}`);
    this.name = "InvalidEnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = envSchema.safeParse(Object.fromEntries(NAMES.map((name) => [name, source[name]])));
  if (parsed.success) return parsed.data;
  throw new InvalidEnvError(parsed.error.issues.map((issue) => issue.message));
}

let cached: { key: string; env: ServerEnv } | null = null;

export function serverEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const key = JSON.stringify(NAMES.map((name) => source[name] ?? null));
  if (cached?.key !== key) cached = { key, env: parseEnv(source) };
  return cached.env;
}

/** For start-up: prints the problems and exits the process when a setting is wrong. */
export function assertValidEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  try {
    return serverEnv(source);
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
