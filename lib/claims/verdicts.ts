// Computes each catalogue claim's verdicts from the stored figures and
// project records, at request time: new data changes a verdict with no code
// change. Trade assertions are mapped onto the one trade verdict
// (trade-verdict.ts) that the text checker also calls. Pure and
// browser-safe, so it is unit-tested on hand-made data sets.
import type { Locale } from "../core/i18n/routing";
import type { ClaimRecord, TradeAssertion } from "./assertion";
import { projectVerdicts } from "./project-verdict";
import { eventVerdicts, gdpVerdicts } from "./reference-verdict";
import { judgeTradeClaim, type TradeClaim, type TradeClaimComparator } from "./trade-verdict";
import type { ClaimVerdict, Evidence } from "./verdict-core";

export {
  combine,
  VERDICTS,
  type Check,
  type ClaimVerdict,
  type Evidence,
  type ReferenceData,
  type Verdict,
  type VerdictFigure,
} from "./verdict-core";

/** The claim's verdicts, one per reporter, explained in `locale` (English by default). */
export function computeVerdicts(claim: ClaimRecord, evidence: Evidence, locale?: Locale): ClaimVerdict[] {
  const a = claim.assertion;
  switch (a.metric) {
    case "projects":
      return projectVerdicts(a, evidence.projects, evidence.reference, locale);
    case "gdp":
      return gdpVerdicts(a, evidence.reference, locale);
    case "event":
      return eventVerdicts(a, locale);
    case "turnover":
      return judgeTradeClaim(tradeClaimOf(a), evidence, locale);
  }
}

/**
 * A catalogue assertion in the checker's shape: years → a period ("2024",
 * or "2020-2024" for a trend), threshold → value, the comparator list → one
 * comparator plus the record flag.
 */
export function tradeClaimOf(a: TradeAssertion): TradeClaim {
  const has = (c: TradeAssertion["comparators"][number]) => a.comparators.includes(c);
  const comparator: TradeClaimComparator = has("largest_partner")
    ? "largest_partner"
    : has("forecast_growth")
      ? "continues_to_grow"
      : has("growing")
        ? "growing"
        : has("more_than")
          ? "more_than"
          : has("approximately")
            ? "approximately"
            : "record";
  return {
    partners: a.partners,
    period: a.years.from === a.years.to ? String(a.years.to) : `${a.years.from}-${a.years.to}`,
    flow: "turnover",
    value: a.threshold ?? null,
    currency: a.threshold === undefined ? null : "USD",
    comparator,
    precision: a.precision ?? null,
    hedge: null,
    record: has("record_high"),
    growthPct: null,
    growthMultiple: null,
    sharePct: null,
    attribution: a.attribution ?? null,
    attributionText: a.attributionText ?? null,
    tolerancePct: a.tolerancePct ?? null,
    among: a.among ?? null,
  };
}

export { reporterSeries, type YearValue } from "./reporter-series";
