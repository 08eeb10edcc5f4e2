import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "../core/db/client";
import { findProjects } from "./queries";
import { projectKeys } from "./query-options";
import type { ProjectFilters } from "./schemas";

// Same keys the client reads, filled straight from lib/ (no HTTP round trip).

export function prefetchProjects(client: QueryClient, filters: ProjectFilters) {
  return client.prefetchQuery({ queryKey: projectKeys.projects(filters), queryFn: () => findProjects(getDb(), filters) });
}
