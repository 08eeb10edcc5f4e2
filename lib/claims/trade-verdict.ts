// The trade verdict: one claim about China's trade with Central Asia, judged
// against each reporter's own figures. The claim's shape is the text
// checker's (lib/checker/extraction-schema.ts) plus what the catalogue needs
// (a trend over years, a forecast, "largest partner"); the catalogue's
// assertions are mapped onto it in verdicts.ts, so both go through this one
// function. The explanations are in the locale asked for (English by
// default), from messages/<locale>/verdicts.json (verdict-text.ts). Pure and
// browser-safe.
import type { Locale } from "../core/i18n/routing";
import { CENTRAL_ASIA, type Flow, type PartnerCode, type PartnerIso3 } from "../core/reference/codes";
import type { ClaimVerdict, Check, Evidence, Verdict, VerdictFigure } from "./verdict-core";
import { combine, reporterOrder, uniqueSourceIds, yearsText } from "./verdict-core";
import { claimSeries, isRegion, parseClaimPeriod, type ClaimPeriod, type SeriesPoint } from "./trade-series";
import { verdictText, type VerdictText } from "./verdict-text";

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
const fmtPct = (tx: VerdictText, p: number) => tx.pct(`${Math.abs(p) < 10 ? Math.abs(p).toFixed(1) : Math.round(Math.abs(p))}`);
const fmtSignedPct = (tx: VerdictText, p: number) => tx.t(p < 0 ? "trade.down" : "trade.up", { pct: tx.pct(Math.abs(p).toFixed(1)) });

/** A claimed amount as written: as many decimals (in billions) as its rounding unit. */
function fmtClaimed(tx: VerdictText, value: number, unit: number, currency: "USD" | "CNY"): string {
  const digits = Math.max(0, Math.min(3, Math.round(9 - Math.log10(unit))));
  const text = tx.usd(value, digits);
  return currency === "CNY" ? text.replace("$", "¥") : text;
}

/** "trade with Kazakhstan", "China's exports to all five countries" */
function flowPhrase(tx: VerdictText, flow: Flow, partners: readonly string[]): string {
  const region = isRegion(partners);
  if (flow === "china_exports") return tx.t("trade.flow.china_exports", { partnersAcc: tx.partners(partners, region, "acc") });
  if (flow === "china_imports") return tx.t("trade.flow.china_imports", { partnersGen: tx.partners(partners, region, "gen") });
  return tx.t("trade.flow.turnover", { partnersIns: tx.partners(partners, region, "ins") });
}

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

function coverage(tx: VerdictText, list: SeriesPoint[]): string {
  return tx.coverage(yearsText(list.map((p) => p.year)));
}

function pathText(tx: VerdictText, path: SeriesPoint[]): string {
  return path.map((p) => tx.t("pathPoint", { value: tx.usd(p.valueUsd), period: tx.periodShort(p.period) })).join(" → ");
}

function growthCheck(path: SeriesPoint[]): Check {
  const everyStep = path.every((p, i) => i === 0 || p.valueUsd > path[i - 1]!.valueUsd);
  if (everyStep) return "pass";
  return path[path.length - 1]!.valueUsd > path[0]!.valueUsd ? "near" : "fail";
}

const fallsIn = (tx: VerdictText, path: SeriesPoint[]) =>
  tx.list(path.filter((p, i) => i > 0 && p.valueUsd <= path[i - 1]!.valueUsd).map((p) => tx.periodShort(p.period)));

/** "Growing" / "steady growth": a rise in every year of the window, and a figure for every year of it. */
function judgeGrowing(tx: VerdictText, from: number, to: number, list: SeriesPoint[]): Judgement {
  const window = list.filter((p) => p.year >= from && p.year <= to);
  const span = tx.period(`${from}–${to}`);
  if (window.length < 2) {
    const only = window[0];
    return notCheckable(
      only
        ? tx.t("trade.growing.onlyOne", { period: tx.period(only.period), value: tx.usd(only.valueUsd), span, coverage: coverage(tx, list) })
        : tx.t("trade.growing.none", { span, coverage: coverage(tx, list) }),
      `${from}-${to}`,
      window,
    );
  }
  const missing: number[] = [];
  for (let y = from; y <= to; y++) if (!window.some((p) => p.year === y)) missing.push(y);
  let check = growthCheck(window);
  const words = [
    check === "pass"
      ? missing.length
        ? tx.t("trade.growing.roseChecked", { years: tx.years(yearsText(window.map((p) => p.year))) })
        : tx.t("trade.growing.roseEvery")
      : check === "near"
        ? tx.t("trade.growing.notSteady", { periods: fallsIn(tx, window) })
        : tx.t("trade.growing.noGrowth"),
  ];
  // a gap could hide a fall: without every year the growth is not "steady" but only as far as it can be seen
  if (missing.length) {
    if (check === "pass") check = "near";
    words.push(tx.t("trade.growing.gap", { years: tx.years(yearsText(missing)), span }));
  }
  return judgement(
    [check],
    tx.t("pathWords", { path: pathText(tx, window), words: tx.clauses(words) }),
    window,
    window[window.length - 1]!,
    `${from}-${to}`,
  );
}

/** A forecast of further growth after a base period: checkable once later periods are in the data, and says how far it holds. */
function judgeContinuesToGrow(tx: VerdictText, base: { year: number; period: string; part: string }, list: SeriesPoint[]): Judgement {
  const start = list.find((p) => p.year === base.year);
  const later = list.filter((p) => p.year > base.year);
  const next = tx.period(`${base.year + 1}${base.part}`);
  if (later.length === 0) {
    const has = start
      ? tx.t("trade.forecast.hasStart", { value: tx.usd(start.valueUsd), period: tx.period(start.period) })
      : tx.t("trade.forecast.hasOnly", { coverage: coverage(tx, list) });
    return notCheckable(tx.t("trade.forecast.notYet", { next, has }), base.period, start ? [start] : []);
  }
  if (!start) return notCheckable(tx.t("trade.forecast.noBase", { period: tx.period(base.period), coverage: coverage(tx, list) }), base.period);
  const path = [start, ...later];
  let check = growthCheck(path);
  const seen = tx.years(yearsText(later.map((p) => p.year)));
  const gaps: number[] = [];
  for (let y = base.year + 1; y <= later[later.length - 1]!.year; y++) if (!later.some((p) => p.year === y)) gaps.push(y);
  let words =
    check === "pass"
      ? tx.t("trade.forecast.holds", { years: seen })
      : check === "near"
        ? tx.t("trade.forecast.notSteady", { period: tx.period(base.period), periods: fallsIn(tx, path) })
        : tx.t("trade.forecast.notHeld", { base: tx.period(base.period), last: tx.period(path[path.length - 1]!.period) });
  if (gaps.length && check === "pass") {
    check = "near";
    words = tx.t("trade.forecast.holdsGap", { words, years: tx.years(yearsText(gaps)) });
  }
  return judgement([check], tx.t("pathWords", { path: pathText(tx, path), words }), path, later[later.length - 1]!, later[later.length - 1]!.period);
}

interface PointContext {
  tx: VerdictText;
  claim: TradeClaim;
  period: ClaimPeriod;
  list: SeriesPoint[];
  /** the same reporter's totals with all five, for a share */
  regionList: SeriesPoint[] | null;
}

/** A figure for one period (or a change over a span): its value, whether it is a record, its growth and its share. */
function judgePoint({ tx, claim, period, list, regionList }: PointContext): Judgement {
  const currency = claim.currency ?? "USD";
  const money = (v: number) => (currency === "CNY" ? tx.usd(v).replace("$", "¥") : tx.usd(v));
  const target = period.kind === "single" ? period : { period: String(period.to), year: period.to, part: "" };
  const point = list.find((p) => p.year === target.year);
  const last = list[list.length - 1]!;
  if (!point) {
    const latest = last.year < target.year ? tx.t("trade.point.latest", { value: money(last.valueUsd), period: tx.period(last.period) }) : "";
    const what = target.part ? tx.t("trade.point.partFigures", { part: tx.part(target.part) }) : tx.t("trade.point.figures");
    return notCheckable(
      tx.t("trade.point.noFigure", {
        period: tx.period(target.period),
        partnersDat: tx.partners(claim.partners, isRegion(claim.partners), "dat"),
        what,
        coverage: coverage(tx, list),
        latest,
      }),
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
      words.push(tx.t("trade.point.spanTotal", { period: tx.period(period.period) }));
    } else {
      const unit = claim.precision ?? impliedPrecision(claim.value);
      const band =
        claim.tolerancePct != null ? (Math.abs(claim.value) * claim.tolerancePct) / 100 : (unit / 2) * (claim.hedge ? 2 : 1) + roundingOf(point); // the claim's rounding, and the figure's own
      const amount = fmtClaimed(tx, claim.value, unit, currency);
      const value = claim.hedge ? tx.t("trade.point.hedged", { hedge: tx.quoted(claim.hedge), value: amount }) : amount;
      const diff = point.valueUsd - claim.value;
      const off = pct(point.valueUsd, claim.value);
      if (claim.comparator === "more_than" || claim.comparator === "less_than") {
        const more = claim.comparator === "more_than";
        const beyond = more ? diff > 0 : diff < 0;
        const check: Check = beyond ? "pass" : Math.abs(diff) <= band ? "near" : "fail";
        checks.push(check);
        words.push(
          check === "pass"
            ? tx.t(more ? "trade.point.above" : "trade.point.below", { value })
            : check === "near"
              ? tx.t(more ? "trade.point.justUnder" : "trade.point.justOver", { value, pct: fmtPct(tx, off) })
              : tx.t(more ? "trade.point.pctBelow" : "trade.point.pctAbove", { value, pct: fmtPct(tx, off) }),
        );
      } else {
        const check: Check = Math.abs(diff) <= band ? "pass" : Math.abs(diff) <= 3 * band ? "near" : "fail";
        checks.push(check);
        const where =
          diff === 0
            ? tx.t("trade.point.exactly", { value })
            : tx.t(diff < 0 ? "trade.point.pctBelow" : "trade.point.pctAbove", { value, pct: fmtPct(tx, off) });
        const allowed =
          claim.tolerancePct != null ? tx.t("trade.point.allowedPct", { pct: fmtPct(tx, claim.tolerancePct) }) : tx.t("trade.point.rounding");
        words.push(
          check === "pass"
            ? diff === 0
              ? where
              : tx.t("trade.point.within", { where, allowed })
            : check === "near"
              ? tx.t("trade.point.close", { where, allowed })
              : where,
        );
      }
    }
  }

  if (claim.record || claim.comparator === "record") {
    const earlier = list.filter((p) => p.year < point.year);
    const part = target.part ? tx.part(target.part) : "";
    if (earlier.length === 0) {
      checks.push("unknown");
      words.push(part ? tx.t("trade.point.noEarlierPart", { part }) : tx.t("trade.point.noEarlierYear"));
    } else {
      const high = earlier.reduce((x, y) => (y.valueUsd > x.valueUsd ? y : x));
      const check: Check = point.valueUsd > high.valueUsd ? "pass" : "fail";
      checks.push(check);
      used.push(high);
      const values = { value: money(high.valueUsd), period: tx.period(high.period), years: coverage(tx, earlier) };
      words.push(
        check === "pass"
          ? part
            ? tx.t("trade.point.recordPart", { ...values, part })
            : tx.t("trade.point.recordYear", values)
          : tx.t("trade.point.notRecord", { value: values.value, period: values.period }),
      );
    }
  }

  if (claim.growthPct !== null || claim.growthMultiple !== null) {
    // a single period grows on the same period a year earlier; a span, from its first year
    const baseYear = period.kind === "span" ? period.from : target.year - 1;
    const base = list.find((p) => p.year === baseYear);
    if (!base) {
      checks.push("unknown");
      words.push(tx.t("trade.point.noBase", { period: tx.period(`${baseYear}${target.part}`) }));
    } else {
      used.push(base);
      const rounding = 100 * (roundingOf(point) / point.valueUsd + roundingOf(base) / base.valueUsd);
      const close = (text: string, isClose: boolean) => (isClose ? tx.t("trade.point.closeSuffix", { text }) : text);
      if (claim.growthPct !== null) {
        const actual = pct(point.valueUsd, base.valueUsd);
        const band = Math.max(0.5, halfUnit(claim.growthPct)) + rounding;
        const gap = Math.abs(actual - claim.growthPct);
        const check: Check = gap <= band ? "pass" : gap <= 3 * band && Math.sign(actual) === Math.sign(claim.growthPct) ? "near" : "fail";
        checks.push(check);
        words.push(
          close(
            tx.t("trade.point.growthPct", {
              change: fmtSignedPct(tx, actual),
              period: tx.period(base.period),
              value: money(base.valueUsd),
              claimed: tx.pct(String(claim.growthPct)),
            }),
            check === "near",
          ),
        );
      }
      if (claim.growthMultiple !== null) {
        const ratio = point.valueUsd / base.valueUsd;
        const band = Math.max(halfUnit(claim.growthMultiple), 0.05 * claim.growthMultiple);
        const gap = Math.abs(ratio - claim.growthMultiple);
        const check: Check = gap <= band ? "pass" : gap <= 3 * band ? "near" : "fail";
        checks.push(check);
        words.push(
          close(
            tx.t("trade.point.growthMultiple", {
              ratio: tx.decimal(ratio.toFixed(2)),
              period: tx.period(base.period),
              value: money(base.valueUsd),
              claimed: tx.decimal(String(claim.growthMultiple)),
            }),
            check === "near",
          ),
        );
      }
    }
  }

  if (claim.sharePct !== null) {
    const total = regionList?.find((p) => p.year === point.year);
    if (isRegion(claim.partners)) {
      checks.push("unknown");
      words.push(tx.t("trade.point.shareWorld"));
    } else if (!total) {
      checks.push("unknown");
      words.push(tx.t("trade.point.shareNoTotal", { period: tx.period(point.period) }));
    } else {
      used.push(total);
      const share = (100 * point.valueUsd) / total.valueUsd;
      const band = Math.max(0.5, halfUnit(claim.sharePct));
      const gap = Math.abs(share - claim.sharePct);
      const check: Check = gap <= band ? "pass" : gap <= 3 * band ? "near" : "fail";
      checks.push(check);
      words.push(
        tx.t("trade.point.share", { share: tx.pct(share.toFixed(1)), total: money(total.valueUsd), claimed: tx.pct(String(claim.sharePct)) }),
      );
    }
  }

  if (checks.length === 0) {
    checks.push("unknown");
    words.push(tx.t("trade.point.nothing"));
  }
  return judgement(
    checks,
    tx.t("trade.point.body", { value: money(point.valueUsd), period: tx.period(point.period), words: tx.clauses(words) }),
    used,
    point,
    point.period,
  );
}

// ---------------------------------------------------------------- largest partner

/**
 * Only a reporter that reports several countries can rank them. A country
 * missing from its figures is bounded, where it can be, by the reporter's
 * total with all five: what the total leaves after the known countries caps
 * the rest, and a cap below the subject's figure settles the ranking.
 */
function judgeLargest(tx: VerdictText, claim: TradeClaim, period: ClaimPeriod, reporter: string, evidence: TradeEvidence): Judgement | null {
  const subject = claim.partners[0] as PartnerIso3;
  const among = [...(claim.among ?? CENTRAL_ASIA)];
  const target = period.kind === "single" ? period : { period: String(period.to), year: period.to, part: "" };
  const query = { flow: claim.flow, part: target.part, currency: claim.currency ?? "USD" } as const;
  const at = (partners: string[]) => claimSeries(evidence.trade, evidence.sources, { ...query, partners }).get(reporter) ?? [];
  const subjectList = at([subject]);
  if (subjectList.length === 0) return null;
  if (reporter === subject || (CENTRAL_ASIA as readonly string[]).includes(reporter)) {
    return notCheckable(tx.t("trade.largest.ownOnly"), target.period);
  }
  const own = subjectList.find((p) => p.year === target.year);
  if (!own) {
    return notCheckable(
      tx.t("trade.largest.noFigure", {
        period: tx.period(target.period),
        countryDat: tx.country(subject, "dat"),
        coverage: coverage(tx, subjectList),
      }),
      target.period,
    );
  }
  const others = among.filter((c) => c !== subject).map((c) => ({ country: c, point: at([c]).find((p) => p.year === target.year) }));
  const known = others
    .filter((o): o is { country: PartnerIso3; point: SeriesPoint } => !!o.point)
    .sort((a, b) => b.point.valueUsd - a.point.valueUsd);
  const missing = others.filter((o) => !o.point).map((o) => o.country);
  const next = known[0];
  const used: SeriesPoint[] = [own, ...known.map((k) => k.point)];
  const periodText = tx.period(target.period);
  let check: Check;
  const words: string[] = [];
  if (next && next.point.valueUsd >= own.valueUsd) {
    check = "fail";
    words.push(tx.t("trade.largest.behind", { countryGen: tx.country(next.country, "gen"), value: tx.usd(next.point.valueUsd) }));
  } else {
    words.push(
      next
        ? tx.t("trade.largest.ahead", { countryGen: tx.country(next.country, "gen"), value: tx.usd(next.point.valueUsd) })
        : tx.t("trade.largest.noOther"),
    );
    check = "pass";
    if (missing.length) {
      const total = at(["CA5"]).find((p) => p.year === target.year);
      const knownSum = own.valueUsd + known.reduce((s, k) => s + k.point.valueUsd, 0);
      const missingDat = tx.and(missing.map((c) => tx.country(c, "dat")));
      if (total) {
        used.push(total);
        const rest = total.valueUsd - knownSum;
        check = rest < own.valueUsd ? "pass" : "near";
        words.push(
          check === "pass"
            ? tx.t("trade.largest.boundedBelow", {
                missingDat,
                period: periodText,
                rest: tx.usd(Math.max(rest, 0)),
                total: tx.usd(total.valueUsd),
                known: tx.usd(knownSum),
                subjectGen: tx.country(subject, "gen"),
              })
            : tx.t("trade.largest.boundedOpen", { missingDat, period: periodText, total: tx.usd(total.valueUsd), rest: tx.usd(rest) }),
        );
      } else {
        check = "near";
        words.push(tx.t("trade.largest.unbounded", { period: periodText, missingDat }));
      }
    }
  }
  return judgement(
    [check],
    tx.t("trade.largest.body", {
      subject: tx.country(subject),
      value: tx.usd(own.valueUsd),
      period: tx.period(own.period),
      words: tx.clauses(words),
    }),
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
function isLooseAttribution(claim: TradeClaim, reporter: string): claim is TradeClaim & { attributionText: string } {
  if (claim.attribution !== "CHN" || reporter !== "CHN" || !claim.attributionText) return false;
  return !/customs|GACC|海关|海關|таможн/i.test(claim.attributionText);
}

function toVerdict(tx: VerdictText, claim: TradeClaim, reporter: string, j: Judgement): ClaimVerdict {
  const who = tx.reporter(reporter);
  const judged = isJudged(claim, reporter);
  const verdict: Verdict = judged ? j.verdict : "other side's figure";
  const prefix = !judged
    ? tx.t("trade.otherSide", { who, side: tx.t(claim.attribution === "CHN" ? "trade.sideChina" : "trade.sidePartner") })
    : isLooseAttribution(claim, reporter)
      ? tx.t("trade.looseAttribution", { who, cited: tx.quoted(claim.attributionText) })
      : who;
  return {
    reporter,
    reporterName: who,
    year: j.year,
    period: j.period,
    value: j.value,
    unit: "usd",
    verdict,
    role: judged ? "judged" : "other side",
    explanation: tx.sentence(tx.withWho(prefix, j.body), verdict),
    figures: j.figures,
    sourceIds: uniqueSourceIds(j.figures),
    projectIds: [],
  };
}

function noReporter(tx: VerdictText, explanation: string, period: string | null): ClaimVerdict {
  return {
    reporter: "none",
    reporterName: tx.t("trade.noReporter"),
    year: null,
    period,
    value: null,
    unit: "usd",
    verdict: "not checkable with this data",
    role: "judged",
    explanation: tx.sentence(explanation, "not checkable with this data"),
    figures: [],
    sourceIds: [],
    projectIds: [],
  };
}

/** Yuan claims: checkable only against yuan figures; the dollar figures are shown, not converted (that would need a rate the claim does not give). */
function yuanVerdicts(tx: VerdictText, claim: TradeClaim, period: ClaimPeriod, evidence: TradeEvidence): ClaimVerdict[] {
  const part = period.kind === "single" ? period.part : "";
  const year = period.kind === "single" ? period.year : period.to;
  const usd = claimSeries(evidence.trade, evidence.sources, { partners: claim.partners, flow: claim.flow, part, currency: "USD" });
  const claimed =
    claim.value !== null
      ? tx.t("trade.yuanClaimed", { value: fmtClaimed(tx, claim.value, claim.precision ?? impliedPrecision(claim.value), "CNY") })
      : "";
  const out: ClaimVerdict[] = [];
  for (const [reporter, list] of [...usd].sort(([a], [b]) => reporterOrder(a) - reporterOrder(b))) {
    const point = list.find((p) => p.year === year);
    if (!point) continue;
    const j = notCheckable(tx.t("trade.yuanOnlyUsd", { claimed, value: tx.usd(point.valueUsd), period: tx.period(point.period) }), point.period, [
      point,
    ]);
    out.push({ ...toVerdict(tx, { ...claim, attribution: null }, reporter, j) });
  }
  return out.length ? out : [noReporter(tx, tx.t("trade.yuanNone", { claimed, period: tx.period(period.period) }), period.period)];
}

/**
 * Judges one trade claim against each reporter's own figures: one verdict
 * per reporter that has figures for it. When the claim cites a side, that
 * side is judged and the others are shown beside it as "other side's
 * figure", never counted against the claim.
 */
export function judgeTradeClaim(claim: TradeClaim, evidence: TradeEvidence, locale?: Locale): ReporterVerdict[] {
  const tx = verdictText(locale);
  const period = parseClaimPeriod(claim.period);
  if (!period) {
    return [noReporter(tx, claim.period ? tx.t("trade.noPeriodUnread", { period: claim.period }) : tx.t("trade.noPeriod"), null)];
  }
  const currency = claim.currency ?? "USD";
  const part = period.kind === "single" ? period.part : "";
  const series = claimSeries(evidence.trade, evidence.sources, { partners: claim.partners, flow: claim.flow, part, currency });
  if (currency === "CNY" && series.size === 0) return yuanVerdicts(tx, claim, period, evidence);

  const judgements = new Map<string, Judgement>();
  if (claim.comparator === "largest_partner") {
    if (isRegion(claim.partners)) return [noReporter(tx, tx.t("trade.rankingNeedsOne"), period.period)];
    const reporters = new Set([...series.keys()]);
    for (const reporter of reporters) {
      const j = judgeLargest(tx, claim, period, reporter, evidence);
      if (j) judgements.set(reporter, j);
    }
  } else {
    const regionSeries =
      claim.sharePct !== null ? claimSeries(evidence.trade, evidence.sources, { partners: ["CA5"], flow: claim.flow, part, currency }) : null;
    for (const [reporter, list] of series) {
      const j =
        claim.comparator === "growing"
          ? period.kind === "span"
            ? judgeGrowing(tx, period.from, period.to, list)
            : judgeGrowing(tx, period.year - 1, period.year, list)
          : claim.comparator === "continues_to_grow"
            ? judgeContinuesToGrow(tx, period.kind === "single" ? period : { year: period.to, period: String(period.to), part: "" }, list)
            : judgePoint({ tx, claim, period, list, regionList: regionSeries?.get(reporter) ?? null });
      judgements.set(reporter, j);
    }
  }

  const verdicts: ClaimVerdict[] = [];
  const ordered = [...judgements].sort(([a], [b]) => Number(isJudged(claim, b)) - Number(isJudged(claim, a)) || reporterOrder(a) - reporterOrder(b));
  for (const [reporter, j] of ordered) {
    // another side is shown only with a figure that speaks to the claim
    if (!isJudged(claim, reporter) && j.verdict === "not checkable with this data") continue;
    verdicts.push(toVerdict(tx, claim, reporter, j));
  }
  const flow = flowPhrase(tx, claim.flow, claim.partners);
  const what = part ? tx.t("trade.whatForPart", { what: flow, part: tx.part(part) }) : flow;
  if (claim.attribution && !verdicts.some((v) => v.role === "judged")) {
    const cited = tx.t(claim.attribution === "CHN" ? "trade.citedChina" : "trade.citedPartner");
    verdicts.unshift(noReporter(tx, tx.t("trade.citesNoFigure", { cited, what }), period.period));
  }
  return verdicts.length ? verdicts : [noReporter(tx, tx.t("trade.noFigureAnywhere", { what }), period.period)];
}
