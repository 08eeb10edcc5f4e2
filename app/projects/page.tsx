import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { ProjectsView } from "@/components/projects/projects-view";
import { baseMapShapes } from "@/lib/projects/base-map";
import { toProjectFilters } from "@/lib/projects/url-state";
import { loadProjectFilters } from "@/lib/projects/url-state-loader";
import { prefetchProjects } from "@/lib/projects/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "China-linked projects" };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = toProjectFilters(await loadProjectFilters(searchParams));
  const queryClient = createServerQueryClient();
  await prefetchProjects(queryClient, filters);
  return (
    <>
      <h1>China-linked projects in Central Asia</h1>
      <p className="lead">
        Named projects (compiled from the pages each cites), Chinese investment and construction deals from the AEI China Global Investment Tracker
        (which gives no project names), and the China-linked gas pipelines of Global Energy Monitor — each with its source, and the article themes it
        evidences. Amounts with different bases are never added together.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ProjectsView shapes={baseMapShapes()} />
      </HydrationBoundary>
    </>
  );
}
