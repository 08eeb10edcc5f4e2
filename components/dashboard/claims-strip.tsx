"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { EmptyState } from "@/components/states/states";
import { claimsQueryOptions } from "@/lib/claims/query-options";

const STRIP_SIZE = 4;

/** The article's trade claims with their computed verdicts, linking to the claims page. */
export function ClaimsStrip() {
  const claims = useQuery(claimsQueryOptions());
  const trade = (claims.data?.data ?? []).filter((c) => c.theme === "trade").slice(0, STRIP_SIZE);
  return (
    <section className="panel" aria-labelledby="claims-title">
      <h2 id="claims-title">What the article claims, checked</h2>
      {claims.isError ? (
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
