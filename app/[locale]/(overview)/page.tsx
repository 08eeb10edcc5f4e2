import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { ClaimsStrip } from "@/components/dashboard/claims-strip";
import { OverviewDashboard } from "@/components/dashboard/overview-dashboard";
import { ChartSkeleton } from "@/components/states/states";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { prefetchCoverage, prefetchTrade } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

// The heading and the lead go out at once; the figures follow as soon as the database has answered.
export default function OverviewPage({ searchParams }: Props) {
  const t = useTranslations("overview");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="lead">{t.rich("lead", { q: (chunks) => <span lang="en">{chunks}</span> })}</p>
      <Suspense fallback={<ChartSkeleton label={t("loadingFigures")} />}>
        <Overview searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Overview({ searchParams }: Props) {
  const filters = await loadDashboardFilters(searchParams);
  const queryClient = createServerQueryClient();
  await Promise.all([prefetchTrade(queryClient, toTradeFilters(filters, { withRegionTotals: true })), prefetchCoverage(queryClient)]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OverviewDashboard claimsStrip={<ClaimsStrip />} />
    </HydrationBoundary>
  );
}
