"use client";

import { useTranslations } from "next-intl";
import { CENTRAL_ASIA, type Flow, type PartnerIso3 } from "@/lib/core/reference/codes";
import type { YearRange } from "@/lib/core/time-range";
import type { ReporterFilter } from "@/lib/trade/schemas";

/** Which parts of the filters a page shows (and so names in its summary). */
export interface SummaryParts {
  country?: readonly PartnerIso3[];
  time?: YearRange;
  reporter?: readonly ReporterFilter[];
  flow?: readonly Flow[];
}

/**
 * The current filters in a few words, in the reader's language, for the
 * FilterSheet's control: "Kazakhstan +2 · 2015–2025 · China's customs,
 * partner's own · Turnover". Only the parts given are named.
 */
export function useFilterSummary() {
  const t = useTranslations("filters.summary");
  const tRef = useTranslations("reference");
  return ({ country, time, reporter, flow }: SummaryParts): string => {
    const parts: string[] = [];
    if (country) {
      if (country.length === CENTRAL_ASIA.length) parts.push(t("allCountries"));
      else if (country.length === 1) parts.push(tRef(`countries.${country[0]!}`));
      else parts.push(t("countryMore", { first: tRef(`countries.${country[0]!}`), more: country.length - 1 }));
    }
    if (time) {
      const { from, to } = time;
      if (from === null && to === null) parts.push(t("allYears"));
      else if (from !== null && to !== null) parts.push(from === to ? String(from) : t("yearRange", { from: String(from), to: String(to) }));
      else if (from !== null) parts.push(t("fromYear", { from: String(from) }));
      else parts.push(t("toYear", { to: String(to) }));
    }
    if (reporter) {
      parts.push(
        reporter.length === 0 ? t("allReporters") : reporter.map((r) => (r === "partner" ? t("partner") : tRef(`reporterShort.${r}`))).join(", "),
      );
    }
    if (flow) parts.push(flow.map((f) => t(`flows.${f}`)).join(", "));
    return parts.join(" · ");
  };
}
