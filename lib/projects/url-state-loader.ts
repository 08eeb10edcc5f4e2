import { createLoader, type SearchParams } from "nuqs/server";
import { projectFilterParsers, type ProjectPageFilters } from "./url-state";

const load = createLoader(projectFilterParsers);

/** The filters of a page request, parsed exactly as the client parses them. */
export async function loadProjectFilters(searchParams: Promise<SearchParams>): Promise<ProjectPageFilters> {
  return load(await searchParams) as ProjectPageFilters;
}
