// Caravan's HTTP server: Next.js behind a thin front that does two things
// Next's route handlers cannot.
//
// 1. It knows the socket's peer, so rate limits count a client address the
//    client cannot choose (see client-address.ts).
// 2. It serves pages and API reads from memory, computed once per data
//    version (see response-cache.ts). Every instance reads the version from
//    the database every CARAVAN_DATA_VERSION_POLL_MS, and at once after any
//    write it served itself, so a seed or an import on any instance sharing
//    the database reaches every instance within that interval. A response
//    is kept only if the version was the same before and after it was
//    computed, so a page that might mix two versions' figures is computed
//    again, never kept and never served.
//
// Misses are rendered by the same Next handler through a second listener on
// a loopback port that answers only requests carrying this process's secret.
// CSV downloads go through that listener too, streamed, to be gzipped here
// at a fast level (see csv-gzip.ts).
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientBehindProxies, PROXY_SECRET_ENV, PROXY_SECRET_HEADER, SERVER_ONLY_HEADERS } from "./client-address";
import { proxyGzippedCsv, takesGzip } from "./csv-gzip";
import { matchesEtag, ResponseCache, type CachedResponse } from "./response-cache";

export interface CaravanServerOptions {
  port: number;
  hostname: string;
  /** the project folder (where next.config.js and the build are) */
  dir?: string;
  trustedProxyHops: number;
  /** bytes of responses to keep; 0 turns the cache off */
  cacheBytes: number;
  versionPollMs: number;
  /** the database's data version (lib/core/db/data-version.ts) */
  readDataVersion: () => Promise<number>;
  /**
   * Requests (GET paths) rendered once before the server listens, so the
   * first client's request does not pay for loading its route, creating the
   * database client and compiling the hot code. A failure is logged, never fatal.
   */
  warmUpPaths?: string[];
  log?: (message: string) => void;
}

export interface CaravanServer {
  url: string;
  port: number;
  cache: ResponseCache;
  close: () => Promise<void>;
}

/** Response headers that describe one transfer, not the content; never stored. */
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "set-cookie"]);
const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";
const RENDER_ATTEMPTS = 3;

export async function startCaravanServer(options: CaravanServerOptions): Promise<CaravanServer> {
  const log = options.log ?? ((message: string) => console.log(message));
  const secret = randomBytes(24).toString("base64url");
  process.env[PROXY_SECRET_ENV] = secret;

  // Next never listens itself; its hostname only names the origin of its
  // internal URLs. "localhost" whatever the front binds to: with "127.0.0.1"
  // the language proxy's rewrites (built on localhost) would look external to
  // Next and be fetched again through the front, a redirect loop.
  const app = next({ dev: false, dir: options.dir ?? process.cwd(), hostname: "localhost", port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const cache = new ResponseCache(options.cacheBytes);
  const maxEntryBytes = Math.min(8 * 1024 * 1024, Math.floor(options.cacheBytes / 4));
  const inFlight = new Map<string, Promise<CachedResponse | null>>();

  const renderer = http.createServer((req, res) => {
    if (req.headers[PROXY_SECRET_HEADER] !== secret) {
      res.writeHead(403).end();
      return;
    }
    void handle(req, res);
  });
  const rendererPort = await listen(renderer, 0, "127.0.0.1");

  let polling: Promise<void> | null = null;
  const refreshVersion = (): Promise<void> =>
    (polling ??= options
      .readDataVersion()
      .then((version) => {
        if (cache.advance(version)) log(`data version ${version}: cached responses dropped`);
      })
      .catch(() => {
        // The database is unreachable: keep serving what was computed; the routes report the outage.
      })
      .finally(() => {
        polling = null;
      }));
  await refreshVersion();
  const poller = setInterval(() => void refreshVersion(), options.versionPollMs);
  poller.unref();

  /** Renders through the loopback listener; keeps the result only when no import landed meanwhile. */
  async function render(req: IncomingMessage, key: string): Promise<CachedResponse | null> {
    for (let attempt = 0; attempt < RENDER_ATTEMPTS; attempt++) {
      const before = await options.readDataVersion();
      cache.advance(before);
      const fetched = await fetchBuffered(req, rendererPort, maxEntryBytes);
      if (!fetched) return null;
      const after = await options.readDataVersion();
      if (after !== before) continue; // an import committed while it rendered: it may mix both versions
      if (!keepable(req, fetched)) return null;
      return cache.set(key, { status: fetched.status, headers: storedHeaders(req, fetched.headers), body: fetched.body, version: before });
    }
    return null;
  }

  const server = http.createServer((req, res) => {
    for (const name of SERVER_ONLY_HEADERS) delete req.headers[name];
    req.headers[CLIENT_ADDRESS_HEADER] = clientBehindProxies(
      req.socket.remoteAddress ?? null,
      headerValue(req.headers["x-forwarded-for"]),
      options.trustedProxyHops,
    );
    req.headers[PROXY_SECRET_HEADER] = secret;

    if (req.method === "GET" && csvDownload(req) && takesGzip(headerValue(req.headers["accept-encoding"]) ?? undefined)) {
      proxyGzippedCsv(req, res, rendererPort);
      return;
    }
    if (options.cacheBytes === 0 || !cacheableRequest(req)) {
      // A write this instance served may have changed the data: look now, not at the next poll.
      if (req.method !== "GET" && req.method !== "HEAD") res.once("finish", () => void refreshVersion());
      void handle(req, res);
      return;
    }
    const key = cacheKey(req);
    const hit = cache.get(key);
    if (hit) {
      send(cache, req, res, hit, "hit");
      return;
    }
    let pending = inFlight.get(key);
    if (!pending) {
      pending = render(req, key).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    pending.then(
      (entry) => {
        if (entry) send(cache, req, res, entry, "miss");
        else void handle(req, res); // not keepable (too large, an error, a cookie): serve it as Next does
      },
      (error: unknown) => {
        log(`render of ${req.url} failed: ${(error as Error).message}`);
        void handle(req, res);
      },
    );
  });
  for (const path of options.warmUpPaths ?? []) {
    const status = await warmUp(path, rendererPort, secret).catch((error: unknown) => (error as Error).message);
    if (status !== 200) log(`warm-up of ${path}: ${status}`);
  }
  const port = await listen(server, options.port, options.hostname);

  return {
    url: `http://${options.hostname}:${port}`,
    port,
    cache,
    close: async () => {
      clearInterval(poller);
      await Promise.all([closeServer(server), closeServer(renderer)]);
      await app.close();
    },
  };
}

/** GET and HEAD of pages and API reads, as a browser's first load or a script sends them. */
function cacheableRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  if (url.startsWith("/_next/") || url.startsWith("/api/health")) return false;
  if (req.headers.authorization || req.headers.cookie) return false;
  // CSV downloads stream straight through: they can be millions of rows, and are fetched once, not viewed.
  if (csvDownload(req)) return false;
  // Client-side navigations ask Next for React Server Component payloads; those vary on router state.
  if (req.headers.rsc || Object.keys(req.headers).some((name) => name.startsWith("next-router") || name === "next-url")) return false;
  return !/[?&]_rsc=/.test(url);
}

/** A CSV download: format=csv, or an Accept header that names text/csv. */
function csvDownload(req: IncomingMessage): boolean {
  return /[?&]format=csv\b/.test(req.url ?? "/") || /\btext\/csv\b/.test(req.headers.accept ?? "");
}

/** What the response may depend on: the host (absolute links), the path and query, and the Accept header (CSV). */
function cacheKey(req: IncomingMessage): string {
  return `${req.headers.host ?? ""}\n${req.url ?? "/"}\n${req.headers.accept ?? ""}`;
}

interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** The renderer's full response, or null when it is larger than an entry may be. */
function fetchBuffered(req: IncomingMessage, port: number, maxBytes: number): Promise<Fetched | null> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = {
      host: req.headers.host ?? "localhost",
      [PROXY_SECRET_HEADER]: req.headers[PROXY_SECRET_HEADER],
      [CLIENT_ADDRESS_HEADER]: req.headers[CLIENT_ADDRESS_HEADER],
    };
    if (req.headers.accept) headers.accept = req.headers.accept;
    const forwardedProto = headerValue(req.headers["x-forwarded-proto"]);
    if (forwardedProto) headers["x-forwarded-proto"] = forwardedProto;
    const outgoing = http.request({ host: "127.0.0.1", port, method: "GET", path: req.url, headers }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          response.destroy();
          resolve(null);
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** One GET through the renderer, its body read and dropped; resolves with the status. */
function warmUp(path: string, port: number, secret: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = { host: "localhost", [PROXY_SECRET_HEADER]: secret, [CLIENT_ADDRESS_HEADER]: "127.0.0.1" };
    const outgoing = http.request({ host: "127.0.0.1", port, method: "GET", path, headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 500));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** Only complete successes without per-user state; an API answer that says no-store (an error) is not kept. */
function keepable(req: IncomingMessage, fetched: Fetched): boolean {
  if (fetched.status !== 200 || fetched.headers["set-cookie"] || !fetched.headers["content-type"]) return false;
  const isApi = (req.url ?? "").startsWith("/api/");
  return !(isApi && /no-store/.test(String(fetched.headers["cache-control"] ?? "")));
}

function storedHeaders(req: IncomingMessage, headers: http.IncomingHttpHeaders): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    stored[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  // Next marks dynamic pages no-store; here a page is right until the data version moves, and its ETag tells.
  if (!(req.url ?? "").startsWith("/api/")) stored["cache-control"] = PAGE_CACHE_CONTROL;
  return stored;
}

function send(cache: ResponseCache, req: IncomingMessage, res: ServerResponse, entry: CachedResponse, outcome: "hit" | "miss"): void {
  const etag = entry.headers.etag ?? entry.etag;
  const headers: Record<string, string | number> = { ...entry.headers, etag, "x-caravan-cache": outcome, "x-caravan-data-version": entry.version };
  if (matchesEtag(headerValue(req.headers["if-none-match"]) ?? undefined, etag)) {
    res.writeHead(304, { etag, "cache-control": entry.headers["cache-control"] ?? PAGE_CACHE_CONTROL, "x-caravan-data-version": entry.version });
    res.end();
    return;
  }
  const { body, encoding } = cache.encode(entry, headerValue(req.headers["accept-encoding"]) ?? undefined);
  if (encoding) headers["content-encoding"] = encoding;
  headers.vary = mergeVary(entry.headers.vary, "Accept-Encoding");
  headers["content-length"] = body.length;
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

function mergeVary(existing: string | undefined, name: string): string {
  if (!existing) return name;
  return existing
    .toLowerCase()
    .split(",")
    .map((v) => v.trim())
    .includes(name.toLowerCase())
    ? existing
    : `${existing}, ${name}`;
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

function listen(server: http.Server, port: number, hostname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
