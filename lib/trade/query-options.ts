// TanStack Query options shared by the server's prefetch (which fills the
// same keys from lib/ directly) and the client's useQuery. Browser-safe, and
// zod-free: every type from schemas.ts is imported as a type only, so the
// pages' JavaScript carries no zod (whose object schemas also probe for eval,
// which the CSP refuses and the browser reports).
import { queryOptions } from "@tanstack/react-query";
import type { MirrorResponse } from "./mirror";
import type { CoverageResponse } from "./coverage";
import { tradeSearchParams } from "./search-params";
import { summarizeTradeTable } from "./table-summary";
import type { TradeFilters, TradeResponse } from "./schemas";
import type { SourceRef } from "../core/sources";
import { fetchApi } from "../core/http/api-client";
import { STALE_TIME_MS } from "../core/query-client";

export function tradeUrl(filters: TradeFilters, format: "json" | "csv" = "json"): string {
  const query = tradeSearchParams({ ...filters, format }).toString();
  return `/api/v1/trade${query ? `?${query}` : ""}`;
}

export function mirrorUrl(filters: Omit<TradeFilters, "reporter">, format: "json" | "csv" = "json"): string {
  const query = tradeSearchParams({ ...filters, reporter: null, format }).toString();
  return `/api/v1/trade/mirror${query ? `?${query}` : ""}`;
}

export const tradeKeys = {
  trade: (filters: TradeFilters) => ["trade", filters] as const,
  tableSummary: (filters: TradeFilters) => ["trade", "table-summary", filters] as const,
  mirror: (filters: Omit<TradeFilters, "reporter">) => ["mirror", filters] as const,
  coverage: () => ["coverage"] as const,
  sources: () => ["sources"] as const,
};

export function tradeQueryOptions(filters: TradeFilters) {
  return queryOptions({
    queryKey: tradeKeys.trade(filters),
    queryFn: ({ signal }) => fetchApi<TradeResponse>(tradeUrl(filters), signal),
    staleTime: STALE_TIME_MS,
  });
}

/**
 * What the figures table shows before its rows are wanted (table-summary.ts). In the browser it is
 * computed from the figures, fetched through their own query so that the table finds them cached;
 * the server fills the same key from lib/ (prefetch.ts) and sends only the summary.
 */
export function tradeTableSummaryQueryOptions(filters: TradeFilters) {
  return queryOptions({
    queryKey: tradeKeys.tableSummary(filters),
    queryFn: async ({ client }) => summarizeTradeTable(await client.fetchQuery(tradeQueryOptions(filters))),
    staleTime: STALE_TIME_MS,
  });
}

export function mirrorQueryOptions(filters: Omit<TradeFilters, "reporter">) {
  return queryOptions({
    queryKey: tradeKeys.mirror(filters),
    queryFn: ({ signal }) => fetchApi<MirrorResponse>(mirrorUrl(filters), signal),
    staleTime: STALE_TIME_MS,
  });
}

export function coverageQueryOptions() {
  return queryOptions({
    queryKey: tradeKeys.coverage(),
    queryFn: ({ signal }) => fetchApi<CoverageResponse>("/api/v1/coverage", signal),
    staleTime: STALE_TIME_MS,
  });
}

export function sourcesQueryOptions() {
  return queryOptions({
    queryKey: tradeKeys.sources(),
    queryFn: ({ signal }) => fetchApi<{ data: (SourceRef & { priority: number })[] }>("/api/v1/sources", signal),
    staleTime: STALE_TIME_MS,
  });
}
