import "server-only";
import { createHash } from "node:crypto";
import { getDb, type Db } from "../db/client";
import { isDatabaseUnavailable } from "../db/availability";
import { getDataVersion } from "../db/data-version";
import { ApiError } from "./errors";

export interface ApiContext<Params> {
  request: Request;
  url: URL;
  params: Params;
  db: Db;
}

/** Seconds a client should wait before retrying while the database is down. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The one wrapper every API handler goes through: awaits Next 16's params
 * promise, hands over the database, and turns every failure into the error
 * contract. Unknown errors become a plain 500 that leaks nothing; an
 * unreachable database becomes a 503 with Retry-After.
 */
export function withApi<Params = Record<string, never>>(
  handler: (ctx: ApiContext<Params>) => Promise<Response>,
): (request: Request, context: { params: Promise<Params> }) => Promise<Response> {
  return async (request, context) => {
    try {
      const params = (await context?.params) ?? ({} as Params);
      const response = await handler({ request, url: new URL(request.url), params, db: getDb() });
      return request.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
    } catch (error) {
      const response = errorResponse(error);
      return request.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
    }
  };
}

export function errorResponse(error: unknown): Response {
  let apiError: ApiError;
  if (error instanceof ApiError) {
    apiError = error;
  } else if (isDatabaseUnavailable(error)) {
    apiError = new ApiError("database_unavailable", "The database is temporarily unavailable. Try again shortly.", undefined, undefined, {
      "Retry-After": String(RETRY_AFTER_SECONDS),
    });
  } else {
    console.error("Unhandled API error", error);
    apiError = new ApiError("internal_error", "Internal error.");
  }
  return Response.json(apiError.toBody(), {
    status: apiError.status,
    headers: { "Cache-Control": "no-store", ...apiError.headers },
  });
}

/**
 * Conditional GET for read routes: the ETag joins the database's data version
 * (bumped by every seed and import) with the request's URL and format, so a
 * repeat view costs one tiny query and a changed database changes the tag.
 */
export async function cacheValidators(db: Db, request: Request, url: URL): Promise<{ etag: string; notModified: Response | null }> {
  const version = await getDataVersion(db);
  const variant = `${url.pathname}?${[...url.searchParams].sort().join("&")}|${request.headers.get("accept") ?? ""}`;
  const etag = `W/"v${version}-${createHash("sha1").update(variant).digest("base64url").slice(0, 16)}"`;
  const ifNoneMatch = request.headers.get("if-none-match");
  const matches = ifNoneMatch?.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
  return {
    etag,
    notModified: matches ? new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": READ_CACHE_CONTROL } }) : null,
  };
}

/** Browsers and proxies may keep a copy but must revalidate it (cheap, via the ETag). */
export const READ_CACHE_CONTROL = "public, max-age=0, must-revalidate";

export function jsonRead(body: unknown, etag: string): Response {
  return Response.json(body, { headers: { ETag: etag, "Cache-Control": READ_CACHE_CONTROL } });
}
