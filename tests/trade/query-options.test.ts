import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_GOODS, CENTRAL_ASIA, FLOWS, REGION_CODE } from "@/lib/core/reference/codes";
import { parseQuery } from "@/lib/core/http/query-params";
import { mirrorUrl, tradeUrl } from "@/lib/trade/query-options";
import {
  PERIOD_FILTERS,
  REPORTER_FILTER_VALUES,
  resolveTradeFilters,
  SYNTHETIC_FILTERS,
  tradeQuerySchema,
  type TradeFilters,
} from "@/lib/trade/schemas";
import { tradeSearchParams } from "@/lib/trade/search-params";

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
  // (from ≤ to: the API refuses the other order)
  it("read back through the API's own parser as the filters they were built from", () => {
    fc.assert(
      fc.property(tradeFilters, (f) => {
        fc.pre(f.from == null || f.to == null || f.from <= f.to);
        const query = tradeSearchParams(f);
        const parsed = parseQuery(tradeQuerySchema, query);
        expect(parsed.format).toBe(f.format ?? "json");
        const read = resolveTradeFilters(parsed);
        expect(tradeSearchParams({ ...read, format: parsed.format }).toString()).toBe(query.toString());
        // and nothing was dropped on the way: each filter reads back as it was set
        expect(new Set(read.partner)).toEqual(new Set(f.partner));
        expect(read.reporter).toEqual(f.reporter);
        expect(new Set(read.flow)).toEqual(new Set(f.flow));
        expect([read.from, read.to, read.period]).toEqual([f.from, f.to, f.period]);
        expect(read.commodity).toEqual(f.commodity ?? [ALL_GOODS]);
        expect(read.preferred ?? null).toEqual(f.preferred ?? null);
        expect(read.synthetic).toBe(f.synthetic ?? "exclude");
      }),
    );
  });

  it("name only what differs from the API's defaults", () => {
    const all: TradeFilters = { partner: [...CENTRAL_ASIA], reporter: null, flow: [...FLOWS], from: null, to: null, period: "full" };
    expect(tradeUrl(all)).toBe("/api/v1/trade");
    expect(tradeUrl({ ...all, partner: ["KAZ"], from: 2020 }, "csv")).toBe("/api/v1/trade?partner=KAZ&from=2020&format=csv");
    expect(mirrorUrl({ ...all, flow: ["turnover"] })).toBe("/api/v1/trade/mirror?flow=turnover");
  });
});
