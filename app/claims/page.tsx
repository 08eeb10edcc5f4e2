import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ClaimsView } from "@/components/claims/claims-view";
import { ARTICLE } from "@/lib/claims/article";
import { CLAIM_TRADE_FILTERS } from "@/lib/claims/evidence-filters";
import { prefetchProjects } from "@/lib/projects/prefetch";
import { prefetchClaims } from "@/lib/claims/prefetch";
import { ALL_PROJECTS } from "@/lib/projects/schemas";
import { prefetchTrade } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "The article's claims, checked" };

export default async function ClaimsPage() {
  const queryClient = createServerQueryClient();
  await Promise.all([prefetchClaims(queryClient), prefetchTrade(queryClient, CLAIM_TRADE_FILTERS), prefetchProjects(queryClient, ALL_PROJECTS)]);
  return (
    <>
      <h1>The article&apos;s claims, checked against the data</h1>
      <p className="lead">
        Short quotes from “{ARTICLE.title}” ({ARTICLE.publisher}). Each claim is stored as a structured assertion; its verdicts are computed from the
        figures and project records in the database every time this page loads, once per reporter, never typed in.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ClaimsView />
      </HydrationBoundary>
    </>
  );
}
