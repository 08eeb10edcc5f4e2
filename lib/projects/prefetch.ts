import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "../core/db/client";
import { findProjects } from "./queries";
import { summarizeProjectsPage } from "./page-summary";
import { projectKeys } from "./query-options";
import type { ProjectFilters } from "./schemas";

// Same keys the client reads, filled straight from lib/ (no HTTP round trip).

/** The projects page's summary, not its records: the map and the table fetch those when a reader nears them. */
export function prefetchProjectsPageSummary(client: QueryClient, filters: ProjectFilters) {
  return client.prefetchQuery({
    queryKey: projectKeys.pageSummary(filters),
    queryFn: async () => summarizeProjectsPage(await findProjects(getDb(), { ...filters, fields: "brief" })),
  });
}
