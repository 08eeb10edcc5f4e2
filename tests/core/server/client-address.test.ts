import { describe, expect, it } from "vitest";
import { clientBehindProxies, UNKNOWN_CLIENT } from "@/lib/core/server/client-address";

describe("clientBehindProxies", () => {
  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientBehindProxies("203.0.113.7", "1.1.1.1, 2.2.2.2", 0)).toBe("203.0.113.7");
    expect(clientBehindProxies("::ffff:203.0.113.7", null, 0)).toBe("203.0.113.7");
  });

  it("reads trusted hops from the right, so entries a client prepends never count", () => {
    // client 198.51.100.9 → proxy 10.0.0.2 (appends the client) → socket peer 10.0.0.2
    expect(clientBehindProxies("10.0.0.2", "6.6.6.6, 198.51.100.9", 1)).toBe("198.51.100.9");
    // two proxies: the first appends the client, the second appends the first
    expect(clientBehindProxies("10.0.0.3", "6.6.6.6, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
  });

  it("takes the furthest known address when the header has fewer entries than trusted hops", () => {
    expect(clientBehindProxies("10.0.0.2", "198.51.100.9", 5)).toBe("198.51.100.9");
    expect(clientBehindProxies("10.0.0.2", null, 1)).toBe("10.0.0.2");
  });

  it("without a socket (plain next start) trusts only the proxies' entries, and shares one budget without any", () => {
    expect(clientBehindProxies(null, "6.6.6.6, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientBehindProxies(null, "6.6.6.6, 198.51.100.9", 0)).toBe(UNKNOWN_CLIENT);
    expect(clientBehindProxies(null, null, 1)).toBe(UNKNOWN_CLIENT);
  });
});
