import { createLoader, type SearchParams } from "nuqs/server";
import { dashboardFilterParsers, type DashboardFilters } from "./url-state";

const load = createLoader(dashboardFilterParsers);

/** The filters of a page request, parsed exactly as the client parses them. */
export async function loadDashboardFilters(searchParams: Promise<SearchParams>): Promise<DashboardFilters> {
  return load(await searchParams) as DashboardFilters;
}
