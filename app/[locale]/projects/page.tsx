import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { ProjectsView } from "@/components/projects/projects-view";
import { ChartSkeleton } from "@/components/states/states";
import { baseMapShapes } from "@/lib/projects/base-map";
import type { BaseShape } from "@/lib/projects/map";
import { toProjectFilters } from "@/lib/projects/url-state";
import { loadProjectFilters } from "@/lib/projects/url-state-loader";
import { prefetchProjects } from "@/lib/projects/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "China-linked projects" };

type Props = { searchParams: Promise<SearchParams> };

// The country outlines never change while the server runs; drawing them from world-atlas takes a quarter to half a second, so once.
let baseMap: BaseShape[] | undefined;

// The heading and the lead go out at once; the records follow as soon as the database has answered.
export default function ProjectsPage({ searchParams }: Props) {
  return (
    <>
      <h1>China-linked projects in Central Asia</h1>
      <p className="lead">
        Named projects (compiled from the pages each cites), Chinese investment and construction deals from the AEI China Global Investment Tracker
        (which gives no project names), and the China-linked gas pipelines of Global Energy Monitor — each with its source, and the article themes it
        evidences. Amounts with different bases are never added together.
      </p>
      <Suspense fallback={<ChartSkeleton label="Loading projects…" />}>
        <Projects searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Projects({ searchParams }: Props) {
  const filters = toProjectFilters(await loadProjectFilters(searchParams));
  const queryClient = createServerQueryClient();
  await prefetchProjects(queryClient, filters);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ProjectsView shapes={(baseMap ??= baseMapShapes())} />
    </HydrationBoundary>
  );
}
