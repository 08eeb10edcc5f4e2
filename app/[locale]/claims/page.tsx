import type { Metadata } from "next";
import { Suspense } from "react";
import { ClaimsView } from "@/components/claims/claims-view";
import { ClaimReviewJsonLd } from "@/components/share/claim-review-json-ld";
import { requestOrigin } from "@/components/share/request-origin";
import { ChartSkeleton } from "@/components/states/states";
import { ARTICLE } from "@/lib/claims/article";
import { findClaims } from "@/lib/claims/queries";
import { getDb } from "@/lib/core/db/client";
import { catalogueClaimReviews } from "@/lib/share/claim-review";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "The article's claims, checked" };

// The heading and the lead go out at once; the claims follow once their verdicts are computed.
export default function ClaimsPage() {
  return (
    <>
      <h1>The article&apos;s claims, checked against the data</h1>
      <p className="lead">
        Short quotes from “{ARTICLE.title}” ({ARTICLE.publisher}). Each claim is stored as a structured assertion; its verdicts are computed from the
        figures and project records in the database every time this page loads, once per reporter, never typed in.
      </p>
      <Suspense fallback={<ChartSkeleton label="Loading claims…" />}>
        <Claims />
      </Suspense>
    </>
  );
}

// Drawn on the server, so the page carries the claims as HTML and no copy of their data for the browser;
// an outage reaches app/error.tsx ("data temporarily unavailable").
// schema.org ClaimReview JSON-LD beside them, one review per claim and reporter, for fact-check aggregators.
async function Claims() {
  const [claims, origin] = await Promise.all([findClaims(getDb(), { theme: null }), requestOrigin()]);
  return (
    <>
      <ClaimsView claims={claims} />
      <ClaimReviewJsonLd reviews={catalogueClaimReviews(claims.data, { origin, datePublished: new Date() })} />
    </>
  );
}
