// A chart's addresses: the full view in the page grammar, the image in the
// API grammar, the embed and the data package — and the way back from a
// pasted page address to the same chart.
import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/core/http/query-params";
import {
  chartImagePath,
  chartQuery,
  chartRefFromDashboard,
  chartRefFromPath,
  embedPath,
  fullViewPath,
  packagePath,
  type ChartRef,
} from "@/lib/share/chart-ref";
import { resolveMirrorChartFilters, resolveTradeChartFilters, mirrorChartQuerySchema, tradeChartQuerySchema } from "@/lib/share/schemas";
import { tradeUrl, mirrorUrl } from "@/lib/trade/query-options";
import { DEFAULT_DASHBOARD_FILTERS, toTradeFilters, type DashboardFilters } from "@/lib/trade/url-state";

const page = (f: Partial<DashboardFilters>): DashboardFilters => ({ ...DEFAULT_DASHBOARD_FILTERS, ...f });
const back = (path: string) => {
  const url = new URL(path, "http://caravan.test");
  return chartRefFromPath(url.pathname, url.searchParams, url.hash);
};

describe("a chart's addresses", () => {
  const cases: [string, ChartRef, string, string][] = [
    ["the overview", chartRefFromDashboard("trade", page({})), "/", "/api/v1/charts/trade.svg"],
    [
      "one country's turnover: the country page",
      chartRefFromDashboard("trade", page({ country: ["KAZ"], time: { from: 2015, to: 2024 }, reporter: ["CHN", "partner"] })),
      "/countries/KAZ?time=2015..2024&reporter=CHN~partner",
      "/api/v1/charts/trade.svg?partner=KAZ&reporter=CHN~partner&from=2015&to=2024",
    ],
    [
      "several countries and a flow",
      chartRefFromDashboard("trade", page({ country: ["KAZ", "UZB"], time: { from: 2018, to: null }, flow: ["china_exports"] })),
      "/?country=KAZ~UZB&time=2018..&flow=china_exports",
      "/api/v1/charts/trade.svg?partner=KAZ~UZB&flow=china_exports&from=2018",
    ],
    [
      "the mirror",
      chartRefFromDashboard("mirror", page({ country: ["KGZ"], time: { from: null, to: 2023 } })),
      "/mirror?country=KGZ&time=..2023",
      "/api/v1/charts/mirror.svg?partner=KGZ&to=2023",
    ],
    ["a claim", { kind: "claim", claimId: "kaz-2024-over-30bn" }, "/claims#kaz-2024-over-30bn", "/api/v1/charts/claim.svg?claim=kaz-2024-over-30bn"],
  ];

  it.each(cases)("%s: the full view and the image", (_name, ref, full, image) => {
    expect(fullViewPath(ref)).toBe(full);
    expect(chartImagePath(ref, "svg")).toBe(image);
    expect(chartImagePath(ref, "png")).toBe(image.replace(".svg", ".png"));
  });

  it.each(cases)("%s: the full view and the embed lead back to the same chart", (_name, ref) => {
    expect(back(fullViewPath(ref))).toEqual(
      ref.kind === "trade" && ref.filters.partner.length === 1 ? { ...ref, filters: { ...ref.filters, flow: ["turnover"] } } : ref,
    );
    expect(back(embedPath(ref))).toEqual(ref);
  });

  it.each(cases.filter(([, ref]) => ref.kind !== "claim"))("%s: the image's query reads back as the same filters", (_name, ref) => {
    const query = new URLSearchParams(chartQuery(ref));
    const filters =
      ref.kind === "trade"
        ? resolveTradeChartFilters(parseQuery(tradeChartQuerySchema, query))
        : resolveMirrorChartFilters(parseQuery(mirrorChartQuerySchema, query));
    expect(filters).toEqual(ref.kind === "claim" ? null : ref.filters);
  });

  it("the data package carries the very filters of the page's CSV link", () => {
    const f = page({ country: ["KAZ", "UZB"], time: { from: 2015, to: 2024 }, reporter: ["CHN"] });
    const trade = new URL(packagePath(chartRefFromDashboard("trade", f)), "http://x");
    const csv = new URL(tradeUrl(toTradeFilters(f, { withRegionTotals: true }), "csv"), "http://x");
    csv.searchParams.delete("format");
    expect(trade.pathname).toBe("/api/v1/package/trade.zip");
    expect([...trade.searchParams].sort()).toEqual([...csv.searchParams].sort());
    const { reporter: _ignored, ...mirrorFilters } = toTradeFilters(f);
    const mirror = new URL(packagePath(chartRefFromDashboard("mirror", f)), "http://x");
    const mirrorCsv = new URL(mirrorUrl(mirrorFilters, "csv"), "http://x");
    mirrorCsv.searchParams.delete("format");
    expect([...mirror.searchParams].sort()).toEqual([...mirrorCsv.searchParams].sort());
    expect(packagePath({ kind: "claim", claimId: "x" })).toBe("/api/v1/package/claims.zip");
  });

  it.each(["/data?country=KAZ", "/claims", "/claims#Not A Claim", "/countries/FRA", "/check/abc", "/embed/claims/", "/projects"])(
    "%s is no chart",
    (path) => {
      expect(back(path)).toBeNull();
    },
  );

  it("reads page filters as the pages do, ignoring what a page would ignore", () => {
    expect(back("/?country=KAZ~XYZ&time=2015..2024&flow=turnover")).toEqual(
      chartRefFromDashboard("trade", page({ country: ["KAZ"], time: { from: 2015, to: 2024 } })),
    );
  });
});
