import { describe, expect, it } from "vitest";
import { DEFAULT_IMPORT_RATE_LIMIT, InvalidEnvError, parseEnv, serverEnv } from "@/lib/core/env";

describe("environment", () => {
  describe("defaults", () => {
    it("an empty environment is the embedded SQLite database on port 3000 with imports over HTTP off", () => {
      const env = parseEnv({});
      expect(env.DATABASE_URL.provider).toBe("sqlite");
      expect(env.PORT).toBe(3000);
      expect(env.CARAVAN_ADMIN_TOKEN).toBeNull();
      expect(env.CARAVAN_IMPORT_RATE_LIMIT).toBe(DEFAULT_IMPORT_RATE_LIMIT);
      // no proxy trusted: X-Forwarded-For means nothing unless said otherwise
      expect(env.CARAVAN_TRUST_PROXY_HOPS).toBe(0);
      expect(env.CARAVAN_RESPONSE_CACHE_MB).toBe(128);
      expect(env.CARAVAN_DATA_VERSION_POLL_MS).toBe(1000);
      // the heap kept within 1.5× its live objects (scripts/serve.ts)
      expect(env.CARAVAN_HEAP_GROWING_PERCENT).toBe(50);
      expect(parseEnv({ CARAVAN_HEAP_GROWING_PERCENT: "0" }).CARAVAN_HEAP_GROWING_PERCENT).toBe(0);
    });

    it("a cache of 0 MB (off) and trusted proxy hops are read as whole numbers", () => {
      const env = parseEnv({ CARAVAN_RESPONSE_CACHE_MB: "0", CARAVAN_TRUST_PROXY_HOPS: "2" });
      expect(env.CARAVAN_RESPONSE_CACHE_MB).toBe(0);
      expect(env.CARAVAN_TRUST_PROXY_HOPS).toBe(2);
    });
  });

  describe("bad values fail with a message naming the variable", () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ["a DATABASE_URL of another kind", { DATABASE_URL: "mysql://x" }, /DATABASE_URL/],
      ["a PORT that is not a number", { PORT: "eighty" }, /PORT/],
      ["a PORT out of range", { PORT: "70000" }, /PORT/],
      ["a short admin token", { CARAVAN_ADMIN_TOKEN: "short" }, /CARAVAN_ADMIN_TOKEN/],
      ["a rate limit of zero", { CARAVAN_IMPORT_RATE_LIMIT: "0" }, /CARAVAN_IMPORT_RATE_LIMIT/],
      ["a proxy hop count that is not a number", { CARAVAN_TRUST_PROXY_HOPS: "yes" }, /CARAVAN_TRUST_PROXY_HOPS/],
      ["a poll interval below 50 ms", { CARAVAN_DATA_VERSION_POLL_MS: "10" }, /CARAVAN_DATA_VERSION_POLL_MS/],
    ];
    for (const [what, source, name] of cases) {
      it(what, () => {
        expect(() => parseEnv(source)).toThrow(InvalidEnvError);
        expect(() => parseEnv(source)).toThrow(name);
      });
    }

    it("lists every problem at once", () => {
      try {
        parseEnv({ PORT: "x", CARAVAN_IMPORT_RATE_LIMIT: "-1" });
        expect.unreachable();
      } catch (error) {
        expect((error as InvalidEnvError).problems).toHaveLength(2);
      }
    });
  });

  describe("serverEnv", () => {
    it("parses again when a variable changes, and not otherwise", () => {
      const source: Record<string, string | undefined> = { PORT: "3100" };
      const first = serverEnv(source);
      expect(serverEnv(source)).toBe(first);
      source.PORT = "3101";
      expect(serverEnv(source).PORT).toBe(3101);
    });
  });
});
