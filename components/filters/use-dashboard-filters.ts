"use client";

import { useQueryStates } from "nuqs";
import { dashboardFilterParsers, type DashboardFilters } from "@/lib/trade/url-state";

/** The filters in the URL; every change is a history entry so Back restores the view. */
export function useDashboardFilters() {
  const [filters, setFilters] = useQueryStates(dashboardFilterParsers, { history: "push", scroll: false });
  return [filters as DashboardFilters, setFilters] as const;
}
