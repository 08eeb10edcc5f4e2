// The rate limit's client address cannot be chosen by the client.
import { describe, expect, it } from "vitest";
import { clientAddress, RateLimiter } from "@/lib/core/http/route-policy";
import { CLIENT_ADDRESS_HEADER, PROXY_SECRET_ENV, PROXY_SECRET_HEADER, UNKNOWN_CLIENT } from "@/lib/core/server/client-address";

const request = (headers: Record<string, string>) => new Request("http://caravan.test/api/v1/check", { method: "POST", headers });

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted, so a new header value buys no new budget", () => {
    const limiter = new RateLimiter(3);
    const attempt = (n: number) => () => limiter.hit(clientAddress(request({ "x-forwarded-for": `10.0.0.${n}` }), 0));
    for (let n = 1; n <= 3; n++) expect(attempt(n)).not.toThrow();
    expect(attempt(4)).toThrow(/Too many requests/);
    expect(clientAddress(request({ "x-forwarded-for": "10.0.0.9" }), 0)).toBe(UNKNOWN_CLIENT);
  });

  it("with one trusted proxy counts the entry that proxy appended, not the ones before it", () => {
    expect(clientAddress(request({ "x-forwarded-for": "6.6.6.6, 198.51.100.9" }), 1)).toBe("198.51.100.9");
  });

  it("takes the address Caravan's server vouched for only with the server's secret", () => {
    const previous = process.env[PROXY_SECRET_ENV];
    process.env[PROXY_SECRET_ENV] = "the-server-secret";
    try {
      const vouched = request({ [CLIENT_ADDRESS_HEADER]: "203.0.113.5", [PROXY_SECRET_HEADER]: "the-server-secret" });
      expect(clientAddress(vouched, 0)).toBe("203.0.113.5");
      const forged = request({ [CLIENT_ADDRESS_HEADER]: "203.0.113.6", [PROXY_SECRET_HEADER]: "a-guess" });
      expect(clientAddress(forged, 0)).toBe(UNKNOWN_CLIENT);
    } finally {
      if (previous === undefined) delete process.env[PROXY_SECRET_ENV];
      else process.env[PROXY_SECRET_ENV] = previous;
    }
  });
});
