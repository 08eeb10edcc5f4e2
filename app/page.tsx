import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { SearchParams } from "nuqs/server";
import { OverviewDashboard } from "@/components/dashboard/overview-dashboard";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { prefetchClaims } from "@/lib/claims/prefetch";
import { prefetchCoverage, prefetchTrade } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = await loadDashboardFilters(searchParams);
  const queryClient = createServerQueryClient();
  await Promise.all([
    prefetchTrade(queryClient, toTradeFilters(filters, { withRegionTotals: true })),
    prefetchCoverage(queryClient),
    prefetchClaims(queryClient),
  ]);
  return (
    <>
      <h1>China–Central Asia trade, as each side reports it</h1>
      <p className="lead">
        A policy article says China–Central Asia trade reached “a record $95 billion in 2024”. China&apos;s customs, the Central Asian states&apos;
        own statistics and other publishers measure the same trade differently; Caravan shows each of them, labelled, with the source of every figure.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OverviewDashboard />
      </HydrationBoundary>
    </>
  );
}
