// The guard rails of POST /api/v1/imports: the route exists only when an
// admin token is configured, callers prove they hold it, each address gets a
// bounded number of attempts, and the body is read with a hard size cap.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { ApiError } from "../core/http/errors";
import { parseQuery } from "../core/http/query-params";
import type { Db } from "../core/db/client";
import { importCsv } from "./import-csv";
import type { ImportReport } from "../core/import/types";

/** Largest CSV file an upload may carry. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Room for the multipart boundaries and headers around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** Upload attempts (right or wrong token) per client address and minute, unless CARAVAN_IMPORT_RATE_LIMIT says otherwise. */
export const DEFAULT_RATE_LIMIT = 30;
const RATE_WINDOW_MS = 60_000;

export const importQuerySchema = z.object({
  dryRun: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true")
    .describe("1 or true: validate and report new / changed / unchanged rows (or project records) without writing anything."),
  source: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, "must be an existing source id")
    .optional()
    .describe("For a UN Comtrade export: the existing source every row belongs to (default: un-comtrade)."),
});

/** 404 while no token is configured, 401 unless the bearer token matches (compared in constant time). */
export function requireAdminToken(request: Request, configured: string | undefined = process.env.CARAVAN_ADMIN_TOKEN): void {
  if (!configured) throw new ApiError("not_found", "No API route /api/v1/imports. See /api/v1/openapi.json.");
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
      throw new ApiError("rate_limited", `Too many import attempts; try again in ${retryAfter} s.`, undefined, undefined, {
        "Retry-After": String(retryAfter),
      });
    }
  }
}

const globalForLimiter = globalThis as unknown as { caravanImportLimiter?: RateLimiter };

function limiter(): RateLimiter {
  const limit = Number(process.env.CARAVAN_IMPORT_RATE_LIMIT);
  globalForLimiter.caravanImportLimiter ??= new RateLimiter(Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_RATE_LIMIT);
  return globalForLimiter.caravanImportLimiter;
}

/** The client's address as the proxy in front of the server reports it. */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "unknown";
}

function tooLarge(): ApiError {
  return new ApiError("payload_too_large", `The upload is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, "file");
}

/** Reads the body, stopping as soon as it passes the cap (a missing or false Content-Length does not help). */
async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function readUploadedCsv(request: Request): Promise<{ name: string; text: string }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new ApiError("invalid_body", 'Send the CSV as multipart/form-data with the file in the field "file".', "file");
  }
  const body = await readBodyCapped(request, MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ApiError("invalid_body", "The multipart body could not be read.", "file");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") {
    throw new ApiError("invalid_body", 'The form has no file in the field "file".', "file");
  }
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new ApiError("invalid_body", "The file is not UTF-8 text.", "file");
  }
  return { name: file.name || "upload.csv", text };
}

/** Everything POST /api/v1/imports does; a file with errors is a 400 listing each {line, column, message}. */
export async function handleImportUpload(request: Request, url: URL, db: Db): Promise<ImportReport> {
  const configured = process.env.CARAVAN_ADMIN_TOKEN;
  if (!configured) requireAdminToken(request, configured); // 404: the route is off
  // Counted before the token check, so guessing tokens is throttled too.
  limiter().hit(clientAddress(request));
  requireAdminToken(request, configured);
  const query = parseQuery(importQuerySchema, url.searchParams);
  const { name, text } = await readUploadedCsv(request);
  const report = await importCsv(db, text, { fileName: name, dryRun: query.dryRun, sourceId: query.source });
  if (report.errors.length > 0) {
    throw new ApiError("invalid_body", `${report.errors.length} error(s) in ${name}; nothing was imported.`, "file", report.errors);
  }
  return report;
}
