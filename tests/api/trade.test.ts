import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTrade, HEAD as headTrade } from "@/app/api/v1/trade/route";
import { GET as getMirror } from "@/app/api/v1/trade/mirror/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { GET as getSources } from "@/app/api/v1/sources/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getUnknown } from "@/app/api/[...unknown]/route";
import { seedDatabase } from "@/lib/seed/seed";
import type { TradeResponse } from "@/lib/trade/schemas";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

describeEachDatabase("trade API on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());
  // every test points the handlers at this suite's database (files run in parallel workers)
  const get = async (url: string, init?: RequestInit) => {
    pointRoutesAt(t.db);
    return callRoute(getTrade, url, init);
  };
  const json = async (url: string) => (await (await get(url)).json()) as TradeResponse;

  describe("GET /api/v1/trade", () => {
    it("returns China's customs and Kazakhstan's own figure for 2024/2023 side by side", async () => {
      const body = await json("/api/v1/trade?partner=KAZ&reporter=CHN~KAZ&flow=turnover&from=2023&to=2024");
      const chn2024 = body.data.find((r) => r.reporter === "CHN" && r.year === 2024);
      expect(chn2024?.valueUsd).toBe(43.82e9);
      const kaz2023 = body.data.find((r) => r.reporter === "KAZ" && r.year === 2023 && r.sourceId === "kaz-bns-foreign-trade");
      expect(Math.round(kaz2023!.valueUsd / 1000)).toBe(30_055_390);
      expect(body.meta.count).toBe(body.data.length);
      expect(body.meta.filters).toMatchObject({
        partner: ["KAZ"],
        reporter: ["CHN", "KAZ"],
        flow: ["turnover"],
        from: 2023,
        to: 2024,
        period: "full",
      });
    });

    it("lists exactly the sources the rows point to", async () => {
      const body = await json("/api/v1/trade?partner=KGZ~UZB&from=2020");
      const referenced = new Set(body.data.map((r) => r.sourceId));
      expect(new Set(body.sources.map((s) => s.id))).toEqual(referenced);
      for (const s of body.sources) expect(s.url).toMatch(/^https?:\/\//);
    });

    it("orders rows by partner, year, reporter, flow", async () => {
      const body = await json("/api/v1/trade?from=2018&to=2024");
      const keys = body.data.map((r) => [r.partner, String(r.year), r.reporter, r.flow].join("|"));
      expect(keys).toEqual([...keys].sort());
    });

    it("defaults to the five countries and full years; part-years only when asked", async () => {
      const all = await json("/api/v1/trade");
      expect(new Set(all.data.map((r) => r.partner))).toEqual(new Set(["KAZ", "KGZ", "TJK", "TKM", "UZB"]));
      expect(all.data.every((r) => r.periodKind === "full_year")).toBe(true);
      const parts = await json("/api/v1/trade?period=part");
      expect(parts.data.length).toBeGreaterThan(0);
      expect(parts.data.every((r) => r.periodKind === "part_year")).toBe(true);
      expect(parts.data.map((r) => r.period)).toContain("2023H1");
    });

    it("reporter=partner means each partner's own statistics", async () => {
      const body = await json("/api/v1/trade?reporter=partner");
      expect(body.data.length).toBeGreaterThan(0);
      expect(body.data.every((r) => r.reporter === r.partner)).toBe(true);
    });

    it("serves the region totals under CA5", async () => {
      const body = await json("/api/v1/trade?partner=CA5&reporter=CHN&from=2024&to=2024");
      expect(body.data.map((r) => r.valueUsd)).toContain(94.82e9);
    });

    it("preferred=true keeps one figure per reporter, partner, period and flow; false the rest; together all", async () => {
      const query = "partner=KAZ~KGZ~UZB~CA5&period=all&from=2020";
      const all = await json(`/api/v1/trade?${query}`);
      const yes = await json(`/api/v1/trade?${query}&preferred=true`);
      const no = await json(`/api/v1/trade?${query}&preferred=false`);
      expect(yes.data.every((r) => r.preferred)).toBe(true);
      expect(no.data.every((r) => !r.preferred)).toBe(true);
      expect(yes.data.length + no.data.length).toBe(all.data.length);
      const key = (r: { partner: string; period: string; reporter: string; flow: string }) => [r.partner, r.period, r.reporter, r.flow].join("|");
      expect(new Set(yes.data.map(key)).size).toBe(yes.data.length);
      // every competition of a series reporter has its preferred figure
      expect(new Set(yes.data.map(key))).toEqual(new Set(all.data.filter((r) => r.reporter !== "UNSTATED").map(key)));
      expect(yes.meta.filters).toMatchObject({ preferred: true });
      expect(all.meta.filters).toMatchObject({ preferred: null, synthetic: "exclude" });
      for (const body of [yes, no]) expect(new Set(body.sources.map((s) => s.id))).toEqual(new Set(body.data.map((r) => r.sourceId)));
    });

    it("serves the figures whose side is not stated under UNSTATED, never as preferred", async () => {
      const all = await json("/api/v1/trade?partner=KAZ~KGZ~TJK~TKM~UZB~CA5&period=all");
      const unstated = all.data.filter((r) => r.reporter === "UNSTATED");
      expect(unstated.length).toBeGreaterThan(0);
      expect(unstated.every((r) => !r.preferred)).toBe(true);
      const only = await json("/api/v1/trade?partner=KAZ~KGZ~TJK~TKM~UZB~CA5&period=all&reporter=UNSTATED");
      expect(only.data).toEqual(unstated);
    });

    it("leaves synthetic rows out unless synthetic=include", async () => {
      const real = await t.db.tradeObservation.findFirstOrThrow({
        where: { partnerIso3: "TJK", reporterCode: "CHN", period: "2024", flow: "turnover" },
      });
      const fake = await t.db.tradeObservation.create({
        data: {
          partnerIso3: "TJK",
          year: 1960,
          period: "1960",
          periodKind: "full_year",
          reporterCode: "CHN",
          flow: "turnover",
          valueUsd: 1,
          sourceId: real.sourceId,
          synthetic: true,
        },
      });
      try {
        const byDefault = await json("/api/v1/trade?partner=TJK&from=1960&to=1960");
        expect(byDefault.data).toEqual([]);
        const included = await json("/api/v1/trade?partner=TJK&from=1960&to=1960&synthetic=include");
        expect(included.data).toMatchObject([{ year: 1960, synthetic: true, preferred: true }]);
        const csv = await (await get("/api/v1/trade?partner=TJK&from=1960&to=1960&format=csv")).text();
        expect(parse(csv, { columns: true })).toEqual([]);
      } finally {
        await t.db.tradeObservation.delete({ where: { id: fake.id } });
      }
    });

    it("accepts repeated parameters as a list", async () => {
      const body = await json("/api/v1/trade?partner=KAZ&partner=UZB&from=2023&to=2023");
      expect(new Set(body.data.map((r) => r.partner))).toEqual(new Set(["KAZ", "UZB"]));
    });
  });

  describe("CSV", () => {
    it("is the same rows as the JSON, with each row's source, parsed back by a real CSV parser", async () => {
      const query = "partner=KAZ~UZB&from=2015&to=2024";
      const body = await json(`/api/v1/trade?${query}`);
      const response = await get(`/api/v1/trade?${query}&format=csv`);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="caravan-trade_KAZ-UZB_2015-2024.csv"');
      const text = await response.text();
      expect(text.split("\r\n")[0]).toMatch(/^year,period,period_kind,partner,/);
      const rows: Record<string, string>[] = parse(text, { columns: true });
      expect(rows).toHaveLength(body.data.length);
      const sources = new Map(body.sources.map((s) => [s.id, s]));
      rows.forEach((row, i) => {
        const expected = body.data[i]!;
        expect(Number(row.year)).toBe(expected.year);
        expect(row.partner).toBe(expected.partner);
        expect(row.reporter).toBe(expected.reporter);
        expect(row.flow).toBe(expected.flow);
        expect(Number(row.value_usd)).toBe(expected.valueUsd);
        expect(row.source_url).toBe(sources.get(expected.sourceId)!.url);
        expect(row.source_publisher).toBe(sources.get(expected.sourceId)!.publisher);
        expect(row.preferred).toBe(String(expected.preferred));
      });
    });

    it("is chosen by Accept: text/csv too", async () => {
      const response = await get("/api/v1/trade?partner=KGZ", { headers: { accept: "text/csv" } });
      expect(response.headers.get("content-type")).toContain("text/csv");
      const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(5);
      expect(new Set(rows.map((row) => row.partner))).toEqual(new Set(["KGZ"]));
    });
  });

  describe("errors", () => {
    const bad: [string, string][] = [
      ["partner=XYZ", "partner"],
      ["partner=KAZ~", "partner"],
      ["reporter=FOO", "reporter"],
      ["flow=exports", "flow"],
      ["from=2024&to=2020", "from"],
      ["from=20x4", "from"],
      ["to=99999", "to"],
      ["from=1800", "from"],
      ["format=xml", "format"],
      ["period=quarter", "period"],
      ["colour=red", "colour"],
      ["partner=' OR 1=1 --", "partner"],
      ["preferred=yes", "preferred"],
      ["synthetic=only", "synthetic"],
    ];
    it.each(bad)("?%s is a 400 naming %s", async (query, param) => {
      const response = await get(`/api/v1/trade?${query}`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.param).toBe(param);
      expect(body.error.message.length).toBeGreaterThan(10);
    });

    it("an unknown API route is a 404 in the same shape", async () => {
      const response = await callRoute(getUnknown, "/api/v1/nothing-here", { params: { unknown: ["nothing-here"] } });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    });
  });

  describe("caching", () => {
    it("sends an ETag and answers 304 to If-None-Match; HEAD has headers but no body", async () => {
      const first = await get("/api/v1/trade?partner=KAZ");
      const etag = first.headers.get("etag");
      expect(etag).toBeTruthy();
      expect(first.headers.get("cache-control")).toContain("must-revalidate");
      const second = await get("/api/v1/trade?partner=KAZ", { headers: { "if-none-match": etag! } });
      expect(second.status).toBe(304);
      pointRoutesAt(t.db);
      const head = await callRoute(headTrade, "/api/v1/trade?partner=KAZ", { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(head.headers.get("etag")).toBe(etag);
      expect(await head.text()).toBe("");
    });

    it("changes the ETag when the data changes", async () => {
      const before = (await get("/api/v1/trade?partner=TJK")).headers.get("etag");
      await t.db.dataVersion.update({ where: { id: 1 }, data: { version: { increment: 1 } } });
      const after = await get("/api/v1/trade?partner=TJK", { headers: { "if-none-match": before! } });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(before);
    });
  });

  describe("GET /api/v1/trade/mirror", () => {
    it("puts China's figure beside the partner's with the gap", async () => {
      pointRoutesAt(t.db);
      const response = await callRoute(getMirror, "/api/v1/trade/mirror?partner=KAZ&flow=turnover&from=2023&to=2023");
      const body = await response.json();
      const row = body.data.find((r: { year: number }) => r.year === 2023);
      expect(row.chinaValueUsd).toBe(41e9);
      expect(Math.round(row.partnerValueUsd / 1e6)).toBe(30_055); // the BNS dataset wins over press quotes
      expect(row.gapUsd).toBeCloseTo(41e9 - row.partnerValueUsd, 0);
      expect(row.gapPct).toBeCloseTo(((41e9 - row.partnerValueUsd) / row.partnerValueUsd) * 100, 0);
      expect(row.chinaSourceId).toBe("press-wenews-2023");
      expect(row.partnerSourceId).toBe("kaz-bns-foreign-trade");
    });

    it("keeps a missing side missing", async () => {
      pointRoutesAt(t.db);
      const body = await (await callRoute(getMirror, "/api/v1/trade/mirror?partner=TKM")).json();
      expect(body.data.length).toBeGreaterThan(0);
      expect(body.data.every((r: { partnerValueUsd: unknown; gapUsd: unknown }) => r.partnerValueUsd === null && r.gapUsd === null)).toBe(true);
    });

    it("refuses a reporter parameter", async () => {
      pointRoutesAt(t.db);
      const response = await callRoute(getMirror, "/api/v1/trade/mirror?reporter=CHN");
      expect(response.status).toBe(400);
      expect((await response.json()).error.param).toBe("reporter");
    });

    it("serves CSV", async () => {
      pointRoutesAt(t.db);
      const text = await (await callRoute(getMirror, "/api/v1/trade/mirror?partner=KAZ&format=csv")).text();
      const rows: Record<string, string>[] = parse(text, { columns: true });
      expect(rows.length).toBeGreaterThan(0);
      expect(Object.keys(rows[0]!)).toContain("gap_pct");
    });
  });

  describe("countries, sources, OpenAPI", () => {
    it("lists the countries", async () => {
      pointRoutesAt(t.db);
      const body = await (await callRoute(getCountries, "/api/v1/countries")).json();
      expect(body.data.map((c: { iso3: string }) => c.iso3)).toEqual(["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CA5"]);
    });

    it("lists the sources with licences and counts", async () => {
      pointRoutesAt(t.db);
      const body = await (await callRoute(getSources, "/api/v1/sources")).json();
      const bns = body.data.find((s: { id: string }) => s.id === "kaz-bns-foreign-trade");
      expect(bns.licence).toMatch(/statistics/i);
      expect(bns.observationCount).toBeGreaterThan(10);
      const bad = await callRoute(getSources, "/api/v1/sources?x=1");
      expect(bad.status).toBe(400);
    });

    it("documents the trade parameters from the zod schema", async () => {
      const doc = await (await getOpenApi()).json();
      const params = doc.paths["/api/v1/trade"].get.parameters.map((p: { name: string }) => p.name);
      expect(params).toEqual(["partner", "reporter", "flow", "commodity", "from", "to", "period", "preferred", "synthetic", "format"]);
      const mirrorParams = doc.paths["/api/v1/trade/mirror"].get.parameters.map((p: { name: string }) => p.name);
      expect(mirrorParams).not.toContain("reporter");
      expect(mirrorParams).not.toContain("preferred"); // the mirror always uses each side's preferred figure
    });
  });
});
