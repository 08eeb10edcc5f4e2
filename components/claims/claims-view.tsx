"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, ErrorState } from "@/components/states/states";
import { COMPARATOR_LABELS } from "@/lib/claims/assertion";
import { projectsQueryOptions } from "@/lib/projects/query-options";
import { claimsQueryOptions, claimsUrl } from "@/lib/claims/query-options";
import { tradeQueryOptions } from "@/lib/trade/query-options";
import { CLAIM_THEME_LABELS } from "@/lib/claims/assertion";
import { ALL_PROJECTS } from "@/lib/projects/schemas";
import { CLAIM_TRADE_FILTERS } from "@/lib/claims/evidence-filters";
import { ClaimEvidenceChart } from "./claim-evidence-chart";
import { VerdictBadge } from "./verdict-badge";

export function ClaimsView() {
  const claims = useQuery(claimsQueryOptions());
  const trade = useQuery(tradeQueryOptions(CLAIM_TRADE_FILTERS));
  const projects = useQuery(projectsQueryOptions(ALL_PROJECTS));
  if (claims.isError && !claims.data) return <ErrorState error={claims.error} />;
  if (!claims.data) return <ChartSkeleton label="Loading claims…" />;
  return (
    <>
      <p className="small">
        <a className="button secondary" href={claimsUrl("csv")} download>
          CSV of every verdict
        </a>{" "}
        <span className="muted">{claims.data.meta.note}</span>
      </p>
      {claims.data.data.map((claim) => (
        <article className="panel claim" key={claim.id} id={claim.id} aria-labelledby={`${claim.id}-quote`} data-testid="claim">
          <blockquote id={`${claim.id}-quote`} className="claim-quote" style={{ margin: "0 0 0.4rem", fontStyle: "italic", fontSize: "1.05rem" }}>
            “{claim.quote}”
          </blockquote>
          <p className="small muted">
            {claim.location} · theme: {CLAIM_THEME_LABELS[claim.theme]} · checked as:{" "}
            {claim.assertion.comparators.map((c) => COMPARATOR_LABELS[c]).join(" + ")}
          </p>
          <div className="chips" aria-label="Verdicts per reporter" style={{ marginBottom: "0.5rem" }}>
            {claim.verdicts.map((v) => (
              <VerdictBadge key={v.reporter} verdict={v.verdict} who={v.reporterName} />
            ))}
          </div>
          <ul className="small verdict-list">
            {claim.verdicts.map((v) => (
              <li key={v.reporter} data-testid="verdict-explanation">
                {v.explanation}
              </li>
            ))}
          </ul>
          {trade.data && projects.data ? (
            <ClaimEvidenceChart claim={claim} trade={trade.data.data} sources={trade.data.sources} projects={projects.data.data} />
          ) : trade.isError || projects.isError ? (
            <ErrorState error={trade.error ?? projects.error} />
          ) : (
            <ChartSkeleton />
          )}
          <p className="small">
            <Link href={claim.dataUrl}>
              {claim.assertion.metric === "projects" ? "See these project records →" : "See these figures in the data view →"}
            </Link>
          </p>
        </article>
      ))}
      <SourcesPanel sources={claims.data.sources} />
    </>
  );
}
