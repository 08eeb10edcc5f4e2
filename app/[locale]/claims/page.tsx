import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { ClaimsView } from "@/components/claims/claims-view";
import { ClaimReviewJsonLd } from "@/components/share/claim-review-json-ld";
import { requestOrigin } from "@/components/share/request-origin";
import { ChartSkeleton } from "@/components/states/states";
import { ARTICLE } from "@/lib/claims/article";
import { findClaims } from "@/lib/claims/queries";
import { getDb } from "@/lib/core/db/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/core/i18n/routing";
import { catalogueClaimReviews } from "@/lib/share/claim-review";
import { ClientMessages } from "@/components/layout/client-messages";

export const dynamic = "force-dynamic";

const localeOf = (raw: string): Locale => (isLocale(raw) ? raw : DEFAULT_LOCALE);

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: "claims" });
  return { title: t("metaTitle") };
}

// The heading goes out at once; the claims follow once their verdicts are computed, the summary of
// their verdicts first (the page's answer, inside a phone's first screen) and the table of every claim,
// then the lead (the article and the method) opening the evidence.
export default function ClaimsPage() {
  const t = useTranslations("claims");
  const lead = (
    <p className="lead">{t.rich("lead", { title: ARTICLE.title, publisher: ARTICLE.publisher, en: (chunks) => <span lang="en">{chunks}</span> })}</p>
  );
  return (
    <ClientMessages page="claims">
      <h1>{t("heading")}</h1>
      <Suspense
        fallback={
          <>
            {lead}
            <ChartSkeleton label={t("loading")} />
          </>
        }
      >
        <Claims lead={lead} />
      </Suspense>
    </ClientMessages>
  );
}

// Drawn on the server, so the page carries the claims as HTML and no copy of their data for the browser;
// an outage reaches app/error.tsx ("data temporarily unavailable").
// schema.org ClaimReview JSON-LD beside them, one review per claim and reporter, for fact-check aggregators.
async function Claims({ lead }: { lead: ReactNode }) {
  const locale = localeOf(await getLocale());
  const filters = locale === DEFAULT_LOCALE ? { theme: null } : { theme: null, locale };
  const [claims, origin] = await Promise.all([findClaims(getDb(), filters), requestOrigin()]);
  return (
    <>
      <ClaimsView claims={claims} lead={lead} />
      <ClaimReviewJsonLd reviews={catalogueClaimReviews(claims.data, { origin, datePublished: new Date() })} />
    </>
  );
}
