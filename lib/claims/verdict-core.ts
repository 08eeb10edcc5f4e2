// What every verdict is made of, shared by the trade, project and reference
// verdicts (kept apart from verdicts.ts, which dispatches to them, so that
// none of them imports the dispatcher). Pure and browser-safe.
import type { Flow } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import type { ProjectRow } from "../projects/schemas";
import type { TradeRow } from "../trade/schemas";

export const VERDICTS = [
  "supported",
  "partly supported",
  "contradicted",
  "not checkable with this data",
  // a named thing looked for and absent: not evidence that it does not exist, and not "partly" through something else
  "not found in the data",
  // a reporter the claim does not cite: its figure is shown beside the cited side's verdict, never counted against the claim
  "other side's figure",
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Each verdict's key under `label` in messages/<locale>/verdicts.json: its words in the reader's language. */
export const VERDICT_KEYS = {
  supported: "supported",
  "partly supported": "partlySupported",
  contradicted: "contradicted",
  "not checkable with this data": "notCheckable",
  "not found in the data": "notFound",
  "other side's figure": "otherSide",
} as const satisfies Record<Verdict, string>;

/** One figure a verdict was judged on, so that it can be defended line by line. */
export interface VerdictFigure {
  /** a trade flow seen from China's side, or "gdp" */
  measure: Flow | "gdp";
  /** who published it (CHN, KAZ, EDB, COW, IMF-WEO…) */
  reporter: string;
  /** the country it is about, or CA5 for all five together */
  partner: string;
  /** "2024", "2023H1", "2024M1-11" */
  period: string;
  valueUsd: number;
  sourceId: string;
}

export interface ClaimVerdict {
  /** a trade reporter (CHN, KAZ, EDB, COW…), a project source (named, aei_deal, pipeline), a reference source, or "none" */
  reporter: string;
  reporterName: string;
  year: number | null;
  /** the period judged: "2024", "2024H1", "2020-2024"; null when none */
  period: string | null;
  /** US dollars for trade and GDP claims, a number of records for project claims */
  value: number | null;
  unit: "usd" | "records";
  verdict: Verdict;
  /** "judged": this reporter's figures decide; "other side": shown beside the side the claim cites */
  role: "judged" | "other side";
  /** one sentence with the numbers */
  explanation: string;
  /** the figures the verdict rests on (for project claims: see projectIds) */
  figures: VerdictFigure[];
  sourceIds: string[];
  /** project claims: the records that evidence it */
  projectIds: string[];
}

/** Figures beside the database, shipped in prisma/data/reference/ (see its README). */
export interface ReferenceData {
  /** nominal GDP, current US dollars, per country and year */
  gdp: { country: string; year: number; valueUsd: number; sourceId: string }[];
  /** companies whose "alternative energy" deals here are waste-to-energy plants; `match` is looked for in a record's Chinese parties */
  wasteToEnergyCompanies: { company: string; match: string; sourceId: string }[];
  sources: SourceRef[];
}

export interface Evidence {
  trade: TradeRow[];
  sources: SourceRef[];
  projects: ProjectRow[];
  reference?: ReferenceData;
}

export type Check = "pass" | "near" | "fail" | "unknown";

/** All passes → supported; nothing but fails → contradicted; nothing known → not checkable; else partly. */
export function combine(checks: Check[]): Verdict {
  const known = checks.filter((c) => c !== "unknown");
  if (known.length === 0) return "not checkable with this data";
  if (checks.every((c) => c === "pass")) return "supported";
  if (known.every((c) => c === "fail")) return "contradicted";
  return "partly supported";
}

const REPORTER_ORDER = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "EDB", "COW"];
export const reporterOrder = (code: string) => REPORTER_ORDER.indexOf(code) + 1 || 99;

export const uniqueSourceIds = (figures: { sourceId: string | null }[]) => [
  ...new Set(figures.map((f) => f.sourceId).filter((s): s is string => !!s)),
];

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2013, 2016–2018, 2021–2023": years as runs, so a gap is visible at a glance. */
export function yearsText(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}
