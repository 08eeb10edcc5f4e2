// ClaimReview JSON-LD as a search engine reads it: every verdict that rates a
// claim is one ClaimReview carrying the fields Google's fact-check markup
// requires (checked here with a zod schema of them), for the article's claims
// and for a saved text check; and the <script> it is written in cannot be
// closed by anything inside a claim.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ClaimReviewJsonLd } from "@/components/share/claim-review-json-ld";
import { loadSavedCheck, saveCheck } from "@/lib/checker/saved";
import { findClaims } from "@/lib/claims/queries";
import { VERDICTS } from "@/lib/claims/verdict-core";
import { catalogueClaimReviews, claimReviews, jsonLdText, RATING_SCALE, savedCheckClaimReviews } from "@/lib/share/claim-review";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";

const ORIGIN = "https://caravan.example";

/** Google's ClaimReview structured data: required claimReviewed, reviewRating.alternateName and url; the rest as recommended, typed. */
const googleClaimReview = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    claimReviewed: z.string().min(1),
    url: z.url(),
    reviewRating: z
      .object({
        "@type": z.literal("Rating"),
        alternateName: z.string().min(1),
        ratingValue: z.number().optional(),
        bestRating: z.number().optional(),
        worstRating: z.number().optional(),
      })
      .refine((r) => r.ratingValue === undefined || (r.bestRating !== undefined && r.worstRating !== undefined), "a numeric rating states its scale")
      .refine(
        (r) => r.ratingValue === undefined || (r.ratingValue >= r.worstRating! && r.ratingValue <= r.bestRating!),
        "the rating is within its scale",
      ),
    author: z.object({ "@type": z.enum(["Organization", "Person"]), name: z.string().min(1), url: z.url().optional() }),
    datePublished: z.iso.date(),
    itemReviewed: z.object({
      "@type": z.literal("Claim"),
      author: z.object({ "@type": z.enum(["Organization", "Person"]), name: z.string().min(1) }).optional(),
      datePublished: z.iso.date().optional(),
      appearance: z
        .object({ "@type": z.literal("CreativeWork") })
        .loose()
        .optional(),
    }),
  })
  .loose();

describe("ClaimReview", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());

  it("gives each judged verdict of the article's claims a review with Google's required fields", async () => {
    const claims = await findClaims(t.db, { theme: null });
    const reviews = catalogueClaimReviews(claims.data, { origin: ORIGIN, datePublished: "2026-12-01" });
    const judged = claims.data.flatMap((c) => c.verdicts.filter((v) => v.role === "judged"));
    expect(reviews).toHaveLength(judged.length);
    for (const review of reviews) expect(googleClaimReview.safeParse(review).error?.issues ?? []).toEqual([]);
    const kaz = reviews.filter((r) => r.url === `${ORIGIN}/claims#kaz-2024-over-30bn`);
    expect(kaz.length).toBeGreaterThan(0);
    expect(kaz[0]!.claimReviewed).toContain("exceeded $30 billion");
    expect(kaz[0]!.author.name).toBe("Caravan");
    expect(kaz[0]!.itemReviewed.appearance?.headline).toContain("Community of Shared Destiny");
    for (const review of reviews) expect(VERDICTS).toContain(review.reviewRating.alternateName);
    // never a review for a reporter shown only beside the cited side
    expect(reviews.some((r) => r.reviewRating.alternateName === "other side's figure")).toBe(false);
  });

  it("rates on one scale: contradicted 1, partly supported 3, supported 5; verdicts that rate nothing have no number", () => {
    const make = (verdict: (typeof VERDICTS)[number]) =>
      claimReviews(
        {
          url: `${ORIGIN}/claims#x`,
          claimReviewed: "x",
          item: { "@type": "Claim" },
          verdicts: [{ reporterName: "China's customs (GACC)", verdict, role: "judged", explanation: "e" }],
        },
        { origin: ORIGIN, datePublished: new Date("2026-12-01T12:00:00Z") },
      )[0]!.reviewRating;
    expect(make("contradicted")).toMatchObject({ ratingValue: 1, worstRating: RATING_SCALE.worst, bestRating: RATING_SCALE.best });
    expect(make("partly supported").ratingValue).toBe(3);
    expect(make("supported").ratingValue).toBe(5);
    expect(make("not checkable with this data").ratingValue).toBeUndefined();
    expect(make("supported").alternateName).toBe("supported");
  });

  it("does the same for a saved text check, the claim being its sentence", async () => {
    const request = {
      text: "Noise first. In 2024, trade turnover between Kazakhstan and China exceeded $30 billion. More noise.",
      date: "2025-03-01",
    };
    const { id } = await saveCheck(t.db, request);
    const loaded = await loadSavedCheck(t.db, id);
    const reviews = savedCheckClaimReviews({ id, ...loaded }, { origin: ORIGIN, datePublished: "2026-12-01" });
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      expect(googleClaimReview.safeParse(review).error?.issues ?? []).toEqual([]);
      expect(review.url).toBe(`${ORIGIN}/check/${id}`);
      expect(review.claimReviewed).toBe("In 2024, trade turnover between Kazakhstan and China exceeded $30 billion.");
      expect(review.itemReviewed.datePublished).toBe("2025-03-01");
    }
  });

  it("is written into its script so that no claim can close it", () => {
    const quote = 'A </script><script>alert("x")</script> & <!-- claim';
    const reviews = claimReviews(
      {
        url: `${ORIGIN}/claims#x`,
        claimReviewed: quote,
        item: { "@type": "Claim" },
        verdicts: [{ reporterName: "r", verdict: "supported", role: "judged", explanation: "\u2028" }],
      },
      { origin: ORIGIN, datePublished: "2026-12-01" },
    );
    const html = renderToStaticMarkup(createElement(ClaimReviewJsonLd, { reviews }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("<!--");
    const json = html.slice('<script type="application/ld+json">'.length, -"</script>".length);
    expect(json).toBe(jsonLdText(reviews));
    expect(JSON.parse(json)[0].claimReviewed).toBe(quote);
    expect(renderToStaticMarkup(createElement(ClaimReviewJsonLd, { reviews: [] }))).toBe("");
  });
});
