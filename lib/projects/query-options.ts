// TanStack Query options for the projects page, shared by the server's
// prefetch (prefetch.ts fills the same keys from lib/ directly) and the
// client's useQuery. Browser-safe.
import { queryOptions } from "@tanstack/react-query";
import { fetchApi } from "../core/http/api-client";
import { STALE_TIME_MS } from "../core/query-client";
import type { BaseShape } from "./map";
import { summarizeProjectsPage } from "./page-summary";
import type { ProjectsResponse } from "./schemas";
import { projectsSearchParams, type ProjectFilters } from "./vocabulary";

export function projectsUrl(filters: ProjectFilters, format: "json" | "csv" = "json"): string {
  const query = projectsSearchParams(filters, format).toString();
  return `/api/v1/projects${query ? `?${query}` : ""}`;
}

export const projectKeys = {
  projects: (filters: ProjectFilters) => ["projects", filters] as const,
  pageSummary: (filters: ProjectFilters) => ["projects", "page-summary", filters] as const,
  baseMap: ["projects", "base-map"] as const,
};

/** The static file app/projects-base-map.json/route.ts builds. */
export const BASE_MAP_URL = "/projects-base-map.json";

/** The map's country outlines: fixed for a build, so never stale. */
export function baseMapQueryOptions() {
  return queryOptions({
    queryKey: projectKeys.baseMap,
    queryFn: ({ signal }) => fetchApi<BaseShape[]>(BASE_MAP_URL, signal),
    staleTime: Infinity,
  });
}

export function projectsQueryOptions(filters: ProjectFilters) {
  return queryOptions({
    queryKey: projectKeys.projects(filters),
    queryFn: ({ signal }) => fetchApi<ProjectsResponse>(projectsUrl(filters), signal),
    staleTime: STALE_TIME_MS,
  });
}

/** The page's records: brief (the page shows no note or other links; the CSV has every field). */
export function pageProjectsQueryOptions(filters: ProjectFilters) {
  return projectsQueryOptions({ ...filters, fields: "brief" });
}

/**
 * What the page shows of the selection (page-summary.ts). In the browser it is computed from the
 * page's records, fetched through their own query so that the map and the table find them cached;
 * the server fills the same key from lib/ (prefetch.ts) and sends only the summary.
 */
export function projectsPageSummaryQueryOptions(filters: ProjectFilters) {
  return queryOptions({
    queryKey: projectKeys.pageSummary(filters),
    queryFn: async ({ client }) => summarizeProjectsPage(await client.fetchQuery(pageProjectsQueryOptions(filters))),
    staleTime: STALE_TIME_MS,
  });
}
