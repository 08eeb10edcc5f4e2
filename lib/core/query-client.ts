// TanStack Query settings shared by the server renders and the browser.
import { QueryClient } from "@tanstack/react-query";

/** Data changes only when a seed or an import runs; a minute keeps navigation instant. */
export const STALE_TIME_MS = 60_000;

/** A new QueryClient per server render, so no data leaks between requests. */
export function createServerQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: STALE_TIME_MS } } });
}
