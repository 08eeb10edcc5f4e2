import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { MirrorDashboard } from "@/components/mirror/mirror-dashboard";
import { ChartSkeleton } from "@/components/states/states";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { prefetchCoverage, prefetchMirror } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";
export const metadata = { title: "Reporter gap" };

type Props = { searchParams: Promise<SearchParams> };

// The heading and the explanation go out at once; the figures follow as soon as the database has answered.
export default function MirrorPage({ searchParams }: Props) {
  return (
    <>
      <h1>The reporter gap: China&apos;s figures against the partners&apos; own</h1>
      <p className="lead">
        The same goods crossing the same border are counted twice, once by each side, and the two counts rarely agree. For Kazakhstan, China&apos;s
        customs report far more trade than Kazakhstan&apos;s own statistics. That gap is a finding, not an error.
      </p>
      <section className="panel" aria-labelledby="why-title">
        <h2 id="why-title">Why the two sides differ</h2>
        <ul>
          <li>
            <strong>Valuation.</strong> Importers record goods with the cost of insurance and freight (CIF); exporters record them at the border
            (FOB). The same shipment is worth more in the importer&apos;s books.
          </li>
          <li>
            <strong>Re-exports and transit.</strong> Goods China ships to Kazakhstan or Kyrgyzstan may travel on to Russia or elsewhere; China records
            the first destination, the partner may record them as transit or not at all.
          </li>
          <li>
            <strong>Timing.</strong> A shipment that leaves China in December can arrive in January and fall in different years on each side.
          </li>
          <li>
            <strong>Coverage.</strong> Informal and shuttle trade, goods below reporting thresholds, and trade through free-trade zones (such as
            Khorgos) are captured differently; Tajikistan and Turkmenistan publish no partner series here at all.
          </li>
        </ul>
      </section>
      <Suspense fallback={<ChartSkeleton label="Loading figures…" />}>
        <Mirror searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Mirror({ searchParams }: Props) {
  const filters = await loadDashboardFilters(searchParams);
  const { reporter: _ignored, ...query } = toTradeFilters(filters);
  const queryClient = createServerQueryClient();
  await Promise.all([prefetchMirror(queryClient, query), prefetchCoverage(queryClient)]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <MirrorDashboard />
    </HydrationBoundary>
  );
}
