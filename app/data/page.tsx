import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { SearchParams } from "nuqs/server";
import { DataTable } from "@/components/data/data-table";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { prefetchCoverage, prefetchTrade } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";
export const metadata = { title: "Data" };

export default async function DataPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = await loadDashboardFilters(searchParams);
  const queryClient = createServerQueryClient();
  await Promise.all([prefetchTrade(queryClient, toTradeFilters(filters)), prefetchCoverage(queryClient)]);
  return (
    <>
      <h1>The figures</h1>
      <p className="lead">
        Exactly the observations behind the current filters, each with its reporter and source. The CSV download is the same rows, with the
        source&apos;s publisher and URL on every line.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <DataTable />
      </HydrationBoundary>
    </>
  );
}
