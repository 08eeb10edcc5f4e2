// CSV downloads gzipped by the front at zlib's fastest level instead of by
// Next at its default (level 6). A whole-table export is gigabytes of text
// sent once; Next's route handlers cannot set their own Content-Encoding
// (Next drops it from a handler's Response), so the front asks the renderer
// for the identity encoding and compresses the stream itself. Only the
// transfer changes: the bytes after decompression are the renderer's.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
import { encodingWeights } from "./response-cache";

export const CSV_GZIP_LEVEL = 1;

/** Headers of one transfer, not of the content: not copied from the renderer's response. */
const TRANSFER_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length"]);

/** Does an Accept-Encoding header take gzip (by name or by *, with q > 0)? */
export function takesGzip(acceptEncoding: string | undefined): boolean {
  const q = encodingWeights(acceptEncoding);
  return (q.get("gzip") ?? q.get("x-gzip") ?? q.get("*") ?? 0) > 0;
}

/** Vary with Accept-Encoding in it, once. */
export function withAcceptEncoding(vary: string | undefined): string {
  if (!vary) return "Accept-Encoding";
  return vary.split(",").some((name) => name.trim().toLowerCase() === "accept-encoding") ? vary : `${vary}, Accept-Encoding`;
}

/**
 * Streams req's response from the renderer on rendererPort to res, gzipped
 * when it is a 200 text/csv and not already encoded, else as it came. Pulled
 * only as fast as the client reads; a client that goes away closes the
 * renderer's response, which ends the export's query.
 */
export function proxyGzippedCsv(req: IncomingMessage, res: ServerResponse, rendererPort: number, level = CSV_GZIP_LEVEL): void {
  const headers = { ...req.headers, "accept-encoding": "identity" };
  const outgoing = http.request({ host: "127.0.0.1", port: rendererPort, method: req.method, path: req.url, headers }, (upstream) => {
    const responseHeaders: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(upstream.headers))
      if (value !== undefined && !TRANSFER_HEADERS.has(name)) responseHeaders[name] = value;
    const csv =
      upstream.statusCode === 200 && /^text\/csv\b/i.test(String(upstream.headers["content-type"] ?? "")) && !upstream.headers["content-encoding"];
    if (!csv) {
      if (upstream.headers["content-length"]) responseHeaders["content-length"] = upstream.headers["content-length"];
      res.writeHead(upstream.statusCode ?? 502, responseHeaders);
      pipeline(upstream, res, () => {});
      return;
    }
    responseHeaders["content-encoding"] = "gzip";
    responseHeaders.vary = withAcceptEncoding(headerText(upstream.headers.vary));
    res.writeHead(200, responseHeaders);
    pipeline(upstream, zlib.createGzip({ level }), res, () => {});
  });
  outgoing.on("error", () => {
    if (!res.headersSent) res.writeHead(502).end();
    else res.destroy();
  });
  // before the renderer answers; once it has, pipeline() closes its response with the client's
  res.once("close", () => {
    if (!res.writableFinished) outgoing.destroy();
  });
  req.pipe(outgoing);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}
