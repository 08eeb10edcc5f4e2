// TanStack Query options for the claims and projects pages, shared by the
// server's prefetch (lib/projects/prefetch.ts fills the same keys from lib/
// directly) and the client's useQuery. Browser-safe.
import { queryOptions } from "@tanstack/react-query";
import type { ClaimsResponse } from "../claims/schemas";
import { projectsSearchParams, type ProjectFilters, type ProjectsResponse } from "./schemas";
import { fetchApi } from "../core/http/api-client";
import { STALE_TIME_MS } from "../trade/query-options";

export function projectsUrl(filters: ProjectFilters, format: "json" | "csv" = "json"): string {
  const query = projectsSearchParams(filters, format).toString();
  return `/api/v1/projects${query ? `?${query}` : ""}`;
}

export const claimsUrl = (format: "json" | "csv" = "json") => `/api/v1/claims${format === "csv" ? "?format=csv" : ""}`;

export const claimsProjectsKeys = {
  claims: () => ["claims"] as const,
  projects: (filters: ProjectFilters) => ["projects", filters] as const,
};

export function claimsQueryOptions() {
  return queryOptions({
    queryKey: claimsProjectsKeys.claims(),
    queryFn: ({ signal }) => fetchApi<ClaimsResponse>(claimsUrl(), signal),
    staleTime: STALE_TIME_MS,
  });
}

export function projectsQueryOptions(filters: ProjectFilters) {
  return queryOptions({
    queryKey: claimsProjectsKeys.projects(filters),
    queryFn: ({ signal }) => fetchApi<ProjectsResponse>(projectsUrl(filters), signal),
    staleTime: STALE_TIME_MS,
  });
}
