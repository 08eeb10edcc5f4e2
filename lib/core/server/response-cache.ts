// Rendered pages and API responses, kept per data version. The data changes
// only when a seed or an import runs, and each of those bumps the version in
// the same transaction, so a response computed at version v stays right until
// the version moves: no time-to-live, no invalidation by hand. Entries of an
// older version are dropped as soon as a newer one is seen.
import { createHash } from "node:crypto";
import zlib from "node:zlib";

export interface CachedResponse {
  key: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  etag: string;
  version: number;
  /** compressed copies, made on first request for each encoding */
  encoded: Partial<Record<ContentEncoding, Buffer>>;
}

export type ContentEncoding = "br" | "gzip";

/** A least-recently-used map bounded by the bytes it holds. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private currentVersion = -1;

  constructor(readonly maxBytes: number) {}

  get version(): number {
    return this.currentVersion;
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  /** Moves to a newer version, dropping everything older; an older one is ignored. */
  advance(version: number): boolean {
    if (version <= this.currentVersion) return false;
    this.currentVersion = version;
    this.entries.clear();
    this.bytes = 0;
    return true;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== this.currentVersion) {
      this.remove(key, entry);
      return undefined;
    }
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores a response computed at `version`; one of an older version than the current is not kept. */
  set(key: string, response: Omit<CachedResponse, "key" | "encoded" | "etag"> & { etag?: string }): CachedResponse {
    const entry: CachedResponse = { ...response, key, etag: response.etag ?? contentEtag(response.version, response.body), encoded: {} };
    this.advance(response.version);
    if (response.version !== this.currentVersion || entrySize(entry) > this.maxBytes / 4) return entry;
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    this.entries.set(key, entry);
    this.bytes += entrySize(entry);
    this.evict();
    return entry;
  }

  /** The body in the best encoding the client accepts, compressed once and kept. */
  encode(entry: CachedResponse, acceptEncoding: string | undefined): { body: Buffer; encoding: ContentEncoding | null } {
    const encoding = compressible(entry.headers["content-type"]) ? preferredEncoding(acceptEncoding) : null;
    if (!encoding || entry.body.length < 1024) return { body: entry.body, encoding: null };
    let body = entry.encoded[encoding];
    if (!body) {
      body =
        encoding === "br"
          ? zlib.brotliCompressSync(entry.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
          : zlib.gzipSync(entry.body, { level: 6 });
      entry.encoded[encoding] = body;
      if (this.entries.get(entry.key) === entry) {
        this.bytes += body.length;
        this.evict();
      }
    }
    return { body, encoding };
  }

  private remove(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    this.bytes -= entrySize(entry);
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(key, entry);
    }
  }
}

/** Object overhead of an entry beyond the bytes counted (the Map slot, the objects, the ETag). */
const ENTRY_OVERHEAD_BYTES = 256;

/** Everything an entry holds: the body, every compressed copy, the headers and the key (strings at 2 bytes a character at most). */
export function entrySize(entry: CachedResponse): number {
  let size = ENTRY_OVERHEAD_BYTES + entry.body.length + 2 * (entry.key.length + entry.etag.length);
  for (const encoded of Object.values(entry.encoded)) size += encoded?.length ?? 0;
  for (const [name, value] of Object.entries(entry.headers)) size += 2 * (name.length + value.length);
  return size;
}

/** A strong validator of exactly these bytes at this data version. */
export function contentEtag(version: number, body: Buffer): string {
  return `"v${version}-${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`;
}

function compressible(contentType: string | undefined): boolean {
  return !!contentType && /^(text\/|application\/(json|javascript|xml|[a-z.+-]*\+json|[a-z.+-]*\+xml))/i.test(contentType);
}

/** An Accept-Encoding header as each named encoding's weight (q, 1 when not given; * included). */
export function encodingWeights(acceptEncoding: string | undefined): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name?.trim()) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  return accepted;
}

/** br when the client takes it, else gzip, else none (q=0 refuses an encoding). */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const accepted = encodingWeights(acceptEncoding);
  const takes = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (takes("br")) return "br";
  if (takes("gzip")) return "gzip";
  return null;
}

/** Does an If-None-Match header match this entity tag (weak comparison, as for GET)? */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
