// Verdict agreement: does a claim the extractor found get the verdicts its hand label would get?
// For each aligned pair of the evaluation (an extracted claim paired with a labelled claim, see
// evaluation.ts), the extracted assertion and the label's assertion (converted to the same
// ExtractedAssertion shape by labelAssertion below) are judged by the same judge, and their
// verdicts are compared reporter by reporter. Pure: the judge is passed in (scripts/eval-check.ts
// gives it the verdict engine, lib/checker/judge.ts, on the seeded data; tests give a fake).
//
// Comparing two verdict lists: the reporters compared are those either side has a verdict from
// (the pseudo-reporter "none", which the engine uses when no reporter can judge, is left out of
// that union); a reporter absent from one side counts as "not checkable with this data" on that
// side, which is what the engine's silence means. When neither side has a real reporter, the pair
// contributes one comparison, of the two "none" verdicts. A (pair, reporter) verdict AGREES when
// the two verdicts are the same. A pair's label is NOT CHECKABLE when no reporter has a verdict
// on it other than "not checkable with this data": agreement on such a pair says little, so it is
// also counted, and agreement is reported over the other pairs as well.
//
// Converting a label: the fields map one to one (partners, period, flow, value, currency,
// comparator; extra.growth_pct / growth_multiple (or their _more_than forms) → growthPct /
// growthMultiple; extra.hedge → hedge; extra.record or comparator "record" → record; extra.range →
// range; extra.year_resolved_from → periodResolvedFrom; precision is left null, so the engine reads
// it from the value, as it does for the catalogue). A share claim's percentage is its `value`.
// attributed_reporter is free text (“China's General Administration of Customs”, “Kazakh PM
// Alikhan Smailov”) and is read by labelAttribution. Some labels say what this shape cannot hold,
// and the engine would then judge another claim than the label's; those are given the verdict
// "not checkable with this data" (reporter "none") instead of being judged:
//   - a share of a denominator other than China's trade with Central Asia (“65% of Turkmenistan's
//     total trade”): the engine takes every share of the reporter's total with all five;
//   - an average annual growth rate (extra.growth_type “average annual (CAGR)”): the engine
//     compares growth over the whole span;
//   - a currency other than US dollars and yuan (HKD).
// A growth since a stated base year (extra.growth_base_period) that is not the year before, on a
// claim that also gives a value, leaves the growth out (the engine would take it on the year
// before) and judges the value; a growth-only claim already carries its span in `period`.

import { CENTRAL_ASIA, FLOWS, REGION_CODE } from "../core/reference/codes";
import type { LabelClaim, RecordResult, Split } from "./evaluation";
import { COMPARATORS, emptyAssertion, type Comparator, type ExtractedAssertion, type Language } from "./extraction-schema";

export const NOT_CHECKABLE = "not checkable with this data";
const NO_REPORTER = "none";

/** What the agreement needs of a verdict: whose it is and what it says. */
export interface ReporterVerdict {
  reporter: string;
  verdict: string;
}
export type Judge = (assertion: ExtractedAssertion) => readonly ReporterVerdict[];

export type LabelAssertion = { assertion: ExtractedAssertion; reason: null } | { assertion: null; reason: string };

export interface ReporterComparison {
  reporter: string;
  extracted: string;
  labelled: string;
  agree: boolean;
}

export interface PairAgreement {
  result: RecordResult;
  /** index into result.claims / result.labels */
  claim: number;
  label: number;
  comparisons: ReporterComparison[];
  /** whether some reporter has a verdict on the label other than "not checkable with this data" */
  labelCheckable: boolean;
  /** why the label was not judged (see the top of the file), or null */
  labelReason: string | null;
}

export interface AgreementFigures {
  /** aligned pairs */
  pairs: number;
  /** (pair, reporter) verdicts compared, and how many agree */
  verdicts: number;
  agreeing: number;
  agreement: number | null;
  /** pairs whose every verdict agrees */
  pairsAgreeing: number;
  /** pairs whose label no reporter can check */
  labelNotCheckable: number;
  /** the same share over the pairs whose label is checkable */
  checkableVerdicts: number;
  checkableAgreeing: number;
  checkableAgreement: number | null;
}

export interface VerdictAgreement {
  overall: AgreementFigures;
  bySplit: Record<Split, AgreementFigures>;
  byLanguage: Record<Language, AgreementFigures>;
  bySplitAndLanguage: Record<Split, Record<Language, AgreementFigures>>;
  pairs: PairAgreement[];
}

const PARTNERS: readonly string[] = [...CENTRAL_ASIA, REGION_CODE];
const CHINESE = /\b(?:china|chinese|prc)\b/i;
const PARTNER_SIDE = /\b(?:kazakh\w*|kyrgyz\w*|tajik\w*|turkmen\w*|uzbek\w*|central asia\w*)/i;
/** A body that publishes or repeats figures, or figures named as someone's: not a person, an embassy or a third party. */
const BODY = /\b(?:customs|statistic\w*|ministry|mofcom|mfa|cabinet|administration|committee|agency|bureau|figures|data)\b/i;

/**
 * The side a label's attributed_reporter says the figure comes from, as the extractor's
 * `attribution` means it: a body of China's (customs, MOFCOM, the foreign ministry, "Chinese
 * statistics") → CHN; a partner's statistics office, ministry or cabinet, or "Kyrgyz figures" →
 * partner; a person (an ambassador, a minister), an embassy or a third party (the EDB) → null.
 */
export function labelAttribution(text: string | null | undefined): "CHN" | "partner" | null {
  if (!text || !BODY.test(text)) return null;
  const chinese = CHINESE.test(text);
  const partner = PARTNER_SIDE.test(text);
  if (chinese === partner) return null;
  return chinese ? "CHN" : "partner";
}

const extraNumber = (label: LabelClaim, key: string): number | null => {
  const raw = label.extra?.[key];
  return typeof raw === "number" && Number.isFinite(raw) ? raw : null;
};
const extraString = (label: LabelClaim, key: string): string | null => {
  const raw = label.extra?.[key];
  return typeof raw === "string" && raw.trim() !== "" ? raw : null;
};

const isRange = (raw: unknown): raw is [number, number] =>
  Array.isArray(raw) && raw.length === 2 && raw.every((n) => typeof n === "number" && Number.isFinite(n));

/** A label as the assertion the extractor should have returned for it, or why the engine cannot judge it (see the top of the file). */
export function labelAssertion(label: LabelClaim): LabelAssertion {
  const comparator = (label.comparator ?? "approximately") as Comparator;
  if (!COMPARATORS.includes(comparator)) return { assertion: null, reason: `comparator ${label.comparator} is not one the engine reads` };
  const partners = label.partners.filter((p) => PARTNERS.includes(p));
  if (partners.length === 0 || partners.length !== label.partners.length) {
    return { assertion: null, reason: `partners ${label.partners.join(", ")} are not ones the data holds` };
  }
  const flow = (label.flow ?? "turnover") as ExtractedAssertion["flow"];
  if (!FLOWS.includes(flow)) return { assertion: null, reason: `flow ${label.flow} is not one the data holds` };
  const currency = label.currency ?? null;
  if (currency !== null && currency !== "USD" && currency !== "CNY") return { assertion: null, reason: `a figure in ${currency}` };
  const growthType = extraString(label, "growth_type");
  if (growthType && /average|annual|cagr/i.test(growthType)) return { assertion: null, reason: `an ${growthType} growth rate` };
  const shareOf = extraString(label, "share_of");
  const share = comparator === "share_pct";
  if (share && shareOf !== null && !/central\s+asia/i.test(shareOf)) return { assertion: null, reason: `a share of ${shareOf}` };

  const value = label.value ?? null;
  let growthPct = extraNumber(label, "growth_pct") ?? extraNumber(label, "growth_pct_more_than");
  let growthMultiple = extraNumber(label, "growth_multiple") ?? extraNumber(label, "growth_multiple_more_than");
  const base = extraString(label, "growth_base_period");
  const year = /^(\d{4})/.exec(label.period ?? "")?.[1];
  if (value !== null && !share && base !== null && year !== undefined && Number(base) !== Number(year) - 1) {
    growthPct = null;
    growthMultiple = null;
  }
  const range = label.extra?.range;
  const hedge = extraString(label, "hedge");
  return {
    assertion: {
      ...emptyAssertion(),
      partners: partners as ExtractedAssertion["partners"],
      period: label.period ?? null,
      flow,
      value: share ? null : value,
      currency: share ? null : currency,
      comparator,
      hedge,
      record: label.extra?.record === true || comparator === "record",
      growthPct: share ? null : growthPct,
      growthMultiple: share ? null : growthMultiple,
      sharePct: share ? (value ?? extraNumber(label, "share_pct")) : null,
      range: isRange(range) ? range : null,
      attribution: labelAttribution(label.attributed_reporter),
      attributionText: label.attributed_reporter ?? null,
      periodResolvedFrom: extraString(label, "year_resolved_from"),
    },
    reason: null,
  };
}

/** Reporter by reporter, as described at the top of the file. */
export function compareVerdicts(extracted: readonly ReporterVerdict[], labelled: readonly ReporterVerdict[]): ReporterComparison[] {
  const byReporter = (list: readonly ReporterVerdict[]) => {
    const map = new Map<string, string>();
    for (const v of list) if (!map.has(v.reporter)) map.set(v.reporter, v.verdict);
    return map;
  };
  const a = byReporter(extracted);
  const b = byReporter(labelled);
  const reporters = [...new Set([...a.keys(), ...b.keys()])].filter((r) => r !== NO_REPORTER);
  if (reporters.length === 0) reporters.push(NO_REPORTER);
  return reporters.map((reporter) => {
    const x = a.get(reporter) ?? NOT_CHECKABLE;
    const y = b.get(reporter) ?? NOT_CHECKABLE;
    return { reporter, extracted: x, labelled: y, agree: x === y };
  });
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function summariseAgreement(pairs: readonly PairAgreement[]): AgreementFigures {
  let verdicts = 0;
  let agreeing = 0;
  let pairsAgreeing = 0;
  let labelNotCheckable = 0;
  let checkableVerdicts = 0;
  let checkableAgreeing = 0;
  for (const pair of pairs) {
    const agree = pair.comparisons.filter((c) => c.agree).length;
    verdicts += pair.comparisons.length;
    agreeing += agree;
    if (agree === pair.comparisons.length) pairsAgreeing++;
    if (!pair.labelCheckable) labelNotCheckable++;
    else {
      checkableVerdicts += pair.comparisons.length;
      checkableAgreeing += agree;
    }
  }
  return {
    pairs: pairs.length,
    verdicts,
    agreeing,
    agreement: ratio(agreeing, verdicts),
    pairsAgreeing,
    labelNotCheckable,
    checkableVerdicts,
    checkableAgreeing,
    checkableAgreement: ratio(checkableAgreeing, checkableVerdicts),
  };
}

/** Judges both sides of every aligned pair of the evaluation's results and compares them. */
export function verdictAgreement(results: readonly RecordResult[], judge: Judge): VerdictAgreement {
  const pairs: PairAgreement[] = [];
  for (const result of results) {
    for (const pair of result.pairs) {
      const claim = result.claims[pair.claim];
      const label = result.labels[pair.label];
      if (!claim || !label) continue;
      const converted = labelAssertion(label);
      const labelled = converted.assertion ? judge(converted.assertion) : [{ reporter: NO_REPORTER, verdict: NOT_CHECKABLE }];
      pairs.push({
        result,
        claim: pair.claim,
        label: pair.label,
        comparisons: compareVerdicts(judge(claim.assertion), labelled),
        labelCheckable: labelled.some((v) => v.verdict !== NOT_CHECKABLE),
        labelReason: converted.reason,
      });
    }
  }
  const languages = ["en", "ru", "zh"] as const;
  const pick = (split: Split | null, language: Language | null) =>
    summariseAgreement(
      pairs.filter((p) => (split === null || p.result.split === split) && (language === null || p.result.record.language === language)),
    );
  const perLanguage = (split: Split | null) => Object.fromEntries(languages.map((l) => [l, pick(split, l)])) as Record<Language, AgreementFigures>;
  return {
    overall: pick(null, null),
    bySplit: { tuning: pick("tuning", null), held_out: pick("held_out", null) },
    byLanguage: perLanguage(null),
    bySplitAndLanguage: { tuning: perLanguage("tuning"), held_out: perLanguage("held_out") },
    pairs,
  };
}
