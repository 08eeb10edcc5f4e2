// The claims' API address, for the browser's links. The claims themselves are
// drawn on the server (components/claims/claims-view.tsx and the overview's
// strip), so no page keeps a copy of them in the browser. Browser-safe.

/** /api/v1/claims, as CSV or JSON, its explanations in `locale` (English: no parameter, the address as it always was). */
export const claimsUrl = (format: "json" | "csv" = "json", locale = "en") => {
  const params = [format === "csv" ? "format=csv" : null, locale !== "en" ? `locale=${locale}` : null].filter(Boolean);
  return `/api/v1/claims${params.length ? `?${params.join("&")}` : ""}`;
};
