import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { entrySize, matchesEtag, preferredEncoding, ResponseCache, type CachedResponse } from "@/lib/core/server/response-cache";

const response = (version: number, text: string, contentType = "text/html; charset=utf-8") => ({
  status: 200,
  headers: { "content-type": contentType },
  body: Buffer.from(text),
  version,
});

describe("ResponseCache", () => {
  it("keeps a response for its data version and drops everything when a newer version is seen", () => {
    const cache = new ResponseCache(1_000_000);
    cache.set("/", response(4, "four"));
    expect(cache.get("/")?.body.toString()).toBe("four");
    expect(cache.advance(5)).toBe(true);
    expect(cache.get("/")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("never keeps a response computed at an older version than the current one", () => {
    const cache = new ResponseCache(1_000_000);
    cache.advance(7);
    cache.set("/", response(6, "six"));
    expect(cache.get("/")).toBeUndefined();
    expect(cache.advance(6)).toBe(false);
    expect(cache.version).toBe(7);
  });

  it("evicts the least recently used entries to stay within its bytes", () => {
    const cache = new ResponseCache(4 * (1000 + 512));
    for (const key of ["a", "b", "c", "d"]) cache.set(key, response(1, key.repeat(900)));
    cache.get("a"); // a is now the most recently used
    cache.set("e", response(1, "e".repeat(900)));
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("b")).toBeUndefined();
    expect(cache.usedBytes).toBeLessThanOrEqual(cache.maxBytes);
  });

  it("gives each body one strong ETag per version and content", () => {
    const cache = new ResponseCache(1_000_000);
    const one = cache.set("x", response(1, "same"));
    const two = cache.set("y", response(1, "same"));
    const other = cache.set("z", response(1, "other"));
    expect(one.etag).toBe(two.etag);
    expect(one.etag).not.toBe(other.etag);
    expect(one.etag).toMatch(/^"v1-/);
  });

  it("compresses text once per encoding into bytes that decode to the body", () => {
    const cache = new ResponseCache(1_000_000);
    const entry = cache.set("/", response(1, "<p>row</p>".repeat(500)));
    const br = cache.encode(entry, "gzip, deflate, br");
    expect(br.encoding).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).equals(entry.body)).toBe(true);
    expect(cache.encode(entry, "br").body).toBe(br.body);
    const gzip = cache.encode(entry, "gzip");
    expect(zlib.gunzipSync(gzip.body).equals(entry.body)).toBe(true);
    expect(cache.encode(entry, undefined)).toEqual({ body: entry.body, encoding: null });
    const png = cache.set("/i.png", response(1, "x".repeat(5000), "image/png"));
    expect(cache.encode(png, "br").encoding).toBeNull();
  });
});

describe("ResponseCache memory", () => {
  const page = (version: number, n: number) => response(version, `<tr><td>${n}</td><td>${"figure ".repeat(200 + (n % 50))}</td></tr>`.repeat(20));

  it("counts every byte it holds: body, br and gzip copies, headers, key", () => {
    const cache = new ResponseCache(10_000_000);
    const key = `localhost:3000\n/api/v1/trade?${"partner=KAZ&".repeat(100)}\ntext/html`;
    const headers = { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'self'; ".repeat(100) };
    const entry = cache.set(key, { ...page(1, 1), headers });
    const br = cache.encode(entry, "br").body;
    const gzip = cache.encode(entry, "gzip").body;
    const headerBytes = Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length, 0);
    expect(cache.usedBytes).toBeGreaterThanOrEqual(entry.body.length + br.length + gzip.length + headerBytes + key.length);
    expect(cache.usedBytes).toBe(entrySize(entry));
  });

  it("stays within its bound and holds only the current version however many versions and URLs pass", () => {
    const cache = new ResponseCache(150_000);
    const held: CachedResponse[] = [];
    for (let version = 1; version <= 20; version++) {
      for (let n = 0; n < 25; n++) {
        const entry = cache.set(`/page/${n}?v=${version}`, page(version, n));
        cache.encode(entry, "br");
        cache.encode(entry, "gzip");
        held.push(entry);
        expect(cache.usedBytes).toBeLessThanOrEqual(cache.maxBytes);
      }
      // what it counts is exactly what it holds
      const kept = held.filter((e) => cache.get(e.key) === e);
      expect(kept.every((e) => e.version === version)).toBe(true);
      expect(cache.size).toBe(kept.length);
      expect(cache.usedBytes).toBe(kept.reduce((sum, e) => sum + entrySize(e), 0));
    }
    cache.advance(21);
    expect(cache.size).toBe(0);
    expect(cache.usedBytes).toBe(0);
  });
});

describe("preferredEncoding and matchesEtag", () => {
  it("honours q=0 and wildcards", () => {
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("identity")).toBeNull();
  });

  it("compares entity tags weakly, in lists, and with *", () => {
    expect(matchesEtag('W/"v1-abc"', '"v1-abc"')).toBe(true);
    expect(matchesEtag('"x", "v1-abc"', '"v1-abc"')).toBe(true);
    expect(matchesEtag("*", '"v1-abc"')).toBe(true);
    expect(matchesEtag('"v2-abc"', '"v1-abc"')).toBe(false);
    expect(matchesEtag(undefined, '"v1-abc"')).toBe(false);
  });
});
