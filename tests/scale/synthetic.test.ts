import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { GET as getTop } from "@/app/api/v1/trade/commodities/route";
import { seedDatabase } from "@/lib/seed/seed";
import { findTrade, iterateTrade } from "@/lib/trade/queries";
import { resolveTradeFilters, tradeQuerySchema, type TopCommoditiesResponse, type TradeResponse } from "@/lib/trade/schemas";
import { parseQuery } from "@/lib/core/http/query-params";
import {
  headingCode,
  parseSize,
  planForRows,
  planRows,
  ROWS_PER_HEADING_YEAR,
  SYNTHETIC_SOURCE,
  syntheticRows,
  TOTAL_ROWS_PER_YEAR,
} from "@/scripts/bench/synthetic";
import { writeSynthetic } from "@/scripts/bench/synthetic-writer";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

describe("synthetic plan", () => {
  it("counts rows exactly", () => {
    const plan = planRows(3, 2);
    expect(plan.rows).toBe(2 * (3 * ROWS_PER_HEADING_YEAR + TOTAL_ROWS_PER_YEAR));
    expect([...syntheticRows(plan)]).toHaveLength(plan.rows);
  });

  it("sizes plans near the target", () => {
    for (const target of [10_000, 1_000_000, 10_000_000]) {
      const plan = planForRows(target);
      expect(Math.abs(plan.rows - target) / target).toBeLessThan(0.05);
      expect(plan.headings).toBeLessThanOrEqual(1200);
    }
    expect(parseSize("10k")).toBe(10_000);
    expect(parseSize("2.5M")).toBe(2_500_000);
    expect(() => parseSize("lots")).toThrow();
  });

  it("spreads headings over the HS chapters", () => {
    expect([headingCode(0), headingCode(1), headingCode(96)]).toEqual(["0101", "0201", "0102"]);
  });
});

describeEachDatabase("commodity-level data on %s", (name) => {
  let t: TestDatabase;
  const plan = planRows(3, 2); // headings 0101, 0201, 0301; 2023–2024
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    await writeSynthetic(t.config, plan);
  });
  afterAll(async () => t?.cleanup());

  const get = async (url: string) => {
    pointRoutesAt(t.db);
    return callRoute(getTrade, url);
  };
  const json = async (url: string) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    return (await response.json()) as TradeResponse;
  };

  describe("generator", () => {
    it("marks every row synthetic, under a source whose title says SYNTHETIC", async () => {
      const rows = await t.db.tradeObservation.count({ where: { sourceId: SYNTHETIC_SOURCE.id } });
      expect(rows).toBe(plan.rows);
      expect(await t.db.tradeObservation.count({ where: { sourceId: SYNTHETIC_SOURCE.id, synthetic: false } })).toBe(0);
      expect(await t.db.tradeObservation.count({ where: { synthetic: true, NOT: { sourceId: SYNTHETIC_SOURCE.id } } })).toBe(0);
      const source = await t.db.source.findUnique({ where: { id: SYNTHETIC_SOURCE.id } });
      expect(source?.title).toMatch(/SYNTHETIC/);
    });

    it("replaces its earlier rows instead of adding to them", async () => {
      const again = await writeSynthetic(t.config, plan);
      expect(again.deleted).toBe(plan.rows);
      expect(await t.db.tradeObservation.count({ where: { sourceId: SYNTHETIC_SOURCE.id } })).toBe(plan.rows);
    });

    it("keeps the totals exact: headings add up to TOTAL, months to the year, exports + imports to turnover", async () => {
      const sums = await t.db.tradeObservation.groupBy({
        by: ["partnerIso3", "reporterCode", "period", "flow"],
        where: { sourceId: SYNTHETIC_SOURCE.id, NOT: { commodity: "TOTAL" } },
        _sum: { valueUsd: true },
      });
      const totals = await t.db.tradeObservation.findMany({ where: { sourceId: SYNTHETIC_SOURCE.id, commodity: "TOTAL" } });
      const total = new Map(totals.map((r) => [`${r.partnerIso3}|${r.reporterCode}|${r.period}|${r.flow}`, r.valueUsd]));
      expect(sums.length).toBe(5 * 2 * 2 * 13 * 2);
      for (const s of sums) expect(total.get(`${s.partnerIso3}|${s.reporterCode}|${s.period}|${s.flow}`)).toBe(s._sum.valueUsd);
      for (const r of totals.filter((x) => x.flow === "turnover")) {
        const key = (flow: string) => `${r.partnerIso3}|${r.reporterCode}|${r.period}|${flow}`;
        expect(r.valueUsd).toBe(total.get(key("china_exports"))! + total.get(key("china_imports"))!);
      }
      const months = totals.filter(
        (r) => r.periodKind === "month" && r.partnerIso3 === "KAZ" && r.reporterCode === "CHN" && r.flow === "turnover" && r.year === 2024,
      );
      expect(months).toHaveLength(12);
      expect(months.reduce((sum, r) => sum + r.valueUsd, 0)).toBe(total.get("KAZ|CHN|2024|turnover"));
    });
  });

  describe("GET /api/v1/trade?commodity=…", () => {
    it("serves only all-goods totals by default: commodity rows never leak in", async () => {
      const body = await json("/api/v1/trade?partner=KAZ&from=2023&to=2024&period=all&synthetic=include");
      expect(body.data.length).toBeGreaterThan(0);
      expect(body.data.every((r) => r.commodity === "TOTAL")).toBe(true);
      const synthetic = body.data.filter((r) => r.synthetic);
      expect(synthetic).toHaveLength(2 * 3 * 13 * 2); // reporters × flows × periods × years
      expect(body.data.filter((r) => !r.synthetic).every((r) => r.sourceId !== SYNTHETIC_SOURCE.id)).toBe(true);
    });

    it("filters by one HS code, by month", async () => {
      const body = await json(
        "/api/v1/trade?partner=KAZ&reporter=CHN&commodity=0101&period=month&from=2024&to=2024&flow=china_exports&synthetic=include",
      );
      expect(body.data).toHaveLength(12);
      expect(body.data.map((r) => r.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2024M${String(i + 1).padStart(2, "0")}`));
      expect(body.data.every((r) => r.commodity === "0101" && r.periodKind === "month" && r.synthetic)).toBe(true);
      expect(body.meta.filters).toMatchObject({ commodity: ["0101"], period: "month" });
    });

    it("takes a chapter prefix, several codes, * and all", async () => {
      const base = "/api/v1/trade?partner=KAZ&reporter=CHN&from=2024&to=2024&flow=china_exports&synthetic=include";
      const chapter = await json(`${base}&commodity=01*`);
      expect(new Set(chapter.data.map((r) => r.commodity))).toEqual(new Set(["0101"]));
      const several = await json(`${base}&commodity=0101~0301&period=all`);
      expect(new Set(several.data.map((r) => r.commodity))).toEqual(new Set(["0101", "0301"]));
      expect(several.data).toHaveLength(2 * 13);
      const anyHs = await json(`${base}&commodity=*`);
      expect(new Set(anyHs.data.map((r) => r.commodity))).toEqual(new Set(["0101", "0201", "0301"]));
      const all = await json(`${base}&commodity=all`);
      expect(new Set(all.data.map((r) => r.commodity))).toEqual(new Set(["TOTAL", "0101", "0201", "0301"]));
    });

    it("monthly totals: period=month alone gives the TOTAL of each month", async () => {
      const body = await json("/api/v1/trade?partner=UZB&reporter=UZB&flow=turnover&period=month&from=2023&to=2023&synthetic=include");
      expect(body.data).toHaveLength(12);
      expect(body.data.every((r) => r.commodity === "TOTAL" && r.periodKind === "month")).toBe(true);
    });

    it("CSV: the same rows as the JSON, with commodity and synthetic columns", async () => {
      const query = "partner=KAZ~TJK&commodity=all&period=all&from=2024&synthetic=include";
      const body = await json(`/api/v1/trade?${query}`);
      const text = await (await get(`/api/v1/trade?${query}&format=csv`)).text();
      const rows: Record<string, string>[] = parse(text, { columns: true });
      expect(rows).toHaveLength(body.data.length);
      rows.forEach((row, i) => {
        const expected = body.data[i]!;
        expect([row.partner, row.period, row.reporter, row.flow, row.commodity, Number(row.value_usd), row.synthetic]).toEqual([
          expected.partner,
          expected.period,
          expected.reporter,
          expected.flow,
          expected.commodity,
          expected.valueUsd,
          String(expected.synthetic),
        ]);
      });
    });

    it("keyset pages give exactly findTrade's rows in findTrade's order", async () => {
      const filters = resolveTradeFilters(parseQuery(tradeQuerySchema, new URLSearchParams("commodity=all&period=all&from=2023&synthetic=include")));
      const expected = (await findTrade(t.db, filters)).data;
      const paged = [];
      for await (const row of iterateTrade(t.db, filters, 37)) paged.push(row);
      expect(paged.length).toBe(expected.length);
      expect(paged.map(({ source: _s, ...r }) => r)).toEqual(expected);
    });

    const bad: [string, string][] = [
      ["commodity=27x", "commodity"],
      ["commodity=12345", "commodity"],
      ["commodity=TOTAL~abc", "commodity"],
      ["commodity=' OR 1=1 --", "commodity"],
      ["commodity=**", "commodity"],
      [`commodity=${Array.from({ length: 51 }, (_, i) => String(10 + i)).join("~")}`, "commodity"],
      ["period=monthly", "period"],
    ];
    it.each(bad)("?%s is a 400 naming %s", async (query, param) => {
      const response = await get(`/api/v1/trade?${query}`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.param).toBe(param);
      expect(body.error.message).toMatch(/commodit|period/);
    });
  });

  describe("GET /api/v1/trade/commodities", () => {
    const top = async (query: string) => {
      pointRoutesAt(t.db);
      return callRoute(getTop, `/api/v1/trade/commodities?${query}`);
    };

    it("ranks the HS codes of one reporter and flow, with their share of the exact total", async () => {
      const response = await top("partner=KAZ&reporter=chn&flow=china_exports&from=2024&to=2024&synthetic=include");
      expect(response.status).toBe(200);
      const body = (await response.json()) as TopCommoditiesResponse;
      expect(body.data.map((r) => r.rank)).toEqual([1, 2, 3]);
      const values = body.data.map((r) => r.valueUsd);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      const expected = await t.db.tradeObservation.aggregate({
        where: { partnerIso3: "KAZ", reporterCode: "CHN", flow: "china_exports", period: "2024", commodity: "0101" },
        _sum: { valueUsd: true },
      });
      expect(body.data.find((r) => r.commodity === "0101")?.valueUsd).toBe(expected._sum.valueUsd);
      expect(body.data.reduce((sum, r) => sum + r.valueUsd, 0)).toBe(body.meta.totalUsd);
      expect(body.data.reduce((sum, r) => sum + r.sharePct!, 0)).toBeCloseTo(100, 1);
      expect(body.meta.synthetic).toBe(true);
    });

    it("defaults to the latest year and honours limit and a chapter prefix", async () => {
      // without synthetic=include the generated rows are not ranked at all: the seed has no HS-coded figure
      expect(((await (await top("partner=UZB&limit=1")).json()) as TopCommoditiesResponse).data).toEqual([]);
      const body = (await (await top("partner=UZB&limit=1&synthetic=include")).json()) as TopCommoditiesResponse;
      expect(body.data).toHaveLength(1);
      expect(body.meta.filters).toMatchObject({ from: 2024, to: 2024 });
      const chapter = (await (await top("commodity=02*&synthetic=include")).json()) as TopCommoditiesResponse;
      expect(chapter.data.map((r) => r.commodity)).toEqual(["0201"]);
    });

    it.each([
      ["limit=0", "limit"],
      ["limit=1000", "limit"],
      ["reporter=FOO", "reporter"],
      ["flow=turnover", "flow"],
      ["commodity=TOTAL", "commodity"],
      ["commodity=all", "commodity"],
    ])("?%s is a 400 naming %s", async (query, param) => {
      const response = await top(query);
      expect(response.status).toBe(400);
      expect((await response.json()).error.param).toBe(param);
    });
  });
});
