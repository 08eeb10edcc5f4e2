// ClaimReview structured data (schema.org, as search engines read fact
// checks) in a <script type="application/ld+json">, escaped so that no text
// in a claim can end the script. Server components: the verdicts are computed
// on the server and nothing runs in the browser.
import { findClaims } from "@/lib/claims/queries";
import { getDb } from "@/lib/core/db/client";
import type { LoadedCheck } from "@/lib/checker/saved";
import { catalogueClaimReviews, jsonLdText, savedCheckClaimReviews, type ClaimReview } from "@/lib/share/claim-review";
import { requestOrigin } from "./request-origin";

/** Renders the given reviews; nothing when there are none. */
export function ClaimReviewJsonLd({ reviews }: { reviews: ClaimReview[] }) {
  if (reviews.length === 0) return null;
  // JSON-LD must be the script's text; jsonLdText escapes "<" and friends so that no claim can close it
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(reviews) }} />;
}

/** The article's claims (for /claims): verdicts computed now, one review per judged reporter. */
export async function CatalogueClaimReviewJsonLd() {
  const [claims, origin] = await Promise.all([findClaims(getDb(), { theme: null }), requestOrigin()]);
  return <ClaimReviewJsonLd reviews={catalogueClaimReviews(claims.data, { origin, datePublished: new Date() })} />;
}

/** A saved check's claims (for /check/[id]), from the check the page already loaded. */
export async function SavedCheckClaimReviewJsonLd({ check }: { check: LoadedCheck }) {
  const origin = await requestOrigin();
  const id = check.result.meta.saved?.id;
  if (!id) return null;
  return <ClaimReviewJsonLd reviews={savedCheckClaimReviews({ id, ...check }, { origin, datePublished: new Date() })} />;
}
