import Link from "next/link";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { EmptyState } from "@/components/states/states";
import { getDb } from "@/lib/core/db/client";
import { findClaims } from "@/lib/claims/queries";
import type { ClaimRow } from "@/lib/claims/schemas";

const STRIP_SIZE = 4;

/**
 * The article's trade claims with their computed verdicts, linking to the
 * claims page. Drawn on the server: the page carries these four claims as
 * HTML, not every claim's data for the browser to sift.
 */
export async function ClaimsStrip() {
  let trade: ClaimRow[];
  try {
    trade = (await findClaims(getDb(), { theme: null })).data.filter((c) => c.theme === "trade").slice(0, STRIP_SIZE);
  } catch {
    trade = [];
  }
  return (
    <section className="panel" aria-labelledby="claims-title">
      <h2 id="claims-title">What the article claims, checked</h2>
      {trade.length === 0 ? (
        <EmptyState>The verdicts could not be loaded just now.</EmptyState>
      ) : (
        <div className="claim-strip" data-testid="claims-strip">
          {trade.map((claim) => (
            <div key={claim.id}>
              <blockquote>“{claim.quote}”</blockquote>
              <div className="chips">
                {claim.verdicts
                  .filter((v) => v.verdict !== "not checkable with this data")
                  .map((v) => (
                    <VerdictBadge key={v.reporter} verdict={v.verdict} who={v.reporterName} />
                  ))}
              </div>
              <div className="small muted">{claim.verdicts.find((v) => v.reporter === "CHN")?.explanation}</div>
            </div>
          ))}
        </div>
      )}
      <p className="small">
        <Link href="/claims">Every claim, with the evidence →</Link>
      </p>
    </section>
  );
}
