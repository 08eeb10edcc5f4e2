import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { DataTable } from "@/components/data/data-table";
import { ChartSkeleton } from "@/components/states/states";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { prefetchCoverage, prefetchTrade } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";
export const metadata = { title: "Data" };

type Props = { searchParams: Promise<SearchParams> };

// The heading and the lead go out at once; the figures follow as soon as the database has answered.
export default function DataPage({ searchParams }: Props) {
  return (
    <>
      <h1>The figures</h1>
      <p className="lead">
        Exactly the observations behind the current filters, each with its reporter and source. The CSV download is the same rows, with the
        source&apos;s publisher and URL on every line.
      </p>
      <Suspense fallback={<ChartSkeleton label="Loading figures…" />}>
        <Figures searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Figures({ searchParams }: Props) {
  const filters = await loadDashboardFilters(searchParams);
  const queryClient = createServerQueryClient();
  await Promise.all([prefetchTrade(queryClient, toTradeFilters(filters)), prefetchCoverage(queryClient)]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DataTable />
    </HydrationBoundary>
  );
}
