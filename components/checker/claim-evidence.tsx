"use client";

import { useMemo } from "react";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { reporterColor } from "@/components/charts/chart-colors";
import type { ExtractedAssertion } from "@/lib/checker/extraction-schema";
import type { CheckedClaim } from "@/lib/checker/schemas";
import { toYearRows } from "@/lib/core/chart-rows";
import { formatUsdBn } from "@/lib/core/format";
import { COUNTRY_NAMES, FLOW_LABELS, reporterLabel } from "@/lib/core/reference/codes";
import type { SourceRef } from "@/lib/core/sources";
import { AssertionEditor } from "./assertion-editor";
import { VerdictChip } from "./verdict-chip";

function describeAssertion(a: ExtractedAssertion): string {
  const who = a.partners.map((p) => COUNTRY_NAMES[p] ?? p).join(" + ");
  const what =
    a.value !== null
      ? `${a.comparator.replace("_", " ")} ${a.currency === "CNY" ? `${(a.value / 1e9).toFixed(1)}bn yuan` : formatUsdBn(a.value)}`
      : a.growthPct !== null
        ? `grew ${a.growthPct}%`
        : a.sharePct !== null
          ? `share ${a.sharePct}%`
          : a.comparator;
  return `China–${who}, ${FLOW_LABELS[a.flow].toLowerCase()}, ${a.period ?? "period not stated"}: ${what}`;
}

/** The evidence of one claim: its parsed reading (editable), a verdict per reporter with its reason, the figures with their sources, a small chart. */
export function ClaimEvidence({
  claim,
  sources,
  busy,
  onJudge,
}: {
  claim: CheckedClaim;
  sources: SourceRef[];
  busy: boolean;
  onJudge: (assertion: ExtractedAssertion) => void;
}) {
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

  return (
    <section id="claim-evidence" className="panel claim-evidence" aria-label={`Evidence for claim ${claim.index + 1}`} data-testid="claim-evidence">
      <h3>
        Claim {claim.index + 1}: “{claim.text}”{claim.corrected && <span className="muted small"> (reading corrected by you)</span>}
      </h3>
      <p className="small">Read as: {describeAssertion(claim.assertion)}</p>
      {claim.assertion.attributionText && <p className="small">Attributed in the text to: “{claim.assertion.attributionText}”</p>}
      {claim.assertion.periodResolvedFrom && <p className="small muted">Period resolved from {claim.assertion.periodResolvedFrom}.</p>}
      {claim.assertion.inherited.length > 0 && (
        <p className="small muted">Carried over from an earlier sentence: {claim.assertion.inherited.join(", ")}.</p>
      )}
      <ul className="verdict-list">
        {claim.verdicts.map((v) => (
          <li key={v.reporter}>
            <VerdictChip verdict={v} /> <span>{v.reason}</span>
          </li>
        ))}
        {claim.verdicts.length === 0 && <li className="muted">No reporter has figures this claim can be judged on.</li>}
      </ul>
      {rows.length > 1 && reporters.length > 0 && (
        <TrendLineChart
          title={`Figures behind claim ${claim.index + 1}`}
          data={rows}
          categories={reporters.map((r) => ({ key: r, label: reporterLabel(r), color: reporterColor(r) }))}
          markers={
            claim.assertion.value !== null && claim.assertion.currency === "USD"
              ? [{ y: claim.assertion.value, label: `The text${claimedYear ? ` (${claimedYear})` : ""}` }]
              : []
          }
          height="short"
        />
      )}
      {figures.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="small">The figures judged, with their sources</caption>
            <thead>
              <tr>
                <th scope="col">Reporter</th>
                <th scope="col">Partner</th>
                <th scope="col">Period</th>
                <th scope="col">Flow</th>
                <th scope="col">Value</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f, i) => {
                const source = sourceById.get(f.sourceId);
                return (
                  <tr key={`${f.reporter}-${f.period}-${f.sourceId}-${i}`}>
                    <td>{reporterLabel(f.reporter)}</td>
                    <td>{COUNTRY_NAMES[f.partner] ?? f.partner}</td>
                    <td>{f.period}</td>
                    <td>{f.flow}</td>
                    <td>{formatUsdBn(f.valueUsd)}</td>
                    <td>
                      {source ? (
                        <a href={source.url} rel="noreferrer">
                          {source.kind === "copy" ? `copy of ${source.publisher}` : source.publisher}
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
        <summary>Wrong reading? Correct it</summary>
        <AssertionEditor key={JSON.stringify(claim.assertion)} assertion={claim.assertion} busy={busy} onJudge={onJudge} />
      </details>
    </section>
  );
}
