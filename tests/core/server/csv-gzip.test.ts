// The front's gzip of CSV downloads (lib/core/server/csv-gzip.ts), against a stand-in renderer:
// the bytes after decompression are the renderer's, the headers say what was done, and a client
// that goes away closes the renderer's response.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { proxyGzippedCsv, takesGzip, withAcceptEncoding } from "@/lib/core/server/csv-gzip";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** A renderer answering with `records` CSV records in 64 kB writes, and the front before it. */
async function frontOf(renderer: http.RequestListener): Promise<number> {
  const rendererPort = await listen(renderer);
  return listen((req, res) => proxyGzippedCsv(req, res, rendererPort));
}

function get(port: number, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/api/v1/trade?format=csv", headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

const RECORDS = 50_000;
const csvText = Array.from({ length: RECORDS }, (_, i) => `${i},"row ${i}, ""quoted""",ünïcödé – ${i % 7}\r\n`).join("");

describe("proxyGzippedCsv", () => {
  it("gzips a CSV whose bytes after decompression are the renderer's, keeping its headers", async () => {
    let seen: http.IncomingHttpHeaders = {};
    const port = await frontOf((req, res) => {
      seen = req.headers;
      res.writeHead(200, {
        "content-type": "text/csv; charset=utf-8",
        etag: '"v1"',
        vary: "rsc",
        "content-disposition": 'attachment; filename="x.csv"',
      });
      const bytes = Buffer.from(csvText);
      for (let i = 0; i < bytes.length; i += 65_536) res.write(bytes.subarray(i, i + 65_536));
      res.end();
    });
    const response = await get(port, { "accept-encoding": "gzip, deflate, br", "x-test": "kept" });
    expect(seen["accept-encoding"]).toBe("identity");
    expect(seen["x-test"]).toBe("kept");
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.vary).toBe("rsc, Accept-Encoding");
    expect(response.headers.etag).toBe('"v1"');
    expect(response.headers["content-disposition"]).toBe('attachment; filename="x.csv"');
    expect(response.body.length).toBeLessThan(Buffer.byteLength(csvText) / 3);
    expect(zlib.gunzipSync(response.body).toString("utf8")).toBe(csvText);
  });

  it("passes an error or a JSON answer through as it came", async () => {
    const body = JSON.stringify({ error: { code: "invalid_parameter" } });
    const port = await frontOf((_req, res) =>
      res.writeHead(400, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body),
    );
    const response = await get(port, { "accept-encoding": "gzip" });
    expect(response.status).toBe(400);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.toString()).toBe(body);
  });

  it("closes the renderer's response when the client goes away mid-download", async () => {
    let rendererClosed: () => void;
    const closed = new Promise<void>((resolve) => (rendererClosed = resolve));
    const port = await frontOf((_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      const timer = setInterval(() => res.write(csvText.slice(0, 65_536)), 5);
      res.on("close", () => {
        clearInterval(timer);
        rendererClosed();
      });
    });
    await new Promise<void>((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port, path: "/x?format=csv", headers: { "accept-encoding": "gzip" } }, (response) => {
        response.once("data", () => {
          request.destroy();
          resolve();
        });
      });
      request.on("error", () => {});
      setTimeout(() => reject(new Error("no data")), 5000);
    });
    await closed;
  });
});

describe("takesGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["deflate, br", false],
    ["gzip;q=0", false],
    ["identity", false],
    ["*", true],
    ["*;q=0", false],
    ["gzip;q=0, *", false],
    ["x-gzip", true],
    ["", false],
  ])("%j → %s", (header, expected) => {
    expect(takesGzip(header)).toBe(expected);
  });
  it("takes nothing without the header", () => expect(takesGzip(undefined)).toBe(false));
});

describe("withAcceptEncoding", () => {
  it("adds Accept-Encoding once", () => {
    expect(withAcceptEncoding(undefined)).toBe("Accept-Encoding");
    expect(withAcceptEncoding("rsc, Accept")).toBe("rsc, Accept, Accept-Encoding");
    expect(withAcceptEncoding("rsc, accept-encoding")).toBe("rsc, accept-encoding");
  });
});
