import type { PartnerIso3, ReporterCode } from "@/lib/core/reference/codes";

/** One colour per reporter, the same on every page. */
export const REPORTER_COLORS: Record<ReporterCode, string> = {
  CHN: "#c0392b",
  KAZ: "#1f77b4",
  KGZ: "#2a9d8f",
  TJK: "#6a4c93",
  TKM: "#8c6d1f",
  UZB: "#3c8d2f",
  EDB: "#e07b00",
  COW: "#6b7280",
  // never a series: only the data table shows these figures
  UNSTATED: "#9ca3af",
};

/** One colour per partner country, for charts that stack countries. */
export const COUNTRY_COLORS: Record<PartnerIso3, string> = {
  KAZ: "#1f77b4",
  KGZ: "#2a9d8f",
  TJK: "#6a4c93",
  TKM: "#b08d2a",
  UZB: "#3c8d2f",
};

export const FLOW_COLORS = { turnover: "#1d232b", china_exports: "#c0392b", china_imports: "#1f77b4" } as const;

export function reporterColor(code: string): string {
  return REPORTER_COLORS[code as ReporterCode] ?? "#444";
}
