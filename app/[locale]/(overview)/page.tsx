import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
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
  return (
    <>
      <h1>China–Central Asia trade, as each side reports it</h1>
      <p className="lead">
        A policy article says China–Central Asia trade reached “a record $95 billion in 2024”. China&apos;s customs, the Central Asian states&apos;
        own statistics and other publishers measure the same trade differently; Caravan shows each of them, labelled, with the source of every figure.
      </p>
      <Suspense fallback={<ChartSkeleton label="Loading figures…" />}>
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
