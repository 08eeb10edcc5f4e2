// The trade verdict: one claim about China's trade with Central Asia, judged
// against each reporter's own figures. The claim's shape is the text
// checker's (lib/checker/extraction-schema.ts) plus what the catalogue needs
// (a trend over years, a forecast, "largest partner"); the catalogue's
// assertions are mapped onto it in verdicts.ts, so both go through this one
// function. Pure and browser-safe.
import { formatUsdBn } from "../core/format";
import { CENTRAL_ASIA, COUNTRY_NAMES, reporterLabel, type Flow, type PartnerCode, type PartnerIso3 } from "../core/reference/codes";
import type { ClaimVerdict, Check, Evidence, Verdict, VerdictFigure } from "./verdict-core";
import { combine, reporterOrder, uniqueSourceIds, yearsText } from "./verdict-core";
import { claimSeries, isRegion, parseClaimPeriod, type ClaimPeriod, type SeriesPoint } from "./trade-series";

/** The checker's comparators, then the catalogue's: a rise over the years, a forecast of further rises, a ranking. */
export const TRADE_CLAIM_COMPARATORS = [
  "approximately",
  "more_than",
  "less_than",
  "record",
  "growth_pct",
  "share_pct",
  "growing",
  "continues_to_grow",
  "largest_partner",
] as const;
export type TradeClaimComparator = (typeof TRADE_CLAIM_COMPARATORS)[number];

export interface TradeClaim {
  /** ["CA5"] = China with the five together; several countries = their sum */
  partners: readonly PartnerCode[];
  /** "2024", "2023H1", "2024M1-11", or a span "2020-2024" (growing; growth since a year); null when the text gives none */
  period: string | null;
  flow: Flow;
  /** full units of `currency` */
  value: number | null;
  currency: "USD" | "CNY" | null;
  comparator: TradeClaimComparator;
  /** the rounding unit the writing implies: "$95 billion" → 1e9, "$94.82 billion" → 1e7; null: read from the value */
  precision: number | null;
  /** "nearly", "about", "почти"…: widens the rounding band */
  hedge: string | null;
  record: boolean;
  growthPct: number | null;
  growthMultiple: number | null;
  sharePct: number | null;
  /** whose statistics the text cites: that side is judged, the others are shown beside it */
  attribution: "CHN" | "partner" | null;
  /** the cited body as written ("China's Ministry of Commerce"), to tell a loose attribution */
  attributionText?: string | null;
  /** catalogue override of the rounding band, in percent of the value */
  tolerancePct?: number | null;
  /** largest_partner: the countries ranked (default: all five) */
  among?: readonly PartnerIso3[] | null;
}

export type TradeEvidence = Pick<Evidence, "trade" | "sources">;
/** What judgeTradeClaim returns: one verdict per reporter. */
export type ReporterVerdict = ClaimVerdict;

// ---------------------------------------------------------------- numbers

/** The rounding unit a number is written to (94.82e9 → 1e7, 95e9 → 1e9, 12 → 1, 44.7 → 0.1), never coarser than a tenth of it. */
export function impliedPrecision(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return 1;
  let unit = 10 ** Math.floor(Math.log10(abs / 10));
  for (let i = 0; i < 12; i++, unit /= 10) {
    const n = abs / unit;
    if (Math.abs(n - Math.round(n)) < 1e-6 * Math.max(1, n)) return unit;
  }
  return unit;
}

const halfUnit = (value: number) => impliedPrecision(value) / 2;
/** How far a point may be off by rounding alone: a sum carries the rounding of each of its parts (its own digits could look coarse by chance). */
const roundingOf = (p: SeriesPoint) => p.figures.reduce((sum, f) => sum + halfUnit(f.valueUsd), 0);
const pct = (value: number, of: number) => ((value - of) / of) * 100;
const fmtPct = (p: number) => `${Math.abs(p) < 10 ? Math.abs(p).toFixed(1) : Math.round(Math.abs(p))}%`;
const fmtSignedPct = (p: number) => `${p < 0 ? "down" : "up"} ${Math.abs(p).toFixed(1)}%`;

/** A claimed amount as written: as many decimals (in billions) as its rounding unit. */
function fmtClaimed(value: number, unit: number, currency: "USD" | "CNY"): string {
  const digits = Math.max(0, Math.min(3, Math.round(9 - Math.log10(unit))));
  const text = formatUsdBn(value, digits);
  return currency === "CNY" ? text.replace("$", "¥") : text;
}

function flowPhrase(flow: Flow, partners: string): string {
  if (flow === "china_exports") return `China's exports to ${partners}`;
  if (flow === "china_imports") return `China's imports from ${partners}`;
  return `trade with ${partners}`;
}

function partnerPhrase(partners: readonly string[]): string {
  return isRegion(partners) ? "all five countries" : partners.map((p) => COUNTRY_NAMES[p] ?? p).join(" and ");
}

/** "year" for full years, else the part ("H1", "M1-11") as figures are labelled. */
const partWord = (part: string) => (part === "" ? "year" : part);

// ---------------------------------------------------------------- the verdict of one reporter

interface Judgement {
  verdict: Verdict;
  /** the sentence after the reporter's name, without the closing verdict */
  body: string;
  figures: VerdictFigure[];
  year: number | null;
  period: string | null;
  value: number | null;
}

const judgement = (checks: Check[], body: string, used: SeriesPoint[], at: SeriesPoint | null, period: string): Judgement => ({
  verdict: combine(checks),
  body,
  figures: used.flatMap((p) => p.figures),
  year: at?.year ?? null,
  period: at?.period ?? period,
  value: at?.valueUsd ?? null,
});

const notCheckable = (body: string, period: string | null, used: SeriesPoint[] = []): Judgement => ({
  verdict: "not checkable with this data",
  body,
  figures: used.flatMap((p) => p.figures),
  year: used[used.length - 1]?.year ?? null,
  period,
  value: used[used.length - 1]?.valueUsd ?? null,
});

function coverage(list: SeriesPoint[]): string {
  return yearsText(list.map((p) => p.year));
}

function pathText(path: SeriesPoint[]): string {
  return path.map((p) => `${formatUsdBn(p.valueUsd)} (${p.period})`).join(" → ");
}

function growthCheck(path: SeriesPoint[]): Check {
  const everyStep = path.every((p, i) => i === 0 || p.valueUsd > path[i - 1]!.valueUsd);
  if (everyStep) return "pass";
  return path[path.length - 1]!.valueUsd > path[0]!.valueUsd ? "near" : "fail";
}

const fallsIn = (path: SeriesPoint[]) => path.filter((p, i) => i > 0 && p.valueUsd <= path[i - 1]!.valueUsd).map((p) => p.period);

/** "Growing" / "steady growth": a rise in every year of the window, and a figure for every year of it. */
function judgeGrowing(from: number, to: number, list: SeriesPoint[]): Judgement {
  const window = list.filter((p) => p.year >= from && p.year <= to);
  const label = `${from}–${to}`;
  if (window.length < 2) {
    const only = window[0];
    return notCheckable(
      `${only ? `only ${only.period} (${formatUsdBn(only.valueUsd)})` : "no figure"} in ${label} (its figures cover ${coverage(list)})`,
      `${from}-${to}`,
      window,
    );
  }
  const missing: number[] = [];
  for (let y = from; y <= to; y++) if (!window.some((p) => p.year === y)) missing.push(y);
  let check = growthCheck(window);
  let words =
    check === "pass"
      ? missing.length
        ? `rose in every year it could be checked (${yearsText(window.map((p) => p.year))})`
        : "rose every year shown"
      : check === "near"
        ? `up overall, but not steadily (fell or stalled in ${fallsIn(window).join(", ")})`
        : "no growth over the period";
  // a gap could hide a fall: without every year the growth is not "steady" but only as far as it can be seen
  if (missing.length) {
    if (check === "pass") check = "near";
    words += `; no figure for ${yearsText(missing)}, so not every year of ${label} is checked`;
  }
  return judgement([check], `${pathText(window)}: ${words}`, window, window[window.length - 1]!, `${from}-${to}`);
}

/** A forecast of further growth after a base period: checkable once later periods are in the data, and says how far it holds. */
function judgeContinuesToGrow(base: { year: number; period: string; part: string }, list: SeriesPoint[]): Judgement {
  const start = list.find((p) => p.year === base.year);
  const later = list.filter((p) => p.year > base.year);
  const next = `${base.year + 1}${base.part}`;
  if (later.length === 0) {
    return notCheckable(
      `a forecast, checkable only against figures for ${next} and later; this data has ${start ? `${formatUsdBn(start.valueUsd)} for ${start.period} and nothing after` : `figures for ${coverage(list)} only`}`,
      base.period,
      start ? [start] : [],
    );
  }
  if (!start) return notCheckable(`no ${base.period} figure to compare the later ones with (its figures cover ${coverage(list)})`, base.period);
  const path = [start, ...later];
  let check = growthCheck(path);
  const seen = yearsText(later.map((p) => p.year));
  const gaps: number[] = [];
  for (let y = base.year + 1; y <= later[later.length - 1]!.year; y++) if (!later.some((p) => p.year === y)) gaps.push(y);
  let words =
    check === "pass"
      ? `holds so far (${seen})`
      : check === "near"
        ? `up since ${base.period}, but not in every period since (fell or stalled in ${fallsIn(path).join(", ")})`
        : `has not held: below ${base.period} by ${path[path.length - 1]!.period}`;
  if (gaps.length && check === "pass") {
    check = "near";
    words += `, but there is no figure for ${yearsText(gaps)}`;
  }
  return judgement([check], `${pathText(path)}: ${words}`, path, later[later.length - 1]!, later[later.length - 1]!.period);
}

interface PointContext {
  claim: TradeClaim;
  period: ClaimPeriod;
  list: SeriesPoint[];
  /** the same reporter's totals with all five, for a share */
  regionList: SeriesPoint[] | null;
}

/** A figure for one period (or a change over a span): its value, whether it is a record, its growth and its share. */
function judgePoint({ claim, period, list, regionList }: PointContext): Judgement {
  const currency = claim.currency ?? "USD";
  const money = (v: number) => (currency === "CNY" ? formatUsdBn(v).replace("$", "¥") : formatUsdBn(v));
  const target = period.kind === "single" ? period : { period: String(period.to), year: period.to, part: "" };
  const point = list.find((p) => p.year === target.year);
  const last = list[list.length - 1]!;
  if (!point) {
    const latest = last.year < target.year ? `; latest ${money(last.valueUsd)} in ${last.period}` : "";
    const what = target.part ? `${target.part} figures` : "figures";
    return notCheckable(
      `no ${target.period} figure for ${partnerPhrase(claim.partners)} (its ${what} cover ${coverage(list)}${latest})`,
      target.period,
    );
  }
  const checks: Check[] = [];
  const words: string[] = [];
  const used: SeriesPoint[] = [point];

  const valueComparators: TradeClaimComparator[] = ["approximately", "more_than", "less_than", "record"];
  if (claim.value !== null && valueComparators.includes(claim.comparator)) {
    if (period.kind === "span") {
      checks.push("unknown");
      words.push(`a total over ${period.period} is not a figure this data holds`);
    } else {
      const unit = claim.precision ?? impliedPrecision(claim.value);
      const band =
        claim.tolerancePct != null ? (Math.abs(claim.value) * claim.tolerancePct) / 100 : (unit / 2) * (claim.hedge ? 2 : 1) + roundingOf(point); // the claim's rounding, and the figure's own
      const claimed = `the ${claim.hedge ? `${claim.hedge} ` : ""}${fmtClaimed(claim.value, unit, currency)} claimed`;
      const diff = point.valueUsd - claim.value;
      const off = pct(point.valueUsd, claim.value);
      if (claim.comparator === "more_than" || claim.comparator === "less_than") {
        const beyond = claim.comparator === "more_than" ? diff > 0 : diff < 0;
        const check: Check = beyond ? "pass" : Math.abs(diff) <= band ? "near" : "fail";
        checks.push(check);
        const side = claim.comparator === "more_than" ? ["above", "just under", "below"] : ["below", "just over", "above"];
        words.push(
          check === "pass"
            ? `${side[0]} ${claimed}`
            : check === "near"
              ? `${side[1]} ${claimed} (${fmtPct(off)} ${claim.comparator === "more_than" ? "short" : "over"}, within its rounding)`
              : `${fmtPct(off)} ${side[2]} ${claimed}`,
        );
      } else {
        const check: Check = Math.abs(diff) <= band ? "pass" : Math.abs(diff) <= 3 * band ? "near" : "fail";
        checks.push(check);
        const where = diff === 0 ? `exactly ${claimed}` : `${fmtPct(off)} ${diff < 0 ? "below" : "above"} ${claimed}`;
        words.push(
          check === "pass"
            ? `${where}${diff === 0 ? "" : ` (within ${claim.tolerancePct != null ? `the ${fmtPct(claim.tolerancePct)} allowed` : "its rounding"})`}`
            : check === "near"
              ? `${where}: close, but outside ${claim.tolerancePct != null ? `the ${fmtPct(claim.tolerancePct)} allowed` : "its rounding"}`
              : where,
        );
      }
    }
  }

  if (claim.record || claim.comparator === "record") {
    const earlier = list.filter((p) => p.year < point.year);
    if (earlier.length === 0) {
      checks.push("unknown");
      words.push(`no earlier ${partWord(target.part)} here to call it a record`);
    } else {
      const high = earlier.reduce((x, y) => (y.valueUsd > x.valueUsd ? y : x));
      const check: Check = point.valueUsd > high.valueUsd ? "pass" : "fail";
      checks.push(check);
      used.push(high);
      words.push(
        check === "pass"
          ? `the highest ${partWord(target.part)} recorded here (previous high ${money(high.valueUsd)} in ${high.period}; years compared: ${coverage(earlier)})`
          : `not a record: ${money(high.valueUsd)} in ${high.period} was higher`,
      );
    }
  }

  if (claim.growthPct !== null || claim.growthMultiple !== null) {
    // a single period grows on the same period a year earlier; a span, from its first year
    const baseYear = period.kind === "span" ? period.from : target.year - 1;
    const base = list.find((p) => p.year === baseYear);
    if (!base) {
      checks.push("unknown");
      words.push(`no ${baseYear}${target.part} figure to compute the change from`);
    } else {
      used.push(base);
      const rounding = 100 * (roundingOf(point) / point.valueUsd + roundingOf(base) / base.valueUsd);
      if (claim.growthPct !== null) {
        const actual = pct(point.valueUsd, base.valueUsd);
        const band = Math.max(0.5, halfUnit(claim.growthPct)) + rounding;
        const gap = Math.abs(actual - claim.growthPct);
        const check: Check = gap <= band ? "pass" : gap <= 3 * band && Math.sign(actual) === Math.sign(claim.growthPct) ? "near" : "fail";
        checks.push(check);
        words.push(
          `${fmtSignedPct(actual)} on ${base.period} (${money(base.valueUsd)}) against the ${claim.growthPct}% claimed${check === "pass" ? "" : check === "near" ? " (close)" : ""}`,
        );
      }
      if (claim.growthMultiple !== null) {
        const ratio = point.valueUsd / base.valueUsd;
        const band = Math.max(halfUnit(claim.growthMultiple), 0.05 * claim.growthMultiple);
        const gap = Math.abs(ratio - claim.growthMultiple);
        const check: Check = gap <= band ? "pass" : gap <= 3 * band ? "near" : "fail";
        checks.push(check);
        words.push(
          `${ratio.toFixed(2)} times ${base.period} (${money(base.valueUsd)}) against the ${claim.growthMultiple} times claimed${check === "near" ? " (close)" : ""}`,
        );
      }
    }
  }

  if (claim.sharePct !== null) {
    const total = regionList?.find((p) => p.year === point.year);
    if (isRegion(claim.partners)) {
      checks.push("unknown");
      words.push("a share of China's trade with the world, and this data has no world totals");
    } else if (!total) {
      checks.push("unknown");
      words.push(`no ${point.period} total with all five from this reporter to take a share of`);
    } else {
      used.push(total);
      const share = (100 * point.valueUsd) / total.valueUsd;
      const band = Math.max(0.5, halfUnit(claim.sharePct));
      const gap = Math.abs(share - claim.sharePct);
      const check: Check = gap <= band ? "pass" : gap <= 3 * band ? "near" : "fail";
      checks.push(check);
      words.push(`${share.toFixed(1)}% of its ${money(total.valueUsd)} with all five, against the ${claim.sharePct}% claimed`);
    }
  }

  if (checks.length === 0) {
    checks.push("unknown");
    words.push("the claim states no figure, growth or share to compare");
  }
  return judgement(checks, `${money(point.valueUsd)} in ${point.period}, ${words.join("; ")}`, used, point, point.period);
}

// ---------------------------------------------------------------- largest partner

/**
 * Only a reporter that reports several countries can rank them. A country
 * missing from its figures is bounded, where it can be, by the reporter's
 * total with all five: what the total leaves after the known countries caps
 * the rest, and a cap below the subject's figure settles the ranking.
 */
function judgeLargest(claim: TradeClaim, period: ClaimPeriod, reporter: string, evidence: TradeEvidence): Judgement | null {
  const subject = claim.partners[0] as PartnerIso3;
  const among = [...(claim.among ?? CENTRAL_ASIA)];
  const target = period.kind === "single" ? period : { period: String(period.to), year: period.to, part: "" };
  const query = { flow: claim.flow, part: target.part, currency: claim.currency ?? "USD" } as const;
  const at = (partners: string[]) => claimSeries(evidence.trade, evidence.sources, { ...query, partners }).get(reporter) ?? [];
  const subjectList = at([subject]);
  if (subjectList.length === 0) return null;
  if (reporter === subject || (CENTRAL_ASIA as readonly string[]).includes(reporter)) {
    return notCheckable(
      "reports only its own trade with China, and ranking it against other countries' own statistics would mix reporters",
      target.period,
    );
  }
  const own = subjectList.find((p) => p.year === target.year);
  if (!own) {
    return notCheckable(`no ${target.period} figure for ${COUNTRY_NAMES[subject]} (its figures cover ${coverage(subjectList)})`, target.period);
  }
  const others = among.filter((c) => c !== subject).map((c) => ({ country: c, point: at([c]).find((p) => p.year === target.year) }));
  const known = others
    .filter((o): o is { country: PartnerIso3; point: SeriesPoint } => !!o.point)
    .sort((a, b) => b.point.valueUsd - a.point.valueUsd);
  const missing = others.filter((o) => !o.point).map((o) => o.country);
  const next = known[0];
  const used: SeriesPoint[] = [own, ...known.map((k) => k.point)];
  const name = (c: string) => COUNTRY_NAMES[c] ?? c;
  let check: Check;
  let words: string;
  if (next && next.point.valueUsd >= own.valueUsd) {
    check = "fail";
    words = `behind ${name(next.country)} (${formatUsdBn(next.point.valueUsd)})`;
  } else {
    words = next ? `ahead of ${name(next.country)} (${formatUsdBn(next.point.valueUsd)})` : "with no other country to compare";
    check = "pass";
    if (missing.length) {
      const total = at(["CA5"]).find((p) => p.year === target.year);
      const knownSum = own.valueUsd + known.reduce((s, k) => s + k.point.valueUsd, 0);
      const missingNames = missing.map(name).join(" and ");
      if (total) {
        used.push(total);
        const rest = total.valueUsd - knownSum;
        check = rest < own.valueUsd ? "pass" : "near";
        words +=
          check === "pass"
            ? `; ${missingNames} have no ${target.period} figure, but together can be at most ${formatUsdBn(Math.max(rest, 0))} (its ${formatUsdBn(total.valueUsd)} total with all five, less the ${formatUsdBn(knownSum)} of the countries known), below ${name(subject)}'s`
            : `; ${missingNames} have no ${target.period} figure, and its ${formatUsdBn(total.valueUsd)} total with all five leaves up to ${formatUsdBn(rest)} for them, so the ranking stays open`;
      } else {
        check = "near";
        words += `; no ${target.period} figure for ${missingNames}, and no total with all five to bound them`;
      }
    }
  }
  return judgement(
    [check],
    `${name(subject)} ${formatUsdBn(own.valueUsd)} in ${own.period}, ${words} (trade only, not investment)`,
    used,
    own,
    own.period,
  );
}

// ---------------------------------------------------------------- the claim

/** Reporters whose figures decide: the cited side when the claim names one, otherwise every reporter. */
function isJudged(claim: TradeClaim, reporter: string): boolean {
  if (claim.attribution === "CHN") return reporter === "CHN";
  if (claim.attribution === "partner") return (CENTRAL_ASIA as readonly string[]).includes(reporter);
  return true;
}

/** A claim citing a Chinese body other than the customs still gets the customs figure: say so. */
function attributionNote(claim: TradeClaim, reporter: string): string {
  if (claim.attribution !== "CHN" || reporter !== "CHN" || !claim.attributionText) return "";
  if (/customs|GACC|海关|海關|таможн/i.test(claim.attributionText)) return "";
  return ` (a loose attribution: the text cites ${claim.attributionText}, which repeats the customs (GACC) figure)`;
}

function citedSide(claim: TradeClaim): string {
  return claim.attribution === "CHN" ? "China's figures" : "the partner's own statistics";
}

function toVerdict(claim: TradeClaim, reporter: string, j: Judgement): ClaimVerdict {
  const who = reporterLabel(reporter);
  const judged = isJudged(claim, reporter);
  const verdict: Verdict = judged ? j.verdict : "other side's figure";
  const prefix = judged
    ? `${who}${attributionNote(claim, reporter)}`
    : `${who} (the claim cites ${citedSide(claim)}; shown beside them, not counted)`;
  return {
    reporter,
    reporterName: who,
    year: j.year,
    period: j.period,
    value: j.value,
    unit: "usd",
    verdict,
    role: judged ? "judged" : "other side",
    explanation: `${prefix}: ${j.body} — ${verdict}.`,
    figures: j.figures,
    sourceIds: uniqueSourceIds(j.figures),
    projectIds: [],
  };
}

function noReporter(explanation: string, period: string | null): ClaimVerdict {
  return {
    reporter: "none",
    reporterName: "No reporter",
    year: null,
    period,
    value: null,
    unit: "usd",
    verdict: "not checkable with this data",
    role: "judged",
    explanation: `${explanation} — not checkable with this data.`,
    figures: [],
    sourceIds: [],
    projectIds: [],
  };
}

/** Yuan claims: checkable only against yuan figures; the dollar figures are shown, not converted (that would need a rate the claim does not give). */
function yuanVerdicts(claim: TradeClaim, period: ClaimPeriod, evidence: TradeEvidence): ClaimVerdict[] {
  const part = period.kind === "single" ? period.part : "";
  const year = period.kind === "single" ? period.year : period.to;
  const usd = claimSeries(evidence.trade, evidence.sources, { partners: claim.partners, flow: claim.flow, part, currency: "USD" });
  const claimed = claim.value !== null ? ` (${fmtClaimed(claim.value, claim.precision ?? impliedPrecision(claim.value), "CNY")})` : "";
  const out: ClaimVerdict[] = [];
  for (const [reporter, list] of [...usd].sort(([a], [b]) => reporterOrder(a) - reporterOrder(b))) {
    const point = list.find((p) => p.year === year);
    if (!point) continue;
    const j = notCheckable(
      `not checkable in yuan: the claim is in yuan${claimed}, and this data has only US dollars here (${formatUsdBn(point.valueUsd)} for ${point.period}); converting would need an exchange rate the claim does not give`,
      point.period,
      [point],
    );
    out.push({ ...toVerdict({ ...claim, attribution: null }, reporter, j) });
  }
  return out.length
    ? out
    : [
        noReporter(
          `Not checkable in yuan: the claim is in yuan${claimed}, and this data has no yuan figure (nor a dollar one) for ${period.period}`,
          period.period,
        ),
      ];
}

/**
 * Judges one trade claim against each reporter's own figures: one verdict
 * per reporter that has figures for it. When the claim cites a side, that
 * side is judged and the others are shown beside it as "other side's
 * figure", never counted against the claim.
 */
export function judgeTradeClaim(claim: TradeClaim, evidence: TradeEvidence): ReporterVerdict[] {
  const period = parseClaimPeriod(claim.period);
  if (!period) {
    return [
      noReporter(`The claim gives no period${claim.period ? ` that can be read (“${claim.period}”)` : ""}, so no figure can be matched to it`, null),
    ];
  }
  const currency = claim.currency ?? "USD";
  const part = period.kind === "single" ? period.part : "";
  const series = claimSeries(evidence.trade, evidence.sources, { partners: claim.partners, flow: claim.flow, part, currency });
  if (currency === "CNY" && series.size === 0) return yuanVerdicts(claim, period, evidence);

  const judgements = new Map<string, Judgement>();
  if (claim.comparator === "largest_partner") {
    if (isRegion(claim.partners)) return [noReporter("A ranking needs one country, not all five", period.period)];
    const reporters = new Set([...series.keys()]);
    for (const reporter of reporters) {
      const j = judgeLargest(claim, period, reporter, evidence);
      if (j) judgements.set(reporter, j);
    }
  } else {
    const regionSeries =
      claim.sharePct !== null ? claimSeries(evidence.trade, evidence.sources, { partners: ["CA5"], flow: claim.flow, part, currency }) : null;
    for (const [reporter, list] of series) {
      const j =
        claim.comparator === "growing"
          ? period.kind === "span"
            ? judgeGrowing(period.from, period.to, list)
            : judgeGrowing(period.year - 1, period.year, list)
          : claim.comparator === "continues_to_grow"
            ? judgeContinuesToGrow(period.kind === "single" ? period : { year: period.to, period: String(period.to), part: "" }, list)
            : judgePoint({ claim, period, list, regionList: regionSeries?.get(reporter) ?? null });
      judgements.set(reporter, j);
    }
  }

  const verdicts: ClaimVerdict[] = [];
  const ordered = [...judgements].sort(([a], [b]) => Number(isJudged(claim, b)) - Number(isJudged(claim, a)) || reporterOrder(a) - reporterOrder(b));
  for (const [reporter, j] of ordered) {
    // another side is shown only with a figure that speaks to the claim
    if (!isJudged(claim, reporter) && j.verdict === "not checkable with this data") continue;
    verdicts.push(toVerdict(claim, reporter, j));
  }
  const what = `${flowPhrase(claim.flow, partnerPhrase(claim.partners))}${part ? ` for ${part} periods` : ""}`;
  if (claim.attribution && !verdicts.some((v) => v.role === "judged")) {
    const cited = claim.attribution === "CHN" ? "China's customs" : "the partner's own statistics";
    verdicts.unshift(noReporter(`The claim cites ${cited}, and this data has no such figure for ${what}`, period.period));
  }
  return verdicts.length ? verdicts : [noReporter(`No reporter has a figure for ${what} in this data`, period.period)];
}
