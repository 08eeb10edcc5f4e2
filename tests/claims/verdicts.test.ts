import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "@/lib/claims/assertion";
import { combine, computeVerdicts, type Evidence } from "@/lib/claims/verdicts";
import type { ProjectRow } from "@/lib/projects/schemas";
import type { TradeRow } from "@/lib/trade/schemas";
import { type SourceRef } from "@/lib/core/sources";

const SOURCES: SourceRef[] = [
  { id: "gacc", publisher: "GACC", title: "t", url: "https://example.org/gacc", licence: "l", methodNote: null, priority: 40 },
  { id: "press", publisher: "Press", title: "t", url: "https://example.org/press", licence: "l", methodNote: null, priority: 45 },
  { id: "kazstat", publisher: "KazStat", title: "t", url: "https://example.org/kaz", licence: "l", methodNote: null, priority: 10 },
];

function row(partner: string, reporter: string, year: number, bn: number, sourceId = "gacc"): TradeRow {
  return {
    year,
    period: String(year),
    periodKind: "full_year",
    partner,
    reporter,
    flow: "turnover",
    valueUsd: bn * 1e9,
    sourceId,
    derivation: null,
    note: null,
    revised: false,
  };
}

const evidence = (trade: TradeRow[], projects: ProjectRow[] = []): Evidence => ({ trade, sources: SOURCES, projects });

const claim = (assertion: ClaimRecord["assertion"]): ClaimRecord => ({ id: "c", quote: "a quote", location: "here", theme: "trade", assertion });

const RECORD_95 = claim({
  metric: "turnover",
  partners: ["CA5"],
  years: { from: 2024, to: 2024 },
  comparators: ["approximately", "record_high"],
  threshold: 95e9,
  tolerancePct: 1,
});
const KAZ_OVER_30 = claim({
  metric: "turnover",
  partners: ["KAZ"],
  years: { from: 2024, to: 2024 },
  comparators: ["more_than"],
  threshold: 30e9,
  tolerancePct: 2,
});
const KAZ_GROWING = claim({ metric: "turnover", partners: ["KAZ"], years: { from: 2020, to: 2024 }, comparators: ["growing"] });
const KAZ_LARGEST = claim({
  metric: "turnover",
  partners: ["KAZ"],
  years: { from: 2024, to: 2024 },
  comparators: ["largest_partner"],
  among: ["KAZ", "KGZ", "TJK", "TKM", "UZB"],
});
const FORECAST = claim({ metric: "turnover", partners: ["CA5"], years: { from: 2024, to: 2024 }, comparators: ["forecast_growth"] });

const byReporter = (c: ClaimRecord, e: Evidence) => Object.fromEntries(computeVerdicts(c, e).map((v) => [v.reporter, v]));

describe("combine", () => {
  it("needs every check to pass for supported, and any known check for a verdict", () => {
    expect(combine(["pass", "pass"])).toBe("supported");
    expect(combine(["pass", "fail"])).toBe("partly supported");
    expect(combine(["fail", "unknown"])).toBe("contradicted");
    expect(combine(["unknown"])).toBe("not checkable with this data");
  });
});

describe("trade claims", () => {
  describe("a record $95bn in 2024", () => {
    const base = [row("CA5", "CHN", 2022, 70.2), row("CA5", "CHN", 2023, 89.4)];
    it("is supported by a published total near $95bn that beats every earlier year, with the numbers in the sentence", () => {
      const v = byReporter(RECORD_95, evidence([...base, row("CA5", "CHN", 2024, 94.82)])).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.value).toBe(94.82e9);
      expect(v.explanation).toContain("$94.82bn in 2024");
      expect(v.explanation).toContain("the highest year recorded here");
      expect(v.explanation).toMatch(/— supported\.$/);
      expect(v.sourceIds).toEqual(["gacc"]);
    });
    it("flips to partly supported when an earlier year was higher", () => {
      const v = byReporter(RECORD_95, evidence([...base, row("CA5", "CHN", 2021, 99), row("CA5", "CHN", 2024, 94.82)])).CHN!;
      expect(v.verdict).toBe("partly supported");
      expect(v.explanation).toContain("not a record: $99.00bn in 2021 was higher");
    });
    it("flips to contradicted when the figure is far off and not a record", () => {
      const v = byReporter(RECORD_95, evidence([...base, row("CA5", "CHN", 2024, 66.2)])).CHN!;
      expect(v.verdict).toBe("contradicted");
      expect(v.explanation).toContain("30% below the $95bn claimed");
    });
    it("adds up all five countries of one reporter when no total is published, and never mixes reporters", () => {
      const five = (reporter: string, year: number, bn: number) => ["KAZ", "KGZ", "TJK", "TKM", "UZB"].map((p) => row(p, reporter, year, bn / 5));
      const verdicts = byReporter(RECORD_95, evidence([...five("CHN", 2023, 80), ...five("CHN", 2024, 95), row("KAZ", "KAZ", 2024, 200, "kazstat")]));
      expect(verdicts.CHN!.verdict).toBe("supported");
      expect(verdicts.CHN!.value).toBeCloseTo(95e9, 0);
      expect(verdicts.KAZ).toBeUndefined(); // one country's own figure is no total for all five
    });
    it("is not checkable for a reporter without a 2024 figure, and says what it has", () => {
      const v = byReporter(RECORD_95, evidence([row("CA5", "COW", 2014, 47.59)])).COW!;
      expect(v.verdict).toBe("not checkable with this data");
      expect(v.explanation).toContain("latest $47.59bn in 2014");
    });
  });

  describe("Kazakhstan exceeded $30bn in 2024", () => {
    it("is judged per reporter: China's customs and Kazakhstan's own figure separately", () => {
      const v = byReporter(KAZ_OVER_30, evidence([row("KAZ", "CHN", 2024, 43.82), row("KAZ", "KAZ", 2024, 29.9, "kazstat")]));
      expect(v.CHN!.verdict).toBe("supported");
      expect(v.KAZ!.verdict).toBe("partly supported"); // just under: within the 2% tolerance
      expect(v.KAZ!.explanation).toContain("just under");
    });
    it("flips to contradicted well below the threshold and to supported above it", () => {
      expect(byReporter(KAZ_OVER_30, evidence([row("KAZ", "KAZ", 2024, 25, "kazstat")])).KAZ!.verdict).toBe("contradicted");
      expect(byReporter(KAZ_OVER_30, evidence([row("KAZ", "KAZ", 2024, 30.06, "kazstat")])).KAZ!.verdict).toBe("supported");
    });
    it("prefers the most authoritative source of one reporter", () => {
      const v = byReporter(KAZ_OVER_30, evidence([row("KAZ", "KAZ", 2024, 31, "press"), row("KAZ", "KAZ", 2024, 29.5, "kazstat")])).KAZ!;
      expect(v.value).toBe(29.5e9);
      expect(v.verdict).toBe("partly supported");
    });
  });

  describe("steady growth", () => {
    it("is supported when every year in the window rises", () => {
      const v = byReporter(KAZ_GROWING, evidence([2020, 2021, 2022, 2023].map((y, i) => row("KAZ", "KAZ", y, 15 + i * 5, "kazstat")))).KAZ!;
      expect(v.verdict).toBe("supported");
      expect(v.explanation).toContain("rose every year shown");
    });
    it("flips to partly supported when one year falls, and to contradicted when the end is below the start", () => {
      const dip = [row("KAZ", "KAZ", 2020, 15), row("KAZ", "KAZ", 2021, 14), row("KAZ", "KAZ", 2022, 20)];
      expect(byReporter(KAZ_GROWING, evidence(dip)).KAZ!.verdict).toBe("partly supported");
      const fall = [row("KAZ", "KAZ", 2020, 20), row("KAZ", "KAZ", 2024, 18)];
      expect(byReporter(KAZ_GROWING, evidence(fall)).KAZ!.verdict).toBe("contradicted");
    });
    it("needs two years in the window", () => {
      expect(byReporter(KAZ_GROWING, evidence([row("KAZ", "EDB", 2024, 30.1)])).EDB!.verdict).toBe("not checkable with this data");
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
    it("is supported when Kazakhstan leads all five in one reporter's figures", () => {
      const v = byReporter(KAZ_LARGEST, evidence(chn)).CHN!;
      expect(v.verdict).toBe("supported");
      expect(v.explanation).toContain("ahead of Kyrgyzstan ($22.71bn)");
    });
    it("flips to contradicted when another country is larger", () => {
      const v = byReporter(KAZ_LARGEST, evidence([...chn.filter((r) => r.partner !== "UZB"), row("UZB", "CHN", 2024, 50)])).CHN!;
      expect(v.verdict).toBe("contradicted");
      expect(v.explanation).toContain("behind Uzbekistan");
    });
    it("will not rank a partner's own statistics against other partners' own statistics", () => {
      const v = byReporter(KAZ_LARGEST, evidence([row("KAZ", "KAZ", 2024, 30, "kazstat"), row("UZB", "UZB", 2024, 12.4, "kazstat")])).KAZ!;
      expect(v.verdict).toBe("not checkable with this data");
    });
  });

  describe("the forecast", () => {
    it("is not checkable until figures after 2024 exist, and says so", () => {
      const v = byReporter(FORECAST, evidence([row("CA5", "CHN", 2024, 94.82)])).CHN!;
      expect(v.verdict).toBe("not checkable with this data");
      expect(v.explanation).toContain("checkable only against figures for 2025 and later");
    });
    it("becomes checkable when a later year is added: growth supports it, a fall contradicts it", () => {
      expect(byReporter(FORECAST, evidence([row("CA5", "CHN", 2024, 94.82), row("CA5", "CHN", 2025, 100)])).CHN!.verdict).toBe("supported");
      expect(byReporter(FORECAST, evidence([row("CA5", "CHN", 2024, 94.82), row("CA5", "CHN", 2025, 90)])).CHN!.verdict).toBe("contradicted");
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

describe("project-theme claims", () => {
  const SOLAR = claim({
    metric: "projects",
    comparators: ["evidenced"],
    theme: "renewables",
    countries: ["KAZ", "UZB", "KGZ"],
    keywords: ["solar", "wind"],
  });
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

  it("solar and wind in three countries: partly supported while one country has only planned plants, supported once it has an operational one", () => {
    const plants = [
      project({ id: "kz solar" }),
      project({ id: "uz wind", countries: ["UZB"] }),
      project({ id: "kg solar", countries: ["KGZ"], status: "planned" }),
      project({ id: "kg hydro", countries: ["KGZ"] }), // not solar or wind: does not count
    ];
    const before = computeVerdicts(SOLAR, evidence([], plants))[0]!;
    expect(before.verdict).toBe("partly supported");
    expect(before.explanation).toContain("Kyrgyzstan: 1 record (1 planned; 0 operational with a Chinese party)");
    expect(before.projectIds).not.toContain("kg hydro");
    const after = computeVerdicts(SOLAR, evidence([], [...plants, project({ id: "kg wind", countries: ["KGZ"] })]))[0]!;
    expect(after.verdict).toBe("supported");
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

  it("the Astana Digital Innovation Center: only a differently named centre is weak evidence; a record under that name supports it", () => {
    const alem = project({ id: "alem", name: "Alem.AI international AI centre, Astana", themes: ["digital"], sector: "digital" });
    const weak = computeVerdicts(CENTER, evidence([], [alem]))[0]!;
    expect(weak.verdict).toBe("partly supported");
    expect(weak.explanation).toContain("nothing named “Digital Innovation Center” was found");
    expect(weak.explanation).toContain("weak evidence");
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
    const withParty = { ...corridor, chineseParties: "China Eximbank" };
    expect(computeVerdicts(CORRIDOR, evidence([], [withParty]))[0]!.verdict).toBe("supported");
  });

  it("judges each record source on its own: AEI deals (no names) do not answer a claim about a named project", () => {
    const aei = project({ id: "aei", kind: "aei_deal", name: null, themes: ["transport-corridor"], status: "unknown" });
    const verdicts = computeVerdicts(CORRIDOR, evidence([], [aei]));
    expect(verdicts.map((v) => v.reporter)).toEqual(["named"]);
    expect(verdicts[0]!.verdict).toBe("not checkable with this data");
  });
});
