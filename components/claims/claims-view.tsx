import Link from "next/link";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { CLAIM_THEME_LABELS, COMPARATOR_LABELS } from "@/lib/claims/assertion";
import { claimsUrl } from "@/lib/claims/query-options";
import type { ClaimsResponse } from "@/lib/claims/schemas";
import { ShareChart } from "@/components/share/share-chart";
import { verdictSourceUses } from "@/lib/share/citation";
import { ClaimEvidenceSection } from "./claim-evidence-section";
import { VerdictBadge } from "./verdict-badge";

/**
 * Every claim with its verdicts, drawn on the server: nothing here needs the
 * browser but the evidence charts, which are client leaves given only what
 * they draw from (the assertion, the quote and the records' ids).
 */
export function ClaimsView({ claims }: { claims: ClaimsResponse }) {
  return (
    <>
      <p className="small">
        <a className="button secondary" href={claimsUrl("csv")} download>
          CSV of every verdict
        </a>{" "}
        <span className="muted">{claims.meta.note}</span>
      </p>
      {claims.data.map((claim) => (
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
          <ClaimEvidenceSection claim={{ quote: claim.quote, assertion: claim.assertion, projectIds: claim.verdicts.flatMap((v) => v.projectIds) }} />
          <ShareChart
            kind="claim"
            claimId={claim.id}
            title={`“${claim.quote}”`}
            sources={claims.sources.filter((s) => claim.verdicts.some((v) => v.sourceIds.includes(s.id)))}
            uses={verdictSourceUses(claim.verdicts)}
          />
          <p className="small">
            <Link href={claim.dataUrl}>
              {claim.assertion.metric === "projects" ? "See these project records →" : "See these figures in the data view →"}
            </Link>
          </p>
        </article>
      ))}
      <SourcesPanel sources={claims.sources} />
    </>
  );
}
