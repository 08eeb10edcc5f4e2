// Pure checks of single cells: numbers, periods, and the magnitudes a
// country-year trade figure in US dollars can have.
import { MAX_YEAR, MIN_YEAR } from "../reference/codes";
import { parsePeriod, type ParsedPeriod } from "../period";

/** Below this a non-zero all-goods figure is not US dollars: a unit slip (thousands, millions, billions). */
export const MIN_PLAUSIBLE_USD = 1e5;
/** Above this a China–Central Asia figure is not US dollars (all China's trade with the world is ~6e12). */
export const MAX_PLAUSIBLE_USD = 1e12;
/** A figure this many times larger or smaller than the known figures for the same partner and flow is a unit slip. */
export const MAGNITUDE_RATIO_LIMIT = 300;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** A non-negative amount of US dollars, rounded to cents. */
export function parseUsd(raw: string, allTotals: boolean): Checked<number> {
  const text = raw.trim();
  if (text === "") return { ok: false, message: "no value: leave a missing figure out of the file instead of importing it" };
  if (/^[+-]?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(text)) {
    return { ok: false, message: `"${text}" has thousands separators; write plain digits with "." as decimal point` };
  }
  if (!DECIMAL.test(text)) return { ok: false, message: `"${clip(text)}" is not a number` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `"${clip(text)}" is not a finite number` };
  if (value < 0) return { ok: false, message: `${text} is negative; trade values are never below zero` };
  if (allTotals && value > 0 && value < MIN_PLAUSIBLE_USD) {
    return {
      ok: false,
      message: `${text} is too small for an all-goods trade figure in US dollars (below ${MIN_PLAUSIBLE_USD.toExponential()}): is the value in thousands, millions or billions? Convert it to USD`,
    };
  }
  if (value > MAX_PLAUSIBLE_USD) {
    return { ok: false, message: `${text} is larger than $1 trillion, more than any China–Central Asia figure: check the unit` };
  }
  return { ok: true, value: Math.round(value * 100) / 100 };
}

export function parseImportPeriod(raw: string): Checked<ParsedPeriod> {
  const text = raw.trim();
  if (text === "") return { ok: false, message: "no period" };
  const period = parsePeriod(text);
  if (!period) {
    return { ok: false, message: `"${clip(text)}" is not a year or period (expected e.g. 2024, 2023H1, 2024Q3, 2024M1-11, 2024M03)` };
  }
  const thisYear = new Date().getUTCFullYear();
  if (period.year < MIN_YEAR || period.year > MAX_YEAR)
    return { ok: false, message: `${period.year} is not a plausible year (${MIN_YEAR}–${thisYear})` };
  if (period.year > thisYear) return { ok: false, message: `${period.year} is in the future` };
  return { ok: true, value: period };
}

/** Same value to the cent: a re-import of a figure in floating point noise is unchanged. */
export function sameValue(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Null when `value` is of the same order as the reference figures; otherwise
 * a message naming the likely unit (a factor near 1e3, 1e6, 1e9).
 */
export function magnitudeProblem(value: number, reference: number[], what: string): string | null {
  const ref = median(reference.filter((v) => v > 0));
  if (ref === null || value <= 0) return null;
  const ratio = value / ref;
  if (ratio <= MAGNITUDE_RATIO_LIMIT && ratio >= 1 / MAGNITUDE_RATIO_LIMIT) return null;
  const factor = ratio < 1 ? 1 / ratio : ratio;
  const unit = factor > 3e7 ? "billions" : factor > 3e4 ? "millions" : "thousands";
  const direction = ratio < 1 ? "smaller" : "larger";
  return `${value} is about ${formatFactor(factor)}× ${direction} than the ${reference.length} known figure(s) for ${what} (median ${formatUsd(ref)}): ${
    ratio < 1 ? `the file looks like it is in ${unit} of USD` : "check the unit"
  }`;
}

function formatFactor(factor: number): string {
  const exponent = Math.round(Math.log10(factor));
  return exponent >= 3 ? `10^${exponent}` : String(Math.round(factor));
}

export function formatUsd(value: number): string {
  if (value >= 1e9) return `$${(value / 1e9).toFixed(2)}bn`;
  if (value >= 1e6) return `$${(value / 1e6).toFixed(2)}m`;
  return `$${value.toFixed(0)}`;
}

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
