// Who may call a route, stated where the route is declared (lib/core/http/routes.ts):
// public, or only with the admin bearer token, and with or without a
// per-address rate limit.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { serverEnv } from "../env";
import { CLIENT_ADDRESS_HEADER, clientBehindProxies, PROXY_SECRET_ENV, PROXY_SECRET_HEADER, UNKNOWN_CLIENT } from "../server/client-address";
import { ApiError } from "./errors";

const RATE_WINDOW_MS = 60_000;

/** 404 while no token is configured, 401 unless the bearer token matches (compared in constant time). */
export function requireAdminToken(request: Request, configured: string | null): void {
  if (!configured) throw new ApiError("not_found", `No API route ${new URL(request.url).pathname}. See /api/v1/openapi.json.`);
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  // Hashing first gives equal lengths, so timingSafeEqual reveals neither the token nor its length.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  if (!match || !timingSafeEqual(digest(match[1]!), digest(configured))) {
    throw new ApiError("unauthorized", "Send the admin token as 'Authorization: Bearer <token>'.", undefined, undefined, {
      "WWW-Authenticate": 'Bearer realm="caravan-imports"',
    });
  }
}

/** A fixed-window counter per client address, in this process's memory (enough for one server). */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number = RATE_WINDOW_MS,
  ) {}

  /** Counts one attempt; throws a 429 with Retry-After once the address is over its limit. */
  hit(key: string, now: number = Date.now()): void {
    if (this.windows.size > 10_000) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    }
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count > this.limit) {
      const retryAfter = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      throw new ApiError("rate_limited", `Too many requests; try again in ${retryAfter} s.`, undefined, undefined, {
        "Retry-After": String(retryAfter),
      });
    }
  }
}

const globalForLimiters = globalThis as unknown as { caravanRateLimiters?: Map<string, RateLimiter> };

/** One limiter per name and limit, per process (kept on globalThis so dev reloads reuse it). */
export function namedLimiter(name: string, limit: number): RateLimiter {
  globalForLimiters.caravanRateLimiters ??= new Map();
  const key = `${name}:${limit}`;
  let limiter = globalForLimiters.caravanRateLimiters.get(key);
  if (!limiter) globalForLimiters.caravanRateLimiters.set(key, (limiter = new RateLimiter(limit)));
  return limiter;
}

/**
 * The client's address for rate limits. Behind Caravan's server (`npm start`)
 * it is the address the server vouched for; otherwise (plain `next start`, a
 * test calling a handler) only X-Forwarded-For entries written by trusted
 * proxies (CARAVAN_TRUST_PROXY_HOPS) count, and with none every caller shares
 * one budget, so a made-up header never buys a fresh one.
 */
export function clientAddress(request: Request, trustedHops: number = serverEnv().CARAVAN_TRUST_PROXY_HOPS): string {
  const secret = process.env[PROXY_SECRET_ENV];
  const presented = request.headers.get(PROXY_SECRET_HEADER);
  if (secret && presented && sameSecret(presented, secret)) return request.headers.get(CLIENT_ADDRESS_HEADER) || UNKNOWN_CLIENT;
  return clientBehindProxies(null, request.headers.get("x-forwarded-for"), trustedHops);
}

function sameSecret(presented: string, secret: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(secret));
}
