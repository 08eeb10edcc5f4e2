// The stored figures say what the published pages say, each under the side
// that published it. Expected values are the pages' own numbers (read from
// the shipped file or written from its quotes), never copied from the seed's
// output.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { GET as getMirror } from "@/app/api/v1/trade/mirror/route";
import { GET as getCoverage } from "@/app/api/v1/coverage/route";
import { GET as getSources } from "@/app/api/v1/sources/route";
import { isSeriesReporter, REPORTER_SHORT_LABELS, REPORTERS } from "@/lib/core/reference/codes";
import type { SourceRef } from "@/lib/core/sources";
import { seedDatabase } from "@/lib/seed/seed";
import type { CoverageResponse } from "@/lib/trade/coverage";
import { partYearEndMonth } from "@/lib/trade/freshness";
import { outranks } from "@/lib/trade/preferred";
import { quoteOfNote } from "@/lib/trade/published-note";
import { findTrade, iterateTrade } from "@/lib/trade/queries";
import { PARTNER_CODES, type TradeFilters, type TradeResponse, type TradeRow } from "@/lib/trade/schemas";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

const FILE = path.resolve("prisma/data/trade/published_figures_2015_2025.csv");
const FIGURES: Record<string, string>[] = parse(fs.readFileSync(FILE), { columns: true, bom: true });

const PARTNER: Record<string, string> = {
  Kazakhstan: "KAZ",
  Kyrgyzstan: "KGZ",
  Tajikistan: "TJK",
  Turkmenistan: "TKM",
  Uzbekistan: "UZB",
  "Central Asia (5)": "CA5",
};
/** The file's indicators as seen from China's side (a partner's imports from China are China's exports). */
const FLOW: Record<string, string> = {
  turnover: "turnover",
  china_exports_to_partner: "china_exports",
  partner_imports_from_china: "china_exports",
  china_imports_from_partner: "china_imports",
  partner_exports_to_china: "china_imports",
};
const PARTNER_STATISTICS = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
const usdRows = FIGURES.filter((f) => !f.indicator!.endsWith("_cny_bn_NOT_USD"));
const yuanRows = FIGURES.filter((f) => f.indicator!.endsWith("_cny_bn_NOT_USD"));

/** Every period, every partner (CA5 too), every goods total: the whole shipped data. */
const EVERYTHING: TradeFilters = {
  partner: [...PARTNER_CODES],
  reporter: null,
  flow: ["turnover", "china_exports", "china_imports"],
  from: null,
  to: null,
  period: "all",
};

describe("the published figures file", () => {
  it("holds 107 figures, three of them in yuan", () => {
    expect(FIGURES).toHaveLength(107);
    expect(yuanRows).toHaveLength(3);
    for (const f of usdRows) {
      expect(PARTNER[f.partner_country!], f.partner_country).toBeDefined();
      expect(FLOW[f.indicator!], f.indicator).toBeDefined();
      expect(["china", "partner", "unclear"]).toContain(f.attribution);
      expect(f.quote!.split(/\s+/).length).toBeLessThanOrEqual(25);
    }
  });
});

describeEachDatabase("data truth on %s", (name) => {
  let t: TestDatabase;
  let everything: TradeResponse;
  let sources: Map<string, SourceRef>;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    everything = await findTrade(t.db, EVERYTHING);
    sources = new Map(everything.sources.map((s) => [s.id, s]));
  });
  afterAll(async () => t?.cleanup());

  const api = async (query: string) => {
    pointRoutesAt(t.db);
    const response = await callRoute(getTrade, `/api/v1/trade?${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as TradeResponse;
  };
  const figures = (where: Partial<TradeRow>) => everything.data.filter((r) => Object.entries(where).every(([k, v]) => r[k as keyof TradeRow] === v));
  const values = (where: Partial<TradeRow>) => figures(where).map((r) => r.valueUsd);
  const sourceOf = (url: string) => everything.sources.find((s) => s.url === url);

  /** The reporter a figure of the file belongs to, from its attribution: a region total is no national office's. */
  const reporterOf = (f: Record<string, string>) => {
    const partner = PARTNER[f.partner_country!]!;
    return f.attribution === "china" ? "CHN" : f.attribution === "partner" && partner !== "CA5" ? partner : "UNSTATED";
  };
  /** A page's figures for the same partner, period and flow (one page can give both sides'). */
  const onPage = (f: Record<string, string>) =>
    figures({
      partner: PARTNER[f.partner_country!]!,
      period: f.period,
      flow: FLOW[f.indicator!] as TradeRow["flow"],
      sourceId: sourceOf(f.source_url!)?.id,
    });

  describe("every figure of the file, under its side", () => {
    it("stores each dollar figure once, with the reporter its attribution names", () => {
      for (const f of usdRows) {
        expect(sourceOf(f.source_url!), f.source_url).toBeDefined();
        const value = Math.round(Number(f.value_usd_bn) * 1e9);
        const stored = onPage(f).filter((r) => r.valueUsd === value);
        expect(
          stored.map((r) => r.reporter),
          `${f.period} ${f.partner_country} ${f.indicator} ${f.source_url}`,
        ).toEqual([reporterOf(f)]);
      }
      expect(usdRows.length).toBe(104);
    });

    it("keeps each figure's quote and reporting side in its note", () => {
      for (const f of usdRows) {
        const [row] = onPage(f).filter((r) => r.reporter === reporterOf(f));
        expect(quoteOfNote(row!.note)).toBe(f.quote);
        expect(row!.note).toContain(`Reported as: ${f.reporting_side}`);
      }
    });

    it("files every unclear figure under UNSTATED, which is no series", () => {
      const unclear = usdRows.filter((f) => f.attribution === "unclear");
      expect(unclear).toHaveLength(18);
      for (const f of unclear) {
        const stored = figures({ partner: PARTNER[f.partner_country!]!, period: f.period, sourceId: sourceOf(f.source_url!)!.id });
        expect(stored.length).toBeGreaterThan(0);
        expect(stored.every((r) => r.reporter === "UNSTATED")).toBe(true);
      }
      expect(isSeriesReporter("UNSTATED")).toBe(false);
      expect(REPORTERS.filter((r) => !isSeriesReporter(r.code)).map((r) => r.code)).toEqual(["UNSTATED"]);
      expect(REPORTER_SHORT_LABELS.UNSTATED).toBeTruthy();
    });

    it("never gives a partner's own statistics a figure for all five together", async () => {
      expect(await t.db.tradeObservation.count({ where: { partnerIso3: "CA5", reporterCode: { in: PARTNER_STATISTICS } } })).toBe(0);
      // the Kazakh Deputy PM's "Central Asian side" $32.1bn for 2022
      expect(figures({ partner: "CA5", period: "2022", sourceId: "press-commonspace-2022" }).map((r) => [r.reporter, r.valueUsd])).toEqual([
        ["UNSTATED", 32.1e9],
      ]);
    });

    it("keeps part-years as part-years", () => {
      for (const f of usdRows.filter((x) => !/^\d{4}$/.test(x.period!))) {
        const [row] = figures({ partner: PARTNER[f.partner_country!]!, period: f.period, sourceId: sourceOf(f.source_url!)!.id });
        expect(row?.periodKind, f.period).toBe("part_year");
      }
    });

    it("loads none of the yuan figures, from either file", async () => {
      const yuan = [...yuanRows.map((f) => Number(f.value_usd_bn)), 674.15, 312.04];
      expect(everything.data.filter((r) => yuan.some((v) => Math.abs(r.valueUsd - v * 1e9) < 1e6))).toEqual([]);
      expect(figures({ partner: "CA5", period: "2025M1-5" }).map((r) => r.valueUsd)).toEqual([39.8e9]); // Kazinform's dollar figure
      expect(await t.db.source.count({ where: { url: { contains: "chinesetoday.com" } } })).toBe(0);
    });
  });

  describe("the headline figures", () => {
    it("China's customs: the five together $106.3bn in 2025, and it is the figure the series use", async () => {
      const body = await api("partner=CA5&reporter=CHN&flow=turnover&from=2025&to=2025");
      expect(body.data.map((r) => r.valueUsd)).toEqual([106.3e9, 106.3e9]); // Global Times and World Journal
      expect(body.data.filter((r) => r.preferred).map((r) => r.valueUsd)).toEqual([106.3e9]);
    });

    it("China's customs: each country's 2025 figure", () => {
      const chn2025 = (partner: string) => values({ partner, period: "2025", reporter: "CHN", flow: "turnover" }).sort();
      expect(chn2025("KAZ")).toEqual([48.6e9, 48.7e9]);
      expect(chn2025("KGZ")).toEqual([27.2e9, 27.2e9]);
      expect(chn2025("UZB")).toEqual([16.2e9]);
      expect(chn2025("TKM")).toEqual([10e9]);
      expect(chn2025("TJK")).toEqual([4.3e9]);
      // the precise $48.7bn (GACC via Eurasianet) before the "exceeding $48.6 billion" lower bound
      expect(figures({ partner: "KAZ", period: "2025", reporter: "CHN", flow: "turnover", preferred: true }).map((r) => r.valueUsd)).toEqual([
        48.7e9,
      ]);
    });

    it("Uzbekistan 2025: $17.2bn by its own statistics and $16.2bn by China's, each under its own reporter", async () => {
      const body = await api("partner=UZB&flow=turnover&from=2025&to=2025");
      expect(body.data.map((r) => [r.reporter, r.valueUsd, r.preferred])).toEqual([
        ["CHN", 16.2e9, true],
        ["UZB", 17.2e9, true],
      ]);
    });

    it("Kyrgyzstan 2024, its own side: both $5.5bn and $5.3bn are kept, and the rule prefers exactly one", async () => {
      const body = await api("partner=KGZ&reporter=KGZ&flow=turnover&from=2024&to=2024");
      expect(body.data.map((r) => r.valueUsd).sort()).toEqual([5.3e9, 5.5e9]);
      const ranked = new Map(body.sources.map((s) => [s.id, s]));
      const [a, b] = body.data.map((r) => ({ row: r, rank: { priority: ranked.get(r.sourceId)!.priority, sourceId: r.sourceId } }));
      const winner = outranks(a!.rank, b!.rank) ? a! : b!;
      expect(body.data.filter((r) => r.preferred)).toEqual([winner.row]);
      // the statistics committee's figure (via Trend) outranks the Cabinet's statement (via 24.kg)
      expect(winner.row.valueUsd).toBe(5.5e9);
    });

    it("the mirror view compares the same figures the API marks preferred", async () => {
      pointRoutesAt(t.db);
      const mirror = await (await callRoute(getMirror, "/api/v1/trade/mirror?partner=KGZ~UZB&flow=turnover&from=2024&to=2025")).json();
      for (const m of mirror.data as { partner: string; period: string; chinaSourceId: string | null; partnerSourceId: string | null }[]) {
        const preferredSource = (reporter: string) =>
          figures({ partner: m.partner, period: m.period, reporter, flow: "turnover", preferred: true }).map((r) => r.sourceId)[0] ?? null;
        expect(m.chinaSourceId, `${m.partner} ${m.period}`).toBe(preferredSource("CHN"));
        expect(m.partnerSourceId, `${m.partner} ${m.period}`).toBe(preferredSource(m.partner));
      }
    });
  });

  describe("sources", () => {
    it("ranks every copy below every original, and says it is a copy", async () => {
      pointRoutesAt(t.db);
      const { data } = (await (await callRoute(getSources, "/api/v1/sources")).json()) as { data: SourceRef[] };
      const copies = data.filter((s) => s.kind === "copy");
      const originals = data.filter((s) => s.kind !== "copy");
      expect(copies.length).toBeGreaterThan(10);
      const lowestOriginal = Math.max(...originals.map((s) => s.priority));
      for (const c of copies) {
        expect(c.priority, c.id).toBeGreaterThan(lowestOriginal);
        expect(`${c.title} ${c.methodNote}`, c.id).toMatch(/copy of/i);
      }
      // the file's source_kind = copy is the registry's kind
      for (const f of usdRows) expect(sourceOf(f.source_url!)!.kind, f.source_url).toBe(f.source_kind);
    });

    it("gives each page of the file one source, with its URL, a licence and a kind", () => {
      const urls = [...new Set(usdRows.map((f) => f.source_url!))];
      for (const url of urls) {
        const matching = [...sources.values()].filter((s) => s.url === url);
        expect(matching, url).toHaveLength(1);
        expect(matching[0]).toMatchObject({ licence: "Facts quoted from a public page" });
        expect(matching[0]!.publisher.length).toBeGreaterThan(2);
      }
    });
  });

  describe("preferred", () => {
    it("marks exactly one figure per competition of a series reporter, by the rule, and none of UNSTATED", () => {
      const groups = new Map<string, TradeRow[]>();
      for (const r of everything.data) {
        const key = [r.partner, r.period, r.reporter, r.flow, r.commodity].join("|");
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      for (const [key, rows] of groups) {
        const marked = rows.filter((r) => r.preferred);
        if (!isSeriesReporter(rows[0]!.reporter)) {
          expect(marked, key).toEqual([]);
          continue;
        }
        const rank = (r: TradeRow) => ({ priority: sources.get(r.sourceId)!.priority, sourceId: r.sourceId });
        const best = rows.reduce((a, b) => (outranks(rank(b), rank(a)) ? b : a));
        expect(marked, key).toEqual([best]);
      }
    });

    it("is the same in the CSV's keyset pages, where a competition can straddle two pages", async () => {
      const paged: TradeRow[] = [];
      for await (const { source: _source, ...row } of iterateTrade(t.db, EVERYTHING, 7)) paged.push(row);
      expect(paged).toEqual(everything.data);
      const preferredOnly: TradeRow[] = [];
      for await (const { source: _source, ...row } of iterateTrade(t.db, { ...EVERYTHING, preferred: true }, 7)) preferredOnly.push(row);
      expect(preferredOnly).toEqual(everything.data.filter((r) => r.preferred));
    });
  });

  describe("freshness", () => {
    it("the data reaches 2025, and says so per reporter and when it was loaded", async () => {
      pointRoutesAt(t.db);
      const body = (await (await callRoute(getCoverage, "/api/v1/coverage")).json()) as CoverageResponse;
      const fullYears = everything.data.filter((r) => r.periodKind === "full_year").map((r) => r.year);
      expect(body.meta.years).toEqual({ first: Math.min(...fullYears), last: 2025 });
      expect(body.meta.years!.first).toBe(1992); // COW starts in 1992
      const latest = new Map(body.meta.latest.map((l) => [l.reporter, l]));
      expect(latest.get("CHN")).toMatchObject({ fullYear: 2025, partYear: "2025M1-10" });
      expect(latest.get("UZB")).toMatchObject({ fullYear: 2025, partYear: "2025M1-11" });
      expect(latest.get("KGZ")).toMatchObject({ fullYear: 2024, partYear: "2024M1-11" });
      expect(latest.get("TJK")).toMatchObject({ fullYear: 2024, partYear: "2025H1" });
      expect(latest.get("UNSTATED")).toMatchObject({ fullYear: 2025, partYear: "2024H1" });
      const version = await t.db.dataVersion.findUniqueOrThrow({ where: { id: 1 } });
      expect(body.meta.loadedAt).toBe(version.changedAt.toISOString());
    });

    it("ranks part-years by the month they end in", () => {
      expect(["2025H1", "2025M1-5", "2025M1-10", "2025Q3", "2024H2"].map(partYearEndMonth)).toEqual([6, 5, 10, 9, 12]);
      expect(partYearEndMonth("2025")).toBe(0);
    });
  });
});
