// The verdict engine on hand-made data sets built from the real figures (prisma/data/trade/): China's
// customs for the five together 2022 $70.2bn, 2023 $89.4bn, 2024 $94.82bn, 2025 $106.3bn; Kazakhstan
// 2024 $43.82bn (customs) against $30.1bn (EDB) and $30.06bn (Kazakh statistics, 2023). Each rule has a
// test that fails when the rule breaks.
import { describe, expect, it } from "vitest";
import type { ExtractedAssertion } from "@/lib/checker/extraction-schema";
import type { ClaimRecord } from "@/lib/claims/assertion";
import { impliedPrecision, judgeTradeClaim, type TradeClaim } from "@/lib/claims/trade-verdict";
import { combine, computeVerdicts, tradeClaimOf, type ClaimVerdict, type Evidence, type ReferenceData } from "@/lib/claims/verdicts";
import type { ProjectRow } from "@/lib/projects/schemas";
import type { TradeRow } from "@/lib/trade/schemas";
import { type SourceRef } from "@/lib/core/sources";

const SOURCES: SourceRef[] = [
  { id: "gacc", publisher: "GACC", title: "t", url: "https://example.org/gacc", licence: "l", methodNote: null, priority: 40 },
  { id: "press", publisher: "Press", title: "t", url: "https://example.org/press", licence: "l", methodNote: null, priority: 45 },
  { id: "kazstat", publisher: "KazStat", title: "t", url: "https://example.org/kaz", licence: "l", methodNote: null, priority: 10 },
  { id: "edb", publisher: "EDB", title: "t", url: "https://example.org/edb", licence: "l", methodNote: null, priority: 40 },
];

function row(
  partner: string,
  reporter: string,
  period: number | string,
  bn: number,
  sourceId = "gacc",
  flow: TradeRow["flow"] = "turnover",
): TradeRow {
  const label = String(period);
  return {
    year: Number(label.slice(0, 4)),
    period: label,
    periodKind: label.length === 4 ? "full_year" : "part_year",
    partner,
    reporter,
    flow,
    valueUsd: Math.round(bn * 1e9),
    sourceId,
    derivation: null,
    note: null,
    revised: false,
  };
}

const evidence = (trade: TradeRow[], projects: ProjectRow[] = [], reference?: ReferenceData): Evidence => ({
  trade,
  sources: SOURCES,
  projects,
  reference,
});

const claim = (assertion: ClaimRecord["assertion"]): ClaimRecord => ({ id: "c", quote: "a quote", location: "here", theme: "trade", assertion });

/** A claim as the text checker hands it over: only what the text says is set. */
const textClaim = (over: Partial<TradeClaim>): TradeClaim => ({
  partners: ["CA5"],
  period: "2024",
  flow: "turnover",
  value: null,
  currency: "USD",
  comparator: "approximately",
  precision: null,
  hedge: null,
  record: false,
  growthPct: null,
  growthMultiple: null,
  sharePct: null,
  attribution: null,
  ...over,
});

const byReporter = (verdicts: ClaimVerdict[]) => Object.fromEntries(verdicts.map((v) => [v.reporter, v]));
const catalogue = (c: ClaimRecord, e: Evidence) => byReporter(computeVerdicts(c, e));
const judge = (c: TradeClaim, trade: TradeRow[]) => byReporter(judgeTradeClaim(c, { trade, sources: SOURCES }));

/** China's customs, the five together: the real figures. */
const CHN_CA5 = [row("CA5", "CHN", 2022, 70.2), row("CA5", "CHN", 2023, 89.4), row("CA5", "CHN", 2024, 94.82)];
const CHN_2025 = row("CA5", "CHN", 2025, 106.3);
const EDB_2024 = row("CA5", "EDB", 2024, 66.2, "edb");

const RECORD_95 = claim({
  metric: "turnover",
  partners: ["CA5"],
  years: { from: 2024, to: 2024 },
  comparators: ["approximately", "record_high"],
  threshold: 95e9,
  precision: 1e9,
  attribution: "CHN",
  attributionText: "China's Ministry of Commerce",
});
const UNATTRIBUTED_95 = claim({ ...RECORD_95.assertion, attribution: undefined, attributionText: undefined } as ClaimRecord["assertion"]);
const KAZ_OVER_30 = claim({
  metric: "turnover",
  partners: ["KAZ"],
  years: { from: 2024, to: 2024 },
  comparators: ["more_than"],
  threshold: 30e9,
  precision: 1e9,
});
const REGION_GROWING = claim({ metric: "turnover", partners: ["CA5"], years: { from: 2020, to: 2024 }, comparators: ["growing"] });
const KAZ_LARGEST = claim({
  metric: "turnover",
  partners: ["KAZ"],
  years: { from: 2024, to: 2024 },
  comparators: ["largest_partner"],
  among: ["KAZ", "KGZ", "TJK", "TKM", "UZB"],
});
const FORECAST = claim({
  metric: "turnover",
  partners: ["CA5"],
  years: { from: 2024, to: 2024 },
  comparators: ["forecast_growth"],
  attribution: "CHN",
});

describe("combine", () => {
  it("needs every check to pass for supported, and any known check for a verdict", () => {
    expect(combine(["pass", "pass"])).toBe("supported");
    expect(combine(["pass", "fail"])).toBe("partly supported");
    expect(combine(["fail", "unknown"])).toBe("contradicted");
    expect(combine(["unknown"])).toBe("not checkable with this data");
  });
});

describe("impliedPrecision", () => {
  it("reads the rounding unit from how a number is written", () => {
    expect(impliedPrecision(95e9)).toBe(1e9);
    expect(impliedPrecision(94.82e9)).toBe(1e7);
    expect(impliedPrecision(30e9)).toBe(1e9); // never coarser than a tenth: "$30 billion" is not ±$5bn
    expect(impliedPrecision(12)).toBe(1);
    expect(impliedPrecision(44.7)).toBeCloseTo(0.1);
  });
});

describe("the catalogue goes through the same engine as the text checker", () => {
  it("a catalogue assertion and the same claim in the checker's shape get the same verdicts", () => {
    const data = [...CHN_CA5, EDB_2024];
    const viaCatalogue = computeVerdicts(RECORD_95, evidence(data));
    const viaEngine = judgeTradeClaim(
      textClaim({ value: 95e9, precision: 1e9, record: true, attribution: "CHN", attributionText: "China's Ministry of Commerce" }),
      { trade: data, sources: SOURCES },
    );
    expect(viaCatalogue).toEqual(viaEngine);
    expect(tradeClaimOf(REGION_GROWING.assertion as never)).toMatchObject({ comparator: "growing", period: "2020-2024" });
  });
  it("takes the text checker's extracted assertion as it is (a type error here means the two shapes drifted apart)", () => {
    const extracted: ExtractedAssertion = {
      partners: ["CA5"],
      period: "2024",
      flow: "turnover",
      value: 95e9,
      currency: "USD",
      comparator: "record",
      precision: 1e9,
      hedge: null,
      record: true,
      growthPct: null,
      growthMultiple: null,
      sharePct: null,
      range: null,
      attribution: "CHN",
      attributionText: "China's Ministry of Commerce",
      periodResolvedFrom: null,
      inherited: [],
    };
    const v = byReporter(judgeTradeClaim(extracted, { trade: [...CHN_CA5, EDB_2024], sources: SOURCES }));
    expect(v.CHN!.verdict).toBe("supported");
    expect(v.EDB!.verdict).toBe("other side's figure");
  });
});

describe("trade claims", () => {
  describe("a claim that names its source is judged against that side", () => {
    it("China's $94.82bn supports “a record $95 billion”; the EDB's $66.2bn is shown beside it, not counted as contradicting it", () => {
      const v = catalogue(RECORD_95, evidence([...CHN_CA5, EDB_2024]));
      expect(v.CHN!.verdict).toBe("supported");
      expect(v.CHN!.role).toBe("judged");
      expect(v.CHN!.explanation).toContain("$94.82bn in 2024");
      expect(v.CHN!.explanation).toContain("the highest year recorded here");
      expect(v.EDB!.verdict).toBe("other side's figure");
      expect(v.EDB!.role).toBe("other side");
      expect(v.EDB!.explanation).toContain("$66.20bn in 2024");
      expect(v.EDB!.explanation).toContain("not counted");
    });
    it("without an attribution every reporter is judged, and the EDB's $66.2bn contradicts $95bn", () => {
      const v = catalogue(UNATTRIBUTED_95, evidence([...CHN_CA5, EDB_2024]));
      expect(v.EDB!.verdict).toBe("contradicted");
      expect(v.EDB!.explanation).toContain("30% below the $95bn claimed");
    });
    it("the cited side decides: a customs figure of $80bn contradicts the claim whatever the other side reports", () => {
      const v = catalogue(RECORD_95, evidence([row("CA5", "CHN", 2023, 89.4), row("CA5", "CHN", 2024, 80), row("CA5", "EDB", 2024, 95.1, "edb")]));
      expect(v.CHN!.verdict).toBe("contradicted");
      expect(v.EDB!.verdict).toBe("other side's figure");
    });
    it("says when the attribution is loose: the ministry repeats the customs figure", () => {
      const loose = catalogue(RECORD_95, evidence(CHN_CA5)).CHN!;
      expect(loose.explanation).toContain("loose attribution");
      expect(loose.explanation).toContain("China's Ministry of Commerce");
      const exact = judge(textClaim({ value: 95e9, attribution: "CHN", attributionText: "China's General Administration of Customs" }), CHN_CA5).CHN!;
      expect(exact.explanation).not.toContain("loose");
    });
    it("a claim citing China's figures with none in the data says so rather than borrowing another side's", () => {
      const v = judgeTradeClaim(textClaim({ value: 95e9, attribution: "CHN" }), { trade: [EDB_2024], sources: SOURCES });
      expect(v[0]!.reporter).toBe("none");
      expect(v[0]!.verdict).toBe("not checkable with this data");
      expect(v[1]!.verdict).toBe("other side's figure");
    });
  });

  describe("the tolerance follows the claim's precision", () => {
    it("“$95 billion” is met by $95.3bn (within rounding), “$94.82 billion” is not", () => {
      const data = [row("CA5", "CHN", 2024, 95.3)];
      expect(judge(textClaim({ value: 95e9, precision: 1e9 }), data).CHN!.verdict).toBe("supported");
      expect(judge(textClaim({ value: 94.82e9, precision: 1e7 }), data).CHN!.verdict).toBe("contradicted");
    });
    it("“$94.82 billion” is met by a figure written $94.8bn: both roundings are allowed", () => {
      expect(judge(textClaim({ value: 94.82e9, precision: 1e7 }), [row("CA5", "CHN", 2024, 94.8, "press")]).CHN!.verdict).toBe("supported");
    });
    it("a hedge widens the band: “about $95 billion” takes $95.9bn, a bare “$95 billion” only comes close", () => {
      const data = [row("CA5", "CHN", 2024, 95.9)];
      expect(judge(textClaim({ value: 95e9, precision: 1e9, hedge: "about" }), data).CHN!.verdict).toBe("supported");
      const bare = judge(textClaim({ value: 95e9, precision: 1e9 }), data).CHN!;
      expect(bare.verdict).toBe("partly supported");
      expect(bare.explanation).toContain("outside its rounding");
    });
    it("without a precision it is read from the value", () => {
      expect(judge(textClaim({ value: 95e9 }), [row("CA5", "CHN", 2024, 95.3)]).CHN!.verdict).toBe("supported");
    });
  });

  describe("more than / less than", () => {
    it("“exceeded $30 billion”: each reporter on its own figure; just under is partly, well under is contradicted", () => {
      const v = catalogue(
        KAZ_OVER_30,
        evidence([row("KAZ", "CHN", 2024, 43.82), row("KAZ", "EDB", 2024, 30.1, "edb"), row("KAZ", "KAZ", 2024, 29.9, "kazstat")]),
      );
      expect(v.CHN!.verdict).toBe("supported");
      expect(v.EDB!.verdict).toBe("supported");
      expect(v.KAZ!.verdict).toBe("partly supported");
      expect(v.KAZ!.explanation).toContain("just under");
      expect(catalogue(KAZ_OVER_30, evidence([row("KAZ", "KAZ", 2024, 25, "kazstat")])).KAZ!.verdict).toBe("contradicted");
    });
    it("prefers the most authoritative source of one reporter", () => {
      const v = catalogue(KAZ_OVER_30, evidence([row("KAZ", "KAZ", 2024, 31, "press"), row("KAZ", "KAZ", 2024, 29.5, "kazstat")])).KAZ!;
      expect(v.value).toBe(29.5e9);
      expect(v.figures).toEqual([{ measure: "turnover", reporter: "KAZ", partner: "KAZ", period: "2024", valueUsd: 29.5e9, sourceId: "kazstat" }]);
    });
    it("less than: $43.82bn is not “less than $40 billion”", () => {
      const v = judge(textClaim({ partners: ["KAZ"], value: 40e9, precision: 1e9, comparator: "less_than" }), [row("KAZ", "CHN", 2024, 43.82)]).CHN!;
      expect(v.verdict).toBe("contradicted");
      expect(judge(textClaim({ partners: ["KAZ"], value: 50e9, comparator: "less_than" }), [row("KAZ", "CHN", 2024, 43.82)]).CHN!.verdict).toBe(
        "supported",
      );
    });
    it("a reporter without a figure for the year is not checkable, and says what it has", () => {
      const v = catalogue(KAZ_OVER_30, evidence([row("KAZ", "KAZ", 2023, 30.06, "kazstat")])).KAZ!;
      expect(v.verdict).toBe("not checkable with this data");
      expect(v.explanation).toContain("latest $30.06bn in 2023");
    });
  });

  describe("any flow, and part-year periods judged only against the same part of the year", () => {
    it("China's exports to the five in 2025 ($71.2bn)", () => {
      const data = [row("CA5", "CHN", 2025, 71.2, "gacc", "china_exports"), CHN_2025];
      const v = judge(textClaim({ period: "2025", flow: "china_exports", value: 71.2e9 }), data).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.figures.map((f) => f.measure)).toEqual(["china_exports"]);
    });
    it("a first-half claim ($44.32bn in 2024H1) is judged on the H1 figure, not the full year", () => {
      const data = [...CHN_CA5, row("CA5", "CHN", "2024H1", 44.32)];
      const v = judge(textClaim({ period: "2024H1", value: 44.32e9, precision: 1e7 }), data).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.period).toBe("2024H1");
      expect(v.figures).toHaveLength(1);
      expect(v.figures[0]!.period).toBe("2024H1");
    });
    it("with only full-year figures a part-year claim is not checkable", () => {
      const v = judgeTradeClaim(textClaim({ period: "2024H1", value: 44.32e9 }), { trade: CHN_CA5, sources: SOURCES });
      expect(v.map((x) => x.verdict)).toEqual(["not checkable with this data"]);
      expect(v[0]!.explanation).toContain("H1");
    });
    it("growth over ten months compares with the same ten months a year earlier: Kazakhstan $36.5bn → $39.8bn is +9.0%", () => {
      const data = [row("KAZ", "CHN", "2024M1-10", 36.5), row("KAZ", "CHN", "2025M1-10", 39.8), row("KAZ", "CHN", 2024, 43.82)];
      const v = judge(textClaim({ partners: ["KAZ"], period: "2025M1-10", comparator: "growth_pct", growthPct: 9 }), data).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.figures.map((f) => f.period).sort()).toEqual(["2024M1-10", "2025M1-10"]);
    });
  });

  describe("growth", () => {
    it("“up 12%” in 2025 matches $94.82bn → $106.3bn (+12.1%); “up 20%” does not", () => {
      const data = [...CHN_CA5, CHN_2025];
      const v = judge(textClaim({ period: "2025", value: 106.3e9, growthPct: 12 }), data).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.explanation).toContain("up 12.1% on 2024");
      expect(judge(textClaim({ period: "2025", comparator: "growth_pct", growthPct: 20 }), data).CHN!.verdict).toBe("contradicted");
    });
    it("growth needs the previous same period of the same reporter: another reporter's 2024 does not do", () => {
      const v = judge(textClaim({ period: "2025", comparator: "growth_pct", growthPct: 12 }), [CHN_2025, EDB_2024]).CHN!;
      expect(v.verdict).toBe("not checkable with this data");
      expect(v.explanation).toContain("no 2024 figure to compute the change from");
    });
    it("a multiple over a span: $50bn (2021) → $94.82bn (2024) is 1.9 times", () => {
      const data = [row("CA5", "CHN", 2021, 50), ...CHN_CA5];
      expect(judge(textClaim({ period: "2021-2024", comparator: "growth_pct", growthMultiple: 1.9 }), data).CHN!.verdict).toBe("supported");
      expect(judge(textClaim({ period: "2021-2024", comparator: "growth_pct", growthMultiple: 2.8 }), data).CHN!.verdict).toBe("contradicted");
    });
  });

  describe("a record is the highest of that reporter's series so far", () => {
    it("beats every earlier year; a later, higher year does not undo it", () => {
      const v = judge(textClaim({ period: "2023", value: 89.4e9, comparator: "record", record: true }), [...CHN_CA5, CHN_2025]).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.explanation).toContain("previous high $70.20bn in 2022");
    });
    it("flips when an earlier year was higher", () => {
      const v = catalogue(RECORD_95, evidence([...CHN_CA5, row("CA5", "CHN", 2021, 99)])).CHN!;
      expect(v.verdict).toBe("partly supported");
      expect(v.explanation).toContain("not a record: $99.00bn in 2021 was higher");
    });
    it("a far-off figure that is no record is contradicted", () => {
      const v = catalogue(RECORD_95, evidence([row("CA5", "CHN", 2023, 89.4), row("CA5", "CHN", 2024, 66.2)])).CHN!;
      expect(v.verdict).toBe("contradicted");
    });
  });

  describe("shares", () => {
    it("Kazakhstan's 46% of China's trade with the five: $43.82bn of $94.82bn is 46.2%", () => {
      const data = [...CHN_CA5, row("KAZ", "CHN", 2024, 43.82)];
      const v = judge(textClaim({ partners: ["KAZ"], comparator: "share_pct", sharePct: 46 }), data).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.figures.map((f) => f.partner)).toEqual(["KAZ", "CA5"]);
      expect(judge(textClaim({ partners: ["KAZ"], comparator: "share_pct", sharePct: 60 }), data).CHN!.verdict).toBe("contradicted");
    });
  });

  describe("yuan", () => {
    it("a yuan value is not checkable against dollar figures, and the dollar figure is shown, not converted", () => {
      const v = judgeTradeClaim(textClaim({ value: 674.15e9, currency: "CNY" }), { trade: CHN_CA5, sources: SOURCES });
      expect(v).toHaveLength(1);
      expect(v[0]!.verdict).toBe("not checkable with this data");
      expect(v[0]!.explanation).toContain("not checkable in yuan");
      expect(v[0]!.explanation).toContain("$94.82bn for 2024");
    });
    it("is judged when a yuan figure exists", () => {
      const yuan = { ...row("CA5", "CHN", 2024, 674.15), currency: "CNY" } as TradeRow;
      expect(judge(textClaim({ value: 674.15e9, currency: "CNY" }), [...CHN_CA5, yuan]).CHN!.verdict).toBe("supported");
      // …and a yuan figure never stands in for dollars
      expect(judge(textClaim({ value: 674.15e9 }), [yuan]).CHN).toBeUndefined();
    });
  });

  describe("totals for all five", () => {
    it("adds up all five countries of one reporter when no total is published, lists each figure, and never mixes reporters", () => {
      const five = (reporter: string, year: number, bn: number) => ["KAZ", "KGZ", "TJK", "TKM", "UZB"].map((p) => row(p, reporter, year, bn / 5));
      const v = catalogue(RECORD_95, evidence([...five("CHN", 2023, 80), ...five("CHN", 2024, 95), row("KAZ", "KAZ", 2024, 200, "kazstat")]));
      expect(v.CHN!.verdict).toBe("supported");
      expect(v.CHN!.value).toBeCloseTo(95e9, 0);
      expect(v.CHN!.figures.filter((f) => f.period === "2024").map((f) => f.partner)).toEqual(["KAZ", "KGZ", "TJK", "TKM", "UZB"]);
      expect(v.KAZ).toBeUndefined(); // one country's own figure is no total for all five
    });
  });

  describe("figures whose side is not stated (UNSTATED)", () => {
    it("never form a series: no verdict of their own, no gap filled, no record beaten", () => {
      const unstated = [
        row("CA5", "UNSTATED", 2019, 46.4, "press"),
        row("CA5", "UNSTATED", 2021, 120, "press"),
        row("CA5", "UNSTATED", 2024, 95, "press"),
      ];
      const record = catalogue(UNATTRIBUTED_95, evidence([...CHN_CA5, ...unstated]));
      expect(record.UNSTATED).toBeUndefined();
      expect(record.CHN!.verdict).toBe("supported"); // the unstated $120bn in 2021 is no earlier high
      const growing = catalogue(
        REGION_GROWING,
        evidence([...CHN_CA5, row("CA5", "UNSTATED", 2020, 60, "press"), row("CA5", "UNSTATED", 2021, 65, "press")]),
      );
      expect(growing.CHN!.explanation).toContain("no figure for 2020–2021");
      expect(Object.keys(growing)).toEqual(["CHN"]);
    });
  });

  describe("steady growth needs every year of the window", () => {
    it("rising in every year but with 2020 and 2021 missing is partly supported, and says which years it checked", () => {
      const v = catalogue(REGION_GROWING, evidence(CHN_CA5)).CHN!;
      expect(v.verdict).toBe("partly supported");
      expect(v.explanation).toContain("(2022–2024)");
      expect(v.explanation).toContain("no figure for 2020–2021");
    });
    it("with every year of the window rising it is supported", () => {
      const v = catalogue(REGION_GROWING, evidence([row("CA5", "CHN", 2020, 38.9), row("CA5", "CHN", 2021, 50), ...CHN_CA5])).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.explanation).toContain("rose every year shown");
    });
    it("a fall in the window is partly supported, an end below the start contradicted", () => {
      const dip = [2020, 2021, 2022, 2023, 2024].map((y, i) => row("KAZ", "KAZ", y, [15.8, 14, 24.2, 30.06, 31][i]!, "kazstat"));
      const growing = claim({ ...REGION_GROWING.assertion, partners: ["KAZ"] } as ClaimRecord["assertion"]);
      expect(catalogue(growing, evidence(dip)).KAZ!.verdict).toBe("partly supported");
      const fall = [2020, 2021, 2022, 2023, 2024].map((y, i) => row("KAZ", "KAZ", y, [20, 19, 18, 17, 16][i]!, "kazstat"));
      expect(catalogue(growing, evidence(fall)).KAZ!.verdict).toBe("contradicted");
    });
    it("needs two years in the window", () => {
      expect(catalogue(REGION_GROWING, evidence([EDB_2024])).EDB!.verdict).toBe("not checkable with this data");
    });
  });

  describe("a forecast becomes checkable as later years arrive", () => {
    it("is not checkable until figures after 2024 exist, and says so", () => {
      const v = catalogue(FORECAST, evidence(CHN_CA5)).CHN!;
      expect(v.verdict).toBe("not checkable with this data");
      expect(v.explanation).toContain("checkable only against figures for 2025 and later");
    });
    it("2025 $106.3bn above 2024 $94.82bn: holds so far (2025)", () => {
      const v = catalogue(FORECAST, evidence([...CHN_CA5, CHN_2025])).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.explanation).toContain("holds so far (2025)");
      expect(v.figures.map((f) => f.period)).toEqual(["2024", "2025"]);
    });
    it("a fall below 2024 contradicts it; a rise then a dip is partly supported", () => {
      expect(catalogue(FORECAST, evidence([...CHN_CA5, row("CA5", "CHN", 2025, 90)])).CHN!.verdict).toBe("contradicted");
      expect(catalogue(FORECAST, evidence([...CHN_CA5, CHN_2025, row("CA5", "CHN", 2026, 100)])).CHN!.verdict).toBe("partly supported");
    });
  });

  describe("largest partner", () => {
    const chn = [
      row("KAZ", "CHN", 2024, 43.82),
      row("KGZ", "CHN", 2024, 22.71),
      row("UZB", "CHN", 2024, 13.78),
      row("TKM", "CHN", 2024, 10.65),
      row("TJK", "CHN", 2024, 3.86),
    ];
    const edb = [row("KAZ", "EDB", 2024, 30.1, "edb"), row("UZB", "EDB", 2024, 18, "edb"), row("TKM", "EDB", 2024, 10.6, "edb")];
    it("is supported when Kazakhstan leads all five in one reporter's figures", () => {
      const v = catalogue(KAZ_LARGEST, evidence(chn)).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.explanation).toContain("ahead of Kyrgyzstan ($22.71bn)");
      expect(v.figures).toHaveLength(5);
    });
    it("flips to contradicted when another country is larger", () => {
      const v = catalogue(KAZ_LARGEST, evidence([...chn.filter((r) => r.partner !== "UZB"), row("UZB", "CHN", 2024, 50)])).CHN!;
      expect(v.verdict).toBe("contradicted");
      expect(v.explanation).toContain("behind Uzbekistan");
    });
    it("bounds the missing countries with the regional total: $66.2bn less $58.7bn known leaves at most $7.5bn, below Kazakhstan's $30.1bn", () => {
      const v = catalogue(KAZ_LARGEST, evidence([...edb, EDB_2024])).EDB!;
      expect(v.verdict).toBe("supported");
      expect(v.explanation).toContain("at most $7.50bn");
      expect(v.figures.map((f) => f.partner)).toContain("CA5");
    });
    it("settles for partly when no total bounds the missing countries, or the total leaves room for one to be larger", () => {
      expect(catalogue(KAZ_LARGEST, evidence(edb)).EDB!.verdict).toBe("partly supported");
      expect(catalogue(KAZ_LARGEST, evidence([...edb, row("CA5", "EDB", 2024, 100, "edb")])).EDB!.verdict).toBe("partly supported");
    });
    it("will not rank a partner's own statistics against other partners' own statistics", () => {
      const v = catalogue(KAZ_LARGEST, evidence([row("KAZ", "KAZ", 2024, 30, "kazstat"), row("UZB", "UZB", 2024, 12.4, "kazstat")])).KAZ!;
      expect(v.verdict).toBe("not checkable with this data");
    });
  });
});

function project(over: Partial<ProjectRow> & Pick<ProjectRow, "id">): ProjectRow {
  return {
    kind: "named",
    name: over.id,
    label: over.id,
    countries: ["KAZ"],
    sector: "renewables",
    subsector: null,
    status: "operational",
    startYear: 2020,
    completionYear: null,
    plannedCompletionYear: null,
    amountUsd: null,
    amountBasis: null,
    chineseParties: "A Chinese company",
    latitude: null,
    longitude: null,
    coordPrecision: null,
    approximateLocation: false,
    geometryWkt: null,
    themes: ["renewables"],
    note: null,
    sourceId: "page",
    otherSourceUrls: [],
    ...over,
  };
}

const REFERENCE: ReferenceData = {
  // nominal GDP 2021, IMF WEO October 2024 (prisma/data/reference/gdp_current_usd_centralasia.csv)
  gdp: [
    { country: "KAZ", year: 2021, valueUsd: 197.112e9, sourceId: "imf" },
    { country: "UZB", year: 2021, valueUsd: 77.34e9, sourceId: "imf" },
    { country: "TKM", year: 2021, valueUsd: 60.934e9, sourceId: "imf" },
    { country: "KGZ", year: 2021, valueUsd: 9.256e9, sourceId: "imf" },
    { country: "TJK", year: 2021, valueUsd: 8.934e9, sourceId: "imf" },
  ],
  wasteToEnergyCompanies: [{ company: "Hunan Junxin Environmental Protection", match: "Junxin", sourceId: "timesca" }],
  sources: [],
};

describe("project-theme claims", () => {
  const SOLAR = claim({
    metric: "projects",
    comparators: ["evidenced"],
    theme: "renewables",
    countries: ["KAZ", "UZB", "KGZ"],
    technologies: ["solar", "wind"],
  });
  const RENEWABLES = claim({ metric: "projects", comparators: ["evidenced"], theme: "renewables", countries: ["KGZ"] });
  const PORTS = claim({ metric: "projects", comparators: ["evidenced"], theme: "caspian-ports" });
  const CENTER = claim({
    metric: "projects",
    comparators: ["evidenced"],
    theme: "digital",
    countries: ["KAZ"],
    nameIncludes: "Digital Innovation Center",
    place: "Astana",
  });
  const CORRIDOR = claim({
    metric: "projects",
    comparators: ["evidenced"],
    theme: "transport-corridor",
    nameIncludes: "Western Europe-Western China",
  });

  describe("renewables", () => {
    const plants = [
      project({ id: "Zhanatas 100 MW wind farm" }),
      project({ id: "Sherabad 500 MW solar PV plant", countries: ["UZB"] }),
      project({ id: "Issyk-Kul 1,000 MW solar PV park", countries: ["KGZ"], status: "planned" }),
      project({ id: "Kazarman HPP cascade", countries: ["KGZ"] }), // hydro: not what a solar-and-wind claim is about
    ];
    it("a planned plant is not an operating one: partly supported while Kyrgyzstan has only a planned plant, supported once one operates", () => {
      const before = computeVerdicts(SOLAR, evidence([], plants))[0]!;
      expect(before.verdict).toBe("partly supported");
      expect(before.explanation).toContain("Kyrgyzstan: 1 record (1 planned; 0 operational with a Chinese party)");
      expect(before.projectIds).not.toContain("Kazarman HPP cascade");
      const after = computeVerdicts(SOLAR, evidence([], [...plants, project({ id: "Kyrgyz wind farm", countries: ["KGZ"] })]))[0]!;
      expect(after.verdict).toBe("supported");
    });
    it("solar, wind and hydro count for renewables; a waste-to-energy plant does not, by its name or by its builder", () => {
      const wte = project({ id: "Bishkek waste-to-energy plant", countries: ["KGZ"] });
      const junxin = project({
        id: "aei-junxin",
        kind: "aei_deal",
        name: null,
        subsector: "Energy / Alternative",
        status: "unknown",
        chineseParties: "Hunan Junxin Environmental Protection",
        countries: ["KGZ"],
      });
      const onlyWaste = computeVerdicts(RENEWABLES, evidence([], [wte, junxin], REFERENCE));
      expect(onlyWaste.map((v) => v.verdict)).toEqual(["not checkable with this data", "not checkable with this data"]);
      expect(onlyWaste[0]!.explanation).toContain("waste-to-energy");
      expect(onlyWaste[1]!.sourceIds).toContain("timesca");
      expect(computeVerdicts(RENEWABLES, evidence([], [wte, project({ id: "Kambarata HPP", countries: ["KGZ"] })]))[0]!.verdict).toBe("supported");
    });
    it("an AEI “Alternative” deal that names no technology is weak evidence, never more than partly", () => {
      const deal = (country: string) =>
        project({ id: `aei-${country}`, kind: "aei_deal", name: null, subsector: "Energy / Alternative", status: "unknown", countries: [country] });
      const v = computeVerdicts(SOLAR, evidence([], [deal("KAZ"), deal("UZB"), deal("KGZ")]))[0]!;
      expect(v.reporter).toBe("aei_deal");
      expect(v.verdict).toBe("partly supported");
      expect(v.explanation).toContain("without saying which technology");
    });
  });

  it("Caspian ports: planned or under construction is partly supported; no records at all is not checkable", () => {
    const ports = [
      project({ id: "aktau", themes: ["caspian-ports"], status: "under-construction" }),
      project({ id: "kuryk", themes: ["caspian-ports"], status: "planned" }),
    ];
    expect(computeVerdicts(PORTS, evidence([], ports))[0]!.verdict).toBe("partly supported");
    expect(computeVerdicts(PORTS, evidence([], [...ports, project({ id: "done", themes: ["caspian-ports"] })]))[0]!.verdict).toBe("supported");
    const none = computeVerdicts(PORTS, evidence([], []));
    expect(none).toHaveLength(1);
    expect(none[0]!.verdict).toBe("not checkable with this data");
  });

  it("the Astana Digital Innovation Center: a differently named centre opened later is “not found in the data”, not partly supported", () => {
    const alem = project({
      id: "alem",
      name: "Alem.AI international AI centre, Astana",
      themes: ["digital"],
      sector: "digital",
      completionYear: 2025,
    });
    const missing = computeVerdicts(CENTER, evidence([], [alem]))[0]!;
    expect(missing.verdict).toBe("not found in the data");
    expect(missing.explanation).toContain("nothing named “Digital Innovation Center”");
    expect(missing.explanation).toContain("Alem.AI");
    expect(missing.explanation).toContain("not counted");
    expect(missing.projectIds).toEqual([]);
    const named = project({ id: "dic", name: "Digital Innovation Center, Astana", themes: ["digital"], sector: "digital" });
    expect(computeVerdicts(CENTER, evidence([], [alem, named]))[0]!.verdict).toBe("supported");
  });

  it("a named project with no Chinese party named is only partly supported", () => {
    const corridor = project({
      id: "wewc",
      name: "Western Europe-Western China corridor (Kazakh section)",
      themes: ["transport-corridor"],
      chineseParties: null,
    });
    const v = computeVerdicts(CORRIDOR, evidence([], [corridor]))[0]!;
    expect(v.verdict).toBe("partly supported");
    expect(v.explanation).toContain("no source read names a Chinese financier or contractor");
    expect(computeVerdicts(CORRIDOR, evidence([], [{ ...corridor, chineseParties: "China Eximbank" }]))[0]!.verdict).toBe("supported");
  });

  it("judges each record source on its own: AEI deals (no names) do not answer a claim about a named project", () => {
    const aei = project({ id: "aei", kind: "aei_deal", name: null, themes: ["transport-corridor"], status: "unknown" });
    const verdicts = computeVerdicts(CORRIDOR, evidence([], [aei]));
    expect(verdicts.map((v) => v.reporter)).toEqual(["named"]);
    expect(verdicts[0]!.verdict).toBe("not checkable with this data");
  });
});

describe("claims judged on reference figures", () => {
  const LARGEST_ECONOMY = claim({ metric: "gdp", partners: ["KAZ"], comparators: ["largest_economy"] });
  it("Kazakhstan's $197.1bn GDP leads the five, and the verdict says the figures are 2021's", () => {
    const v = computeVerdicts(LARGEST_ECONOMY, evidence([], [], REFERENCE))[0]!;
    expect(v.verdict).toBe("supported");
    expect(v.year).toBe(2021);
    expect(v.explanation).toContain("in 2021");
    expect(v.explanation).toContain("ahead of Uzbekistan $77.34bn");
    expect(v.figures).toHaveLength(5);
    expect(v.sourceIds).toEqual(["imf"]);
  });
  it("is contradicted when another country's GDP is larger, and not checkable without figures for all of them", () => {
    const bigger = { ...REFERENCE, gdp: REFERENCE.gdp.map((g) => (g.country === "UZB" ? { ...g, valueUsd: 250e9 } : g)) };
    expect(computeVerdicts(LARGEST_ECONOMY, evidence([], [], bigger))[0]!.verdict).toBe("contradicted");
    const partial = { ...REFERENCE, gdp: REFERENCE.gdp.filter((g) => g.country !== "TKM") };
    expect(computeVerdicts(LARGEST_ECONOMY, evidence([], [], partial))[0]!.verdict).toBe("not checkable with this data");
    expect(computeVerdicts(LARGEST_ECONOMY, evidence([]))[0]!.verdict).toBe("not checkable with this data");
  });
  it("a summit is not checkable with trade and project data, and says why", () => {
    const v = computeVerdicts(
      claim({ metric: "event", comparators: ["held"], event: "China – Central Asia Summit", year: 2025 }),
      evidence(CHN_CA5),
    )[0]!;
    expect(v.verdict).toBe("not checkable with this data");
    expect(v.explanation).toContain("not a record of summits");
  });
});
