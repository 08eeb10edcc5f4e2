import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { findClaims } from "../claims/queries";
import { claimsProjectsKeys } from "./query-options";
import { getDb } from "../core/db/client";
import { findProjects } from "./queries";
import type { ProjectFilters } from "./schemas";

// Same keys the client reads, filled straight from lib/ (no HTTP round trip).

export function prefetchClaims(client: QueryClient) {
  return client.prefetchQuery({ queryKey: claimsProjectsKeys.claims(), queryFn: () => findClaims(getDb(), { theme: null }) });
}

export function prefetchProjects(client: QueryClient, filters: ProjectFilters) {
  return client.prefetchQuery({ queryKey: claimsProjectsKeys.projects(filters), queryFn: () => findProjects(getDb(), filters) });
}
