// Every API route is one declaration: its access policy, its query schema,
// how the query becomes filters, how the body is found, and (for a read with a
// CSV form) its columns and rows. The shared work — parsing, the error
// contract, ETag/304, HEAD, JSON or CSV — happens here once.
import "server-only";
import type { z } from "zod";
import type { Db } from "../db/client";
import { serverEnv } from "../env";
import { csvFileName, csvResponse, wantsCsv, type CsvColumn } from "./csv-writer";
import { cacheValidators, jsonRead, READ_CACHE_CONTROL, withApi, type ApiContext } from "./handler";
import { invalidParameter } from "./errors";
import { parseQuery } from "./query-params";
import { clientAddress, namedLimiter, requireAdminToken } from "./route-policy";

/**
 * public: anyone; admin-token: only with `Authorization: Bearer $CARAVAN_ADMIN_TOKEN`
 * (the route answers 404 while no token is configured). A rate limit counts
 * every attempt per client address and minute, before the token is checked,
 * so guessing tokens is throttled too.
 */
export type RoutePolicy = { access: "public"; rateLimit?: "checks" } | { access: "admin-token"; rateLimit: "imports" };

export const PUBLIC: RoutePolicy = { access: "public" };
/** Public, with a per-address limit: the text checker's routes, whose work grows with the text. */
export const PUBLIC_RATE_LIMITED: RoutePolicy = { access: "public", rateLimit: "checks" };

function enforce(policy: RoutePolicy, request: Request): void {
  const env = serverEnv();
  if (policy.access === "public") {
    if (policy.rateLimit) namedLimiter(policy.rateLimit, env.CARAVAN_CHECK_RATE_LIMIT).hit(clientAddress(request));
    return;
  }
  if (!env.CARAVAN_ADMIN_TOKEN) requireAdminToken(request, null); // 404: the route is off
  namedLimiter(policy.rateLimit, env.CARAVAN_IMPORT_RATE_LIMIT).hit(clientAddress(request));
  requireAdminToken(request, env.CARAVAN_ADMIN_TOKEN);
}

export interface CsvForm<Filters, Body, Row> {
  columns: CsvColumn<Row>[];
  /** the download's name: caravan-<resource>_<parts>.csv */
  fileName: (filters: Filters) => [resource: string, parts: (string | null | undefined)[]];
  /** the rows; `body` finds the JSON body when the CSV is made from it rather than streamed from the database */
  rows: (db: Db, filters: Filters, body: () => Promise<Body>) => AsyncIterable<Row>;
}

/** A read's answer when it is a file (an image, an archive) rather than JSON or CSV. */
export interface FileBody {
  body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;
  contentType: string;
  /** sent as Content-Disposition, inline unless the file is meant to be saved */
  fileName?: string;
  disposition?: "inline" | "attachment";
  headers?: Record<string, string>;
}

export interface FileForm<Filters, Body> {
  /** the file, made from the found body (or streamed from the database) */
  render: (ctx: { db: Db; filters: Filters; url: URL; request: Request; body: () => Promise<Body> }) => Promise<FileBody>;
}

export interface ReadRouteDeclaration<Schema extends z.ZodObject, Filters, Body, Row> {
  policy: RoutePolicy;
  query: Schema;
  /** the path's dynamic segments (`[id]`), when the route has any; a bad one is a 400 naming it */
  params?: z.ZodObject;
  resolve: (query: z.output<Schema>, params: Record<string, string>) => Filters;
  find: (db: Db, filters: Filters) => Promise<Body>;
  csv?: CsvForm<Filters, Body, Row>;
  /** the route answers this file instead of JSON (chart images, data packages); parsing, ETag/304 and errors stay the same */
  file?: FileForm<Filters, Body>;
}

type RouteHandler = ReturnType<typeof withApi<Record<string, string>>>;

/** GET and HEAD of a read route: parse, resolve, ETag (304 when unchanged), then JSON or CSV. */
export function readRoute<Schema extends z.ZodObject, Filters, Body, Row = never>(
  route: ReadRouteDeclaration<Schema, Filters, Body, Row>,
): { GET: RouteHandler; HEAD: RouteHandler } {
  const GET = withApi<Record<string, string>>(async ({ request, url, db, params }) => {
    enforce(route.policy, request);
    const query = parseQuery(route.query, url.searchParams);
    const filters = route.resolve(query, route.params ? parsePathParams(route.params, params) : {});
    const { etag, notModified } = await cacheValidators(db, request, url);
    if (notModified) return notModified;
    if (route.file) return fileRead(await route.file.render({ db, filters, url, request, body: () => route.find(db, filters) }), etag);
    const format = (query as { format?: unknown }).format;
    if (route.csv && wantsCsv(typeof format === "string" ? format : "json", request)) {
      const [resource, parts] = route.csv.fileName(filters);
      return csvResponse(
        route.csv.rows(db, filters, () => route.find(db, filters)),
        route.csv.columns,
        csvFileName(resource, parts),
        { ETag: etag, "Cache-Control": READ_CACHE_CONTROL },
      );
    }
    return jsonRead(await route.find(db, filters), etag);
  });
  return { GET, HEAD: GET };
}

function fileRead(file: FileBody, etag: string): Response {
  const headers: Record<string, string> = { "Content-Type": file.contentType, ETag: etag, "Cache-Control": READ_CACHE_CONTROL };
  if (file.fileName) headers["Content-Disposition"] = `${file.disposition ?? "inline"}; filename="${file.fileName}"`;
  return new Response(file.body, { headers: { ...headers, ...file.headers } });
}

function parsePathParams(schema: z.ZodObject, params: Record<string, string>): Record<string, string> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data as Record<string, string>;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? "path");
  throw invalidParameter(name, `${name}: ${issue.message}`);
}

export interface ActionRouteDeclaration {
  policy: RoutePolicy;
  handle: (ctx: ApiContext<Record<string, string>>) => Promise<Response>;
}

/** A route that changes data (POST): never cached; the policy is enforced before anything is read. */
export function actionRoute(route: ActionRouteDeclaration): RouteHandler {
  return withApi(async (ctx) => {
    enforce(route.policy, ctx.request);
    const response = await route.handle(ctx);
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
}

/** Rows of a body's `data`, for CSV forms made from the JSON body. */
export async function* bodyRows<Row>(body: () => Promise<{ data: Row[] }>): AsyncIterable<Row> {
  yield* (await body()).data;
}
