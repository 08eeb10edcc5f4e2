"use client";

import { useQueryStates } from "nuqs";
import { projectFilterParsers, type ProjectPageFilters } from "@/lib/projects/url-state";

/** The projects page's filters in the URL; each change is a history entry. */
export function useProjectFilters() {
  const [filters, setFilters] = useQueryStates(projectFilterParsers, { history: "push", scroll: false });
  return [filters as ProjectPageFilters, setFilters] as const;
}
