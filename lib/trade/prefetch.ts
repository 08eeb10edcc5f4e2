import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "../core/db/client";
import { tradeKeys } from "./query-options";
import { findCoverage } from "./coverage";
import { findMirror } from "./mirror";
import { findTrade, listSources } from "./queries";
import type { TradeFilters } from "./schemas";
import { summarizeTradeTable } from "./table-summary";

// The server fills the same query keys the client reads, straight from lib/
// (no HTTP round trip to itself); the first HTML then already holds the numbers.

export function prefetchTrade(client: QueryClient, filters: TradeFilters) {
  return client.prefetchQuery({ queryKey: tradeKeys.trade(filters), queryFn: () => findTrade(getDb(), filters) });
}

/** The figures table's summary and first page, not every figure: the table fetches those when a reader nears it. */
export function prefetchTradeTableSummary(client: QueryClient, filters: TradeFilters) {
  return client.prefetchQuery({
    queryKey: tradeKeys.tableSummary(filters),
    queryFn: async () => summarizeTradeTable(await findTrade(getDb(), filters)),
  });
}

export function prefetchMirror(client: QueryClient, filters: Omit<TradeFilters, "reporter">) {
  return client.prefetchQuery({ queryKey: tradeKeys.mirror(filters), queryFn: () => findMirror(getDb(), filters) });
}

export function prefetchCoverage(client: QueryClient) {
  return client.prefetchQuery({ queryKey: tradeKeys.coverage(), queryFn: () => findCoverage(getDb()) });
}

export function prefetchSources(client: QueryClient) {
  return client.prefetchQuery({ queryKey: tradeKeys.sources(), queryFn: async () => ({ data: await listSources(getDb()) }) });
}
