import { z } from "zod";
import { matchEnum } from "../reference/enum-value";
import { LIST_SEPARATOR } from "../reference/list-separator";
import { invalidParameter } from "./errors";

/** Every read route answers JSON or CSV. */
export const FORMATS = ["json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

// Several values in one parameter are joined by "~" (OWID Grapher's form).
export { LIST_SEPARATOR };

/** A query string this long is refused before any parsing work. */
export const MAX_QUERY_LENGTH = 2048;

/**
 * Turns a URL's query into the input of a zod object schema: unknown names
 * are refused, a repeated name is read as a list, and the first problem is a
 * 400 naming the parameter and what it accepts.
 */
export function parseQuery<Schema extends z.ZodObject>(schema: Schema, searchParams: URLSearchParams): z.output<Schema> {
  const known = Object.keys(schema.shape);
  const raw: Record<string, string> = {};
  let length = 0;
  for (const [name, value] of searchParams) {
    length += name.length + value.length + 2;
    if (length > MAX_QUERY_LENGTH) throw invalidParameter(name, `The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
    if (!known.includes(name)) {
      throw invalidParameter(name, `Unknown parameter "${truncate(name)}". Accepted parameters: ${known.join(", ")}.`);
    }
    raw[name] = raw[name] === undefined ? value : `${raw[name]}${LIST_SEPARATOR}${value}`;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const param = String(issue.path[0] ?? known[0] ?? "query");
  throw invalidParameter(param, `${param}: ${issue.message}`);
}

export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A "~"-separated list of allowed values. Empty means the default. Each
 * unknown value is named in the error together with the accepted ones.
 */
export function listOf<const T extends string>(allowed: readonly T[], what: string) {
  return z
    .string()
    .optional()
    .transform((value, ctx): T[] | undefined => {
      if (value === undefined || value.trim() === "") return undefined;
      const items = value.split(LIST_SEPARATOR).map((item) => item.trim());
      const out: T[] = [];
      for (const item of items) {
        const match = matchEnum(allowed, item);
        if (!match) {
          ctx.addIssue({
            code: "custom",
            message: `unknown ${what} "${truncate(item)}"; accepted: ${allowed.join(", ")} (several joined by "${LIST_SEPARATOR}")`,
          });
          return z.NEVER;
        }
        if (!out.includes(match)) out.push(match);
      }
      return out;
    });
}

/** A whole year within the range the data can hold. */
export function yearParam(min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx): number | undefined => {
      if (value === undefined || value.trim() === "") return undefined;
      if (!/^\d{4}$/.test(value.trim())) {
        ctx.addIssue({ code: "custom", message: `"${truncate(value)}" is not a year; give four digits between ${min} and ${max}` });
        return z.NEVER;
      }
      const year = Number(value);
      if (year < min || year > max) {
        ctx.addIssue({ code: "custom", message: `${year} is outside ${min}–${max}` });
        return z.NEVER;
      }
      return year;
    });
}

/** One value of a list, in any case (CHN, chn); empty means the fallback. */
export function enumParam<const T extends string>(allowed: readonly T[], fallback: T) {
  return z
    .string()
    .optional()
    .transform((value, ctx): T => {
      if (value === undefined || value.trim() === "") return fallback;
      const match = matchEnum(allowed, value);
      if (!match) {
        ctx.addIssue({ code: "custom", message: `"${truncate(value)}" is not accepted; use one of ${allowed.join(", ")}` });
        return z.NEVER;
      }
      return match;
    });
}
