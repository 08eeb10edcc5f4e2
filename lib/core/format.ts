// Number formatting shared by charts, cards and tables, in the reader's
// language. Browser-safe. English: "$43.82bn"; Russian: "43,82 млрд $"
// (decimal comma, the unit after the number, a no-break space so the figure
// never wraps away from its unit).
import type { Locale } from "./i18n/routing";

const NBSP = "\u00a0";
const MINUS = "−";

/**
 * `value` (not negative) with exactly `digits` decimals. toFixed, as the pages
 * always rounded, so English stays what it was; Russian swaps in the decimal comma.
 */
function fixed(value: number, digits: number, locale: Locale): string {
  const text = value.toFixed(digits);
  return locale === "ru" ? text.replace(".", ",") : text;
}

/**
 * A whole number (not negative) with thousands grouped: "1,234,567" / "1 234 567"
 * (no-break spaces). By hand, not toLocaleString: the first toLocaleString in a
 * page makes the browser load its locale data (60–100 ms on this machine),
 * inside hydration. tests/core/format.test.ts holds it to toLocaleString.
 */
function grouped(value: number, locale: Locale): string {
  const digits = String(value);
  // past 1e21 String() switches to exponent notation, which no grouping fits
  if (!/^\d+$/.test(digits)) return value.toLocaleString("en-US").replace(/,/g, locale === "ru" ? NBSP : ",");
  return digits.replace(/\B(?=(\d{3})+$)/g, locale === "ru" ? NBSP : ",");
}

function bnWithUnit(absBn: string, negative: boolean, locale: Locale): string {
  const sign = negative ? MINUS : "";
  return locale === "ru" ? `${sign}${absBn}${NBSP}млрд${NBSP}$` : `${sign}$${absBn}bn`;
}

/** "$43.82bn" / "43,82 млрд $"; a missing value is an em dash, never 0. */
export function formatUsdBn(valueUsd: number | null | undefined, digits = 2, locale: Locale = "en"): string {
  if (valueUsd === null || valueUsd === undefined || !Number.isFinite(valueUsd)) return "—";
  const bn = valueUsd / 1e9;
  const abs = Math.abs(bn);
  const precision = abs >= 100 ? 1 : abs >= 0.1 ? digits : 3;
  // a value that rounds to zero carries no sign
  const negative = bn < 0 && Number(abs.toFixed(precision)) !== 0;
  return bnWithUnit(fixed(abs, precision, locale), negative, locale);
}

/** Axis ticks in $bn: "$40bn" / "40 млрд $". */
export function formatAxisBn(valueUsd: number, locale: Locale = "en"): string {
  const bn = valueUsd / 1e9;
  const abs = Math.abs(bn);
  return bnWithUnit(fixed(abs, Number.isInteger(abs) ? 0 : 1, locale), bn < 0, locale);
}

/** "$1,234,567" / "1 234 567 $". */
export function formatUsdFull(valueUsd: number | null | undefined, locale: Locale = "en"): string {
  if (valueUsd === null || valueUsd === undefined || !Number.isFinite(valueUsd)) return "—";
  const rounded = Math.round(valueUsd);
  const digits = grouped(Math.abs(rounded), locale);
  const sign = rounded < 0 ? MINUS : "";
  return locale === "ru" ? `${sign}${digits}${NBSP}$` : `${sign}$${digits}`;
}

/** "+3.4%" / "+3,4 %". */
export function formatPct(value: number | null | undefined, signed = true, locale: Locale = "en"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const sign = !signed ? "" : value > 0 ? "+" : value < 0 ? MINUS : "";
  const digits = fixed(Math.abs(value), 1, locale);
  return locale === "ru" ? `${sign}${digits}${NBSP}%` : `${sign}${digits}%`;
}
