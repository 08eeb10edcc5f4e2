"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { reporterColor } from "@/components/charts/chart-colors";
import type { ExtractedAssertion } from "@/lib/checker/extraction-schema";
import type { CheckedClaim } from "@/lib/checker/schemas";
import { toYearRows } from "@/lib/core/chart-rows";
import { formatUsdBn } from "@/lib/core/format";
import type { Locale } from "@/lib/core/i18n/routing";
import { FLOWS, type Flow } from "@/lib/core/reference/codes";
import type { SourceRef } from "@/lib/core/sources";
import { OriginalNames } from "@/components/claims/original-names";
import { AssertionEditor } from "./assertion-editor";
import { scriptLang, useCheckerLabels } from "./labels";
import { VerdictChip } from "./verdict-chip";

type T = ReturnType<typeof useTranslations<"checker">>;

function describeAssertion(a: ExtractedAssertion, t: T, country: (code: string) => string, locale: Locale): string {
  const who = a.partners.map(country).join(" + ");
  const decimal = (v: number) => (locale === "ru" ? String(v).replace(".", ",") : String(v));
  const what =
    a.value !== null
      ? t("describe.valued", {
          comparator: t(`describe.comparators.${a.comparator}`),
          value:
            a.currency === "CNY"
              ? t("describe.yuan", { value: locale === "ru" ? (a.value / 1e9).toFixed(1).replace(".", ",") : (a.value / 1e9).toFixed(1) })
              : formatUsdBn(a.value, 2, locale),
        })
      : a.growthPct !== null
        ? t("describe.grew", { pct: decimal(a.growthPct) })
        : a.sharePct !== null
          ? t("describe.share", { pct: decimal(a.sharePct) })
          : locale === "en"
            ? a.comparator
            : t(`describe.comparators.${a.comparator}`);
  return t("describe.summary", { who, flow: t(`describe.flows.${a.flow}`), period: a.period ?? t("describe.noPeriod"), what });
}

/** "'last year' with text date 2023-04-20" (the extractor's words) in the page's language, the quoted phrase in «» on a Russian page. */
function ResolvedFrom({ from, t, locale }: { from: string; t: T; locale: Locale }) {
  const match = /^'(.*)' (with|to) text date (\S+)$/.exec(from);
  if (!match) return <>{t.rich("evidence.resolvedFrom", { from, en: (chunks) => <span lang="en">{chunks}</span> })}</>;
  const [, phrase, how, date] = match;
  const quoted = locale === "ru" ? `«${phrase}»` : `'${phrase}'`;
  return <>{t(how === "with" ? "evidence.resolvedWith" : "evidence.resolvedTo", { phrase: quoted, date: date! })}</>;
}

/** The evidence of one claim: its parsed reading (editable), a verdict per reporter with its reason, the figures with their sources, a small chart. */
export function ClaimEvidence({
  claim,
  sources,
  busy,
  onJudge,
  language,
}: {
  claim: CheckedClaim;
  sources: SourceRef[];
  busy: boolean;
  onJudge: (assertion: ExtractedAssertion) => void;
  /** the checked text's language when the reader gave it; otherwise each quote is marked by its letters */
  language?: string;
}) {
  const t = useTranslations("checker");
  const ref = useTranslations("reference");
  const locale = useLocale() as Locale;
  const label = useCheckerLabels();
  const sourceById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const figures = claim.verdicts.flatMap((v) => v.figures);
  const fullYears = figures.filter((f) => /^\d{4}$/.test(f.period));
  const reporters = [...new Set(fullYears.map((f) => f.reporter))];
  const rows = toYearRows(
    fullYears.map((f) => ({
      year: Number(f.period),
      series: f.reporter,
      valueUsd: f.valueUsd,
      sourceLabel: sourceById.get(f.sourceId)?.publisher ?? f.sourceId,
    })),
    reporters,
  );
  const claimedYear = claim.assertion.period && /^\d{4}$/.test(claim.assertion.period) ? Number(claim.assertion.period) : undefined;
  const quote = (of: string) =>
    function Quote(chunks: React.ReactNode) {
      return <span lang={language || scriptLang(of)}>{chunks}</span>;
    };
  const flowLabel = (flow: string) => (locale === "en" || !(FLOWS as readonly string[]).includes(flow) ? flow : ref(`flowsShort.${flow as Flow}`));
  const n = claim.index + 1;

  return (
    <section id="claim-evidence" className="panel claim-evidence" aria-label={t("evidence.label", { n })} data-testid="claim-evidence">
      <h3>
        {t.rich("evidence.heading", { n, text: claim.text, q: quote(claim.text) })}
        {claim.corrected && <span className="muted small">{t("evidence.corrected")}</span>}
      </h3>
      <p className="small">{t("evidence.readAs", { description: describeAssertion(claim.assertion, t, label.country, locale) })}</p>
      {claim.assertion.attributionText && (
        <p className="small">{t.rich("evidence.attributed", { text: claim.assertion.attributionText, q: quote(claim.assertion.attributionText) })}</p>
      )}
      {claim.assertion.periodResolvedFrom && (
        <p className="small muted">
          <ResolvedFrom from={claim.assertion.periodResolvedFrom} t={t} locale={locale} />
        </p>
      )}
      {claim.assertion.inherited.length > 0 && (
        <p className="small muted">
          {t("evidence.inherited", { fields: claim.assertion.inherited.map((f) => t(`evidence.inheritedFields.${f}`)).join(", ") })}
        </p>
      )}
      <ul className="verdict-list">
        {claim.verdicts.map((v) => (
          <li key={v.reporter}>
            <VerdictChip verdict={v} />{" "}
            <span>
              <OriginalNames text={v.reason} locale={locale} />
            </span>
          </li>
        ))}
        {claim.verdicts.length === 0 && <li className="muted">{t("evidence.noReporter")}</li>}
      </ul>
      {rows.length > 1 && reporters.length > 0 && (
        <TrendLineChart
          title={t("evidence.chartTitle", { n })}
          data={rows}
          categories={reporters.map((r) => ({ key: r, label: label.reporter(r), color: reporterColor(r) }))}
          markers={
            claim.assertion.value !== null && claim.assertion.currency === "USD"
              ? [{ y: claim.assertion.value, label: claimedYear ? t("evidence.markerYear", { year: String(claimedYear) }) : t("evidence.marker") }]
              : []
          }
          height="short"
        />
      )}
      {figures.length > 0 && (
        // the value right after the reporter, so a phone shows both before the table scrolls (a keyboard can scroll it too)
        <div className="table-wrap" role="region" aria-label={t("evidence.caption")} tabIndex={0}>
          <table className="data evidence-table">
            <caption>{t("evidence.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("evidence.columns.reporter")}</th>
                <th scope="col" className="num">
                  {t("evidence.columns.value")}
                </th>
                <th scope="col">{t("evidence.columns.partner")}</th>
                <th scope="col">{t("evidence.columns.period")}</th>
                <th scope="col">{t("evidence.columns.flow")}</th>
                <th scope="col">{t("evidence.columns.source")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f, i) => {
                const source = sourceById.get(f.sourceId);
                return (
                  <tr key={`${f.reporter}-${f.period}-${f.sourceId}-${i}`}>
                    <td>{label.reporter(f.reporter)}</td>
                    <td className="num">{formatUsdBn(f.valueUsd, 2, locale)}</td>
                    <td>{label.country(f.partner)}</td>
                    <td translate="no">{f.period}</td>
                    <td>{flowLabel(f.flow)}</td>
                    <td>
                      {source ? (
                        <a href={source.url} rel="noreferrer">
                          {source.kind === "copy" ? (
                            t.rich("evidence.copyOf", { publisher: source.publisher, en: (chunks) => <span lang="en">{chunks}</span> })
                          ) : (
                            <span lang="en">{source.publisher}</span>
                          )}
                        </a>
                      ) : (
                        f.sourceId
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>{t("evidence.correct")}</summary>
        <AssertionEditor key={JSON.stringify(claim.assertion)} assertion={claim.assertion} busy={busy} onJudge={onJudge} />
      </details>
    </section>
  );
}
