import { dehydrate } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { SearchParams } from "nuqs/server";
import { Suspense, type ReactNode } from "react";
import { ClaimsStrip } from "@/components/dashboard/claims-strip";
import { OverviewDashboard } from "@/components/dashboard/overview-dashboard";
import { ChartSkeleton } from "@/components/states/states";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { prefetchCoverage, prefetchTrade } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHydrationBoundary } from "@/components/layout/page-hydration";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

// The heading goes out at once; the figures follow as soon as the database has answered, the lead after them (the answer first).
export default function OverviewPage({ searchParams }: Props) {
  const t = useTranslations("overview");
  return (
    <ClientMessages page="overview">
      <h1>{t("heading")}</h1>
      <Suspense fallback={<ChartSkeleton label={t("loadingFigures")} />}>
        <Overview searchParams={searchParams} lead={<p className="lead">{t.rich("lead", { q: (chunks) => <span lang="en">{chunks}</span> })}</p>} />
      </Suspense>
    </ClientMessages>
  );
}

async function Overview({ searchParams, lead }: Props & { lead: ReactNode }) {
  const filters = await loadDashboardFilters(searchParams);
  const queryClient = createServerQueryClient();
  await Promise.all([
    prefetchTrade(queryClient, toTradeFilters(filters, { withRegionTotals: true, seriesOnly: true })),
    prefetchCoverage(queryClient),
  ]);
  return (
    <PageHydrationBoundary state={dehydrate(queryClient)}>
      <OverviewDashboard claimsStrip={<ClaimsStrip />} lead={lead} />
    </PageHydrationBoundary>
  );
}
