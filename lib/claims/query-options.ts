// The claims' API address, for the browser's links. The claims themselves are
// drawn on the server (components/claims/claims-view.tsx and the overview's
// strip), so no page keeps a copy of them in the browser. Browser-safe.

export const claimsUrl = (format: "json" | "csv" = "json") => `/api/v1/claims${format === "csv" ? "?format=csv" : ""}`;
