// schema.org ClaimReview for each verdict Caravan gives a claim: the article's
// claims on /claims and the claims found in a saved text check (/check/<id>).
// One review per judged reporter: a claim judged on China's customs and on
// the partner's statistics gets two, each naming whose figures it rests on.
// A reporter shown only beside the cited side ("other side's figure") rates
// nothing and gets none. Pure and browser-safe.
import type { CheckResponse, CheckVerdict } from "../checker/schemas";
import type { CheckRequest } from "../checker/schemas";
import { ARTICLE } from "../claims/article";
import type { ClaimRow } from "../claims/schemas";
import type { Verdict } from "../claims/verdict-core";
import { CARAVAN_DESCRIPTION, CARAVAN_NAME, isoDate } from "./citation";

/** The numeric scale of the verdicts that rate a claim: 1 contradicted … 5 supported. */
export const RATING_SCALE = { worst: 1, best: 5 } as const;
const RATING_VALUES: Partial<Record<Verdict, number>> = { contradicted: 1, "partly supported": 3, supported: 5 };

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string; url: string; description: string };
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    name: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
    /** The verdict's reasons, said once: a second copy as reviewBody cost /claims 10 kB of HTML and as much again in its payload. */
    ratingExplanation: string;
  };
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Organization" | "Person"; name: string };
    datePublished?: string;
    appearance?: { "@type": "CreativeWork"; name?: string; headline?: string; url?: string; author?: { "@type": "Organization"; name: string } };
  };
}

/** One claim as any source of claims gives it, with its verdicts per reporter. */
export interface ReviewedClaim {
  /** the page of the review, with the claim's anchor where the page has one */
  url: string;
  claimReviewed: string;
  item: ClaimReview["itemReviewed"];
  verdicts: { reporterName: string; verdict: Verdict; role: "judged" | "other side"; explanation: string }[];
}

export interface ReviewOptions {
  origin: string;
  /** the day the verdicts were computed (they are computed on every request, never stored) */
  datePublished: Date | string;
}

/** The reviews of one claim: one per judged verdict. */
export function claimReviews(claim: ReviewedClaim, options: ReviewOptions): ClaimReview[] {
  const author = { "@type": "Organization" as const, name: CARAVAN_NAME, url: `${options.origin}/`, description: CARAVAN_DESCRIPTION };
  return claim.verdicts
    .filter((v) => v.role === "judged")
    .map((v) => {
      const value = RATING_VALUES[v.verdict];
      return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: claim.url,
        claimReviewed: claim.claimReviewed,
        datePublished: isoDate(options.datePublished),
        author,
        reviewRating: {
          "@type": "Rating",
          alternateName: v.verdict,
          name: `${v.verdict} (judged on ${v.reporterName}'s figures)`,
          ...(value !== undefined ? { ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst } : {}),
          ratingExplanation: v.explanation,
        },
        itemReviewed: claim.item,
      };
    });
}

/** The article's claims on /claims, each reviewed per judged reporter. */
export function catalogueClaimReviews(claims: readonly ClaimRow[], options: ReviewOptions): ClaimReview[] {
  const appearance = {
    "@type": "CreativeWork" as const,
    headline: ARTICLE.title,
    name: ARTICLE.title,
    author: { "@type": "Organization" as const, name: ARTICLE.publisher },
  };
  return claims.flatMap((claim) =>
    claimReviews(
      {
        url: `${options.origin}/claims#${claim.id}`,
        claimReviewed: claim.quote,
        item: { "@type": "Claim", author: { "@type": "Organization", name: ARTICLE.publisher }, appearance },
        verdicts: claim.verdicts,
      },
      options,
    ),
  );
}

const asReviewVerdicts = (verdicts: CheckVerdict[]) =>
  verdicts.map((v) => ({ reporterName: v.reporterName, verdict: v.verdict, role: v.role, explanation: v.reason }));

/** A saved text check's claims (/check/<id>): the claim is its sentence, reviewed per judged reporter. */
export function savedCheckClaimReviews(
  check: { id: string; request: Pick<CheckRequest, "text" | "date">; result: Pick<CheckResponse, "data"> },
  options: ReviewOptions,
): ClaimReview[] {
  return check.result.data.flatMap((claim) =>
    claimReviews(
      {
        url: `${options.origin}/check/${check.id}`,
        claimReviewed: check.request.text.slice(claim.sentenceStart, claim.sentenceEnd).replace(/\s+/g, " ").trim() || claim.text,
        item: {
          "@type": "Claim",
          ...(check.request.date ? { datePublished: check.request.date } : {}),
          appearance: { "@type": "CreativeWork", name: "A text checked with Caravan", url: `${options.origin}/check/${check.id}` },
        },
        verdicts: asReviewVerdicts(claim.verdicts),
      },
      options,
    ),
  );
}

/**
 * JSON-LD for a <script type="application/ld+json">: "<" (and ">", "&", the
 * line and paragraph separators) written as \u escapes, so no quote can close
 * the script element or open another.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
