import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { CountryDashboard } from "@/components/country/country-dashboard";
import { ChartSkeleton } from "@/components/states/states";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { CENTRAL_ASIA, COUNTRY_NAMES, type PartnerIso3 } from "@/lib/core/reference/codes";
import { prefetchCoverage, prefetchTrade } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";

type Params = Promise<{ iso3: string }>;

function partnerOf(raw: string): PartnerIso3 | null {
  const iso3 = raw.toUpperCase();
  return (CENTRAL_ASIA as readonly string[]).includes(iso3) ? (iso3 as PartnerIso3) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const iso3 = partnerOf((await params).iso3);
  return { title: iso3 ? `China–${COUNTRY_NAMES[iso3]} trade` : "Country not found" };
}

// The heading and the lead go out at once; the figures follow as soon as the database has answered.
export default async function CountryPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const iso3 = partnerOf((await params).iso3);
  if (!iso3) notFound();
  const name = COUNTRY_NAMES[iso3];
  return (
    <>
      <h1>China–{name} trade, from both sides</h1>
      <p className="lead">
        Every line is one reporter: China&apos;s customs, {name}&apos;s own statistics, and other publishers. Flows are named from China&apos;s side:
        China&apos;s exports to {name} are {name}&apos;s imports from China.
      </p>
      <Suspense fallback={<ChartSkeleton label="Loading figures…" />}>
        <Country iso3={iso3} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Country({ iso3, searchParams }: { iso3: PartnerIso3; searchParams: Promise<SearchParams> }) {
  const filters = await loadDashboardFilters(searchParams);
  const queryClient = createServerQueryClient();
  await Promise.all([prefetchTrade(queryClient, toTradeFilters({ ...filters, country: [iso3] }, { allFlows: true })), prefetchCoverage(queryClient)]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CountryDashboard iso3={iso3} />
    </HydrationBoundary>
  );
}
