import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_GOODS, CENTRAL_ASIA, FLOWS, REGION_CODE } from "@/lib/core/reference/codes";
import { mirrorUrl, tradeApiSearchParams, tradeUrl } from "@/lib/trade/query-options";
import { PERIOD_FILTERS, REPORTER_FILTER_VALUES, SYNTHETIC_FILTERS, tradeSearchParams, type TradeFilters } from "@/lib/trade/schemas";

const subset = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });
const year = fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null });

const tradeFilters: fc.Arbitrary<TradeFilters & { format?: "json" | "csv" }> = fc.record(
  {
    partner: subset([...CENTRAL_ASIA, REGION_CODE]),
    reporter: fc.option(subset(REPORTER_FILTER_VALUES), { nil: null }),
    flow: subset(FLOWS),
    from: year,
    to: year,
    period: fc.constantFrom(...PERIOD_FILTERS),
    commodity: fc.constantFrom([ALL_GOODS], ["all"], ["27", "2709*"]),
    preferred: fc.constantFrom(true, false, null),
    synthetic: fc.constantFrom(...SYNTHETIC_FILTERS),
    format: fc.constantFrom("json" as const, "csv" as const),
  },
  { requiredKeys: ["partner", "reporter", "flow", "from", "to", "period"] },
);

describe("the browser's API URLs", () => {
  it("are the query strings of schemas.ts's tradeSearchParams, built without zod", () => {
    fc.assert(fc.property(tradeFilters, (f) => tradeApiSearchParams(f).toString() === tradeSearchParams(f).toString()));
  });

  it("name only what differs from the API's defaults", () => {
    const all: TradeFilters = { partner: [...CENTRAL_ASIA], reporter: null, flow: [...FLOWS], from: null, to: null, period: "full" };
    expect(tradeUrl(all)).toBe("/api/v1/trade");
    expect(tradeUrl({ ...all, partner: ["KAZ"], from: 2020 }, "csv")).toBe("/api/v1/trade?partner=KAZ&from=2020&format=csv");
    expect(mirrorUrl({ ...all, flow: ["turnover"] })).toBe("/api/v1/trade/mirror?flow=turnover");
  });
});
