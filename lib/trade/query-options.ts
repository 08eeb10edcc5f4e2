// TanStack Query options shared by the server's prefetch (which fills the
// same keys from lib/ directly) and the client's useQuery. Browser-safe, and
// zod-free: every type from schemas.ts is imported as a type only, so the
// pages' JavaScript carries no zod (whose object schemas also probe for eval,
// which the CSP refuses and the browser reports).
import { queryOptions } from "@tanstack/react-query";
import type { MirrorResponse } from "./mirror";
import type { CoverageResponse } from "./coverage";
import { summarizeTradeTable } from "./table-summary";
import type { TradeFilters, TradeResponse } from "./schemas";
import type { SourceRef } from "../core/sources";
import { fetchApi } from "../core/http/api-client";
import { STALE_TIME_MS } from "../core/query-client";
import { ALL_GOODS, CENTRAL_ASIA, FLOWS } from "../core/reference/codes";
import { LIST_SEPARATOR as LIST } from "../core/reference/list-separator";

/** The API query string with only non-default values: tradeSearchParams of schemas.ts, without zod. */
export function tradeApiSearchParams(f: Partial<TradeFilters> & { format?: "json" | "csv" }): URLSearchParams {
  const params = new URLSearchParams();
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (f.partner && !sameSet(f.partner, CENTRAL_ASIA)) params.set("partner", f.partner.join(LIST));
  if (f.reporter && f.reporter.length) params.set("reporter", f.reporter.join(LIST));
  if (f.flow && !sameSet(f.flow, FLOWS)) params.set("flow", f.flow.join(LIST));
  if (f.from != null) params.set("from", String(f.from));
  if (f.to != null) params.set("to", String(f.to));
  if (f.period && f.period !== "full") params.set("period", f.period);
  if (f.commodity && !(f.commodity.length === 1 && f.commodity[0] === ALL_GOODS)) params.set("commodity", f.commodity.join(LIST));
  if (f.preferred === true || f.preferred === false) params.set("preferred", String(f.preferred));
  if (f.synthetic && f.synthetic !== "exclude") params.set("synthetic", f.synthetic);
  if (f.format && f.format !== "json") params.set("format", f.format);
  return params;
}

export function tradeUrl(filters: TradeFilters, format: "json" | "csv" = "json"): string {
  const query = tradeApiSearchParams({ ...filters, format }).toString();
  return `/api/v1/trade${query ? `?${query}` : ""}`;
}

export function mirrorUrl(filters: Omit<TradeFilters, "reporter">, format: "json" | "csv" = "json"): string {
  const query = tradeApiSearchParams({ ...filters, reporter: null, format }).toString();
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
