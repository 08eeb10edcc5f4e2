// Number formatting shared by charts, cards and tables. Browser-safe.

/** "$43.82bn"; a missing value is an em dash, never 0. */
export function formatUsdBn(valueUsd: number | null | undefined, digits = 2): string {
  if (valueUsd === null || valueUsd === undefined || !Number.isFinite(valueUsd)) return "—";
  const bn = valueUsd / 1e9;
  const abs = Math.abs(bn);
  const precision = abs >= 100 ? 1 : abs >= 0.1 ? digits : 3;
  return `${bn < 0 ? "−" : ""}$${Math.abs(bn).toFixed(precision)}bn`;
}

/** Axis ticks in $bn: "$40bn". */
export function formatAxisBn(valueUsd: number): string {
  const bn = valueUsd / 1e9;
  return `$${Number.isInteger(bn) ? bn : bn.toFixed(1)}bn`;
}

export function formatUsdFull(valueUsd: number | null | undefined): string {
  if (valueUsd === null || valueUsd === undefined) return "—";
  return `$${Math.round(valueUsd).toLocaleString("en-US")}`;
}

export function formatPct(value: number | null | undefined, signed = true): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const sign = !signed ? "" : value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${Math.abs(value).toFixed(1)}%`;
}
