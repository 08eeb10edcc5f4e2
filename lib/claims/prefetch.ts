import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "../core/db/client";
import { findClaims } from "./queries";
import { claimKeys } from "./query-options";

// Same keys the client reads, filled straight from lib/ (no HTTP round trip).

export function prefetchClaims(client: QueryClient) {
  return client.prefetchQuery({ queryKey: claimKeys.claims(), queryFn: () => findClaims(getDb(), { theme: null }) });
}
