import { dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/core/i18n/routing";
import type { SearchParams } from "nuqs/server";
import { Suspense, type ReactNode } from "react";
import { DataTable } from "@/components/data/data-table";
import { ChartSkeleton } from "@/components/states/states";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { prefetchCoverage, prefetchTradeTableSummary } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHydrationBoundary } from "@/components/layout/page-hydration";

const localeOf = (raw: string): Locale => (isLocale(raw) ? raw : DEFAULT_LOCALE);

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: "data" });
  return { title: t("metaTitle") };
}

// The heading goes out at once; the figures follow as soon as the database has answered, the lead after them (the answer first).
export default function DataPage({ searchParams }: Props) {
  const t = useTranslations("data");
  const tOverview = useTranslations("overview");
  return (
    <ClientMessages page="data">
      <h1>{t("heading")}</h1>
      <Suspense fallback={<ChartSkeleton label={tOverview("loadingFigures")} />}>
        <Figures searchParams={searchParams} lead={<p className="lead">{t("lead")}</p>} />
      </Suspense>
    </ClientMessages>
  );
}

async function Figures({ searchParams, lead }: Props & { lead: ReactNode }) {
  const filters = await loadDashboardFilters(searchParams);
  const queryClient = createServerQueryClient();
  await Promise.all([prefetchTradeTableSummary(queryClient, toTradeFilters(filters)), prefetchCoverage(queryClient)]);
  return (
    <PageHydrationBoundary state={dehydrate(queryClient)}>
      <DataTable lead={lead} />
    </PageHydrationBoundary>
  );
}
