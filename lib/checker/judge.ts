// A claim found in a text, judged by the claims' verdict engine
// (lib/claims/trade-verdict.ts): the same rules as the article's catalogue,
// one verdict per reporter with the figures it rests on.
import { judgeTradeClaim } from "../claims/trade-verdict";
import type { Locale } from "../core/i18n/routing";
import type { ExtractedAssertion } from "./extraction-schema";
import type { SourceRef } from "../core/sources";
import type { TradeRow } from "../trade/schemas";
import type { CheckVerdict } from "./schemas";

/** The figures a check is judged on: every all-goods figure of the partners it speaks of, and their sources. */
export interface Evidence {
  trade: TradeRow[];
  sources: SourceRef[];
}

/** The verdicts of one assertion, their reasons in `locale` (English by default). */
export function judgeAssertion(assertion: ExtractedAssertion, evidence: Evidence, locale?: Locale): CheckVerdict[] {
  return judgeTradeClaim(assertion, evidence, locale).map((v) => ({
    reporter: v.reporter,
    reporterName: v.reporterName,
    verdict: v.verdict,
    role: v.role,
    period: v.period,
    reason: v.explanation,
    figures: v.figures.map(({ reporter, partner, period, measure, valueUsd, sourceId }) => ({
      reporter,
      partner,
      period,
      flow: measure,
      valueUsd,
      sourceId,
    })),
  }));
}
