import { createLoader, createSerializer } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { CENTRAL_ASIA, FLOWS, REGION_CODE } from "@/lib/core/reference/codes";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { REPORTER_FILTER_VALUES } from "@/lib/trade/schemas";
import {
  allFiveSelected,
  dashboardFilterParsers,
  DEFAULT_DASHBOARD_FILTERS,
  REPORTER_FILTERS,
  toTradeFilters,
  type DashboardFilters,
} from "@/lib/trade/url-state";

const serialize = createSerializer(dashboardFilterParsers);
const load = createLoader(dashboardFilterParsers);

const filters = (f: Partial<DashboardFilters>): DashboardFilters => ({ ...DEFAULT_DASHBOARD_FILTERS, ...f });

describe("dashboard filters in the URL", () => {
  describe("defaults", () => {
    it("are all five countries, every year, every reporter and turnover", () => {
      expect(DEFAULT_DASHBOARD_FILTERS).toEqual({ country: [...CENTRAL_ASIA], time: { from: null, to: null }, reporter: [], flow: ["turnover"] });
    });

    it("leave the URL empty", () => {
      expect(serialize(DEFAULT_DASHBOARD_FILTERS)).toBe("");
    });

    it("are what an empty URL loads", () => {
      expect(load("")).toEqual(DEFAULT_DASHBOARD_FILTERS);
    });
  });

  describe("serializing", () => {
    it("writes countries joined by ~ and the years as from..to", () => {
      expect(serialize(filters({ country: ["KAZ", "UZB"], time: { from: 2015, to: 2024 } }))).toBe("?country=KAZ~UZB&time=2015..2024");
    });

    it("writes only the values that differ from the defaults", () => {
      const url = new URLSearchParams(serialize(filters({ reporter: ["CHN", "partner"] })));
      expect([...url.keys()]).toEqual(["reporter"]);
      expect(url.get("reporter")).toBe("CHN~partner");

      const flowOnly = new URLSearchParams(serialize(filters({ flow: ["china_exports", "china_imports"] })));
      expect([...flowOnly.keys()]).toEqual(["flow"]);
      expect(flowOnly.get("flow")).toBe("china_exports~china_imports");

      const timeOnly = new URLSearchParams(serialize(filters({ time: { from: null, to: 2024 } })));
      expect([...timeOnly.keys()]).toEqual(["time"]);
      expect(timeOnly.get("time")).toBe("..2024");
    });

    it("leaves out each value equal to its default while writing the others", () => {
      const url = new URLSearchParams(serialize(filters({ country: [...CENTRAL_ASIA], flow: ["turnover"], time: { from: 2020, to: null } })));
      expect([...url.keys()]).toEqual(["time"]);
    });
  });

  describe("round trips", () => {
    const cases: DashboardFilters[] = [
      DEFAULT_DASHBOARD_FILTERS,
      filters({ country: ["KAZ", "UZB"], time: { from: 2015, to: 2024 } }),
      filters({ country: ["TJK"], time: { from: 2020, to: 2020 } }),
      filters({ time: { from: 2015, to: null }, reporter: ["CHN", "partner"] }),
      filters({ time: { from: null, to: 2024 }, flow: ["china_exports", "china_imports"] }),
      filters({ country: ["KGZ", "TKM"], reporter: ["EDB", "COW", "KGZ"], flow: ["china_imports"], time: { from: 1995, to: 2005 } }),
    ];

    it("loads back exactly the filters that were serialized", () => {
      for (const f of cases) expect(load(serialize(f)), JSON.stringify(f)).toEqual(f);
    });

    it("loads the same filters from a query string, URLSearchParams and a search-params record", () => {
      const f = cases[1]!;
      const text = serialize(f);
      const params = new URLSearchParams(text);
      expect(load(params)).toEqual(f);
      expect(load(Object.fromEntries(params))).toEqual(f);
    });

    it("loads a page request's search params the same way on the server", async () => {
      for (const f of cases) {
        const record = Object.fromEntries(new URLSearchParams(serialize(f)));
        expect(await loadDashboardFilters(Promise.resolve(record))).toEqual(f);
      }
    });
  });

  describe("loading hand-written URLs", () => {
    it("reads one year as a span of that year", () => {
      expect(load("?time=2020").time).toEqual({ from: 2020, to: 2020 });
    });

    it("falls back on every year for a time it cannot read", () => {
      expect(load("?time=2024..2015").time).toEqual(DEFAULT_DASHBOARD_FILTERS.time);
      expect(load("?time=abc").time).toEqual(DEFAULT_DASHBOARD_FILTERS.time);
    });

    it("drops codes that are not Central Asian countries", () => {
      expect(load("?country=KAZ~CHN~XYZ").country).toEqual(["KAZ"]);
      expect(load("?country=KAZ~CA5").country).toEqual(["KAZ"]);
    });

    it("drops reporters and flows it does not know", () => {
      expect(load("?reporter=CHN~FOO").reporter).toEqual(["CHN"]);
      expect(load("?flow=turnover~exports").flow).toEqual(["turnover"]);
    });
  });

  describe("allFiveSelected", () => {
    it("is true with all five countries, in any order", () => {
      expect(allFiveSelected({ country: [...CENTRAL_ASIA] })).toBe(true);
      expect(allFiveSelected({ country: [...CENTRAL_ASIA].reverse() })).toBe(true);
    });

    it("is false when any one is missing, even with another repeated", () => {
      for (const missing of CENTRAL_ASIA) {
        const four = CENTRAL_ASIA.filter((c) => c !== missing);
        expect(allFiveSelected({ country: four }), missing).toBe(false);
        expect(allFiveSelected({ country: [...four, four[0]!] }), missing).toBe(false);
      }
      expect(allFiveSelected({ country: [] })).toBe(false);
    });
  });

  describe("toTradeFilters", () => {
    it("asks for the selected countries in the standard order, whatever order they were picked in", () => {
      expect(toTradeFilters(filters({ country: ["UZB", "KAZ", "TJK"] })).partner).toEqual(["KAZ", "TJK", "UZB"]);
    });

    it("adds the published region totals only with all five selected and withRegionTotals", () => {
      expect(toTradeFilters(filters({ country: [...CENTRAL_ASIA].reverse() }), { withRegionTotals: true }).partner).toEqual([
        ...CENTRAL_ASIA,
        REGION_CODE,
      ]);
      expect(toTradeFilters(filters({ country: [...CENTRAL_ASIA] })).partner).not.toContain(REGION_CODE);
      expect(toTradeFilters(filters({ country: [...CENTRAL_ASIA] }), { withRegionTotals: false }).partner).not.toContain(REGION_CODE);
      for (const missing of CENTRAL_ASIA) {
        const four = CENTRAL_ASIA.filter((c) => c !== missing);
        expect(toTradeFilters(filters({ country: four }), { withRegionTotals: true }).partner, missing).toEqual(four);
      }
    });

    it("asks for every reporter when none is chosen, and for the chosen ones otherwise", () => {
      expect(toTradeFilters(filters({ reporter: [] })).reporter).toBeNull();
      expect(toTradeFilters(filters({ reporter: ["CHN", "partner"] })).reporter).toEqual(["CHN", "partner"]);
    });

    it("asks for the chosen flows, every flow when none is chosen, and every flow with allFlows", () => {
      expect(toTradeFilters(filters({ flow: ["china_exports"] })).flow).toEqual(["china_exports"]);
      expect(toTradeFilters(filters({ flow: [] })).flow).toEqual([...FLOWS]);
      expect(toTradeFilters(filters({ flow: ["china_exports"] }), { allFlows: true }).flow).toEqual([...FLOWS]);
    });

    it("passes the years on as from and to, and asks for full years", () => {
      expect(toTradeFilters(filters({ time: { from: 2015, to: 2024 } }))).toMatchObject({ from: 2015, to: 2024, period: "full" });
      expect(toTradeFilters(filters({ time: { from: null, to: 2024 } }))).toMatchObject({ from: null, to: 2024 });
      expect(toTradeFilters(DEFAULT_DASHBOARD_FILTERS)).toMatchObject({ from: null, to: null, period: "full" });
    });

    it("does not change the filters it was given", () => {
      const f = filters({ country: [...CENTRAL_ASIA], reporter: ["CHN"] });
      const copy = structuredClone(f);
      const out = toTradeFilters(f, { withRegionTotals: true });
      out.partner.push("KAZ");
      expect(f).toEqual(copy);
    });
  });
});

describe("the reporter values the URL accepts", () => {
  it("are the API's, read without zod's module", () => {
    expect(REPORTER_FILTERS).toEqual(REPORTER_FILTER_VALUES);
  });
});
