import { dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/core/i18n/routing";
import type { SearchParams } from "nuqs/server";
import { Suspense, type ReactNode } from "react";
import { CountryDashboard } from "@/components/country/country-dashboard";
import { ChartSkeleton } from "@/components/states/states";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { CENTRAL_ASIA, type PartnerIso3 } from "@/lib/core/reference/codes";
import { prefetchCoverage, prefetchTrade } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHydrationBoundary } from "@/components/layout/page-hydration";

const localeOf = (raw: string): Locale => (isLocale(raw) ? raw : DEFAULT_LOCALE);

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; iso3: string }>;

function partnerOf(raw: string): PartnerIso3 | null {
  const iso3 = raw.toUpperCase();
  return (CENTRAL_ASIA as readonly string[]).includes(iso3) ? (iso3 as PartnerIso3) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, iso3: raw } = await params;
  const iso3 = partnerOf(raw);
  const t = await getTranslations({ locale: localeOf(locale), namespace: "country" });
  return { title: iso3 ? t("metaTitle", { genitive: t(`genitive.${iso3}`) }) : t("notFound") };
}

// The heading goes out at once; the figures follow as soon as the database has answered, the lead after them (the answer first).
export default async function CountryPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { locale, iso3: raw } = await params;
  const iso3 = partnerOf(raw);
  if (!iso3) notFound();
  const t = await getTranslations({ locale: localeOf(locale), namespace: "country" });
  const ref = await getTranslations({ locale: localeOf(locale), namespace: "reference" });
  const tOverview = await getTranslations({ locale: localeOf(locale), namespace: "overview" });
  const genitive = t(`genitive.${iso3}`);
  return (
    <ClientMessages page="country">
      <h1>{t("heading", { genitive })}</h1>
      <Suspense fallback={<ChartSkeleton label={tOverview("loadingFigures")} />}>
        <Country iso3={iso3} searchParams={searchParams} lead={<p className="lead">{t("lead", { name: ref(`countries.${iso3}`), genitive })}</p>} />
      </Suspense>
    </ClientMessages>
  );
}

async function Country({ iso3, searchParams, lead }: { iso3: PartnerIso3; searchParams: Promise<SearchParams>; lead: ReactNode }) {
  const filters = await loadDashboardFilters(searchParams);
  const queryClient = createServerQueryClient();
  await Promise.all([
    prefetchTrade(queryClient, toTradeFilters({ ...filters, country: [iso3] }, { allFlows: true, seriesOnly: true })),
    prefetchCoverage(queryClient),
  ]);
  return (
    <PageHydrationBoundary state={dehydrate(queryClient)}>
      <CountryDashboard iso3={iso3} lead={lead} />
    </PageHydrationBoundary>
  );
}
