// TanStack Query options for the article's claims, shared by the server's
// prefetch (prefetch.ts) and the client's useQuery. Browser-safe.
import { queryOptions } from "@tanstack/react-query";
import { fetchApi } from "../core/http/api-client";
import { STALE_TIME_MS } from "../core/query-client";
import type { ClaimsResponse } from "./schemas";

export const claimsUrl = (format: "json" | "csv" = "json") => `/api/v1/claims${format === "csv" ? "?format=csv" : ""}`;

export const claimKeys = {
  claims: () => ["claims"] as const,
};

export function claimsQueryOptions() {
  return queryOptions({
    queryKey: claimKeys.claims(),
    queryFn: ({ signal }) => fetchApi<ClaimsResponse>(claimsUrl(), signal),
    staleTime: STALE_TIME_MS,
  });
}
