// The queries of what journalists and analysts reach for: chart images, data
// packages and oEmbed. One zod schema per route, shared by the handlers, the
// OpenAPI document and the components that build the URLs. The filters are the
// ones /api/v1/trade (and its siblings) take, under the same names. Browser-safe.
import { z } from "zod";
import { enumParam, listOf, LIST_SEPARATOR, truncate } from "../core/http/query-params";
import { claimsQuerySchema, resolveClaimFilters, type ClaimFilters } from "../claims/schemas";
import { projectsQuerySchema, resolveProjectFilters, type ProjectFilters } from "../projects/schemas";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../core/i18n/routing";
import { CENTRAL_ASIA, FLOWS, REGION_CODE, type Flow, type PartnerIso3 } from "../core/reference/codes";
import { mirrorQuerySchema, PARTNER_CODES, resolveTradeFilters, tradeQuerySchema, type ReporterFilter, type TradeFilters } from "../trade/schemas";

function yearsInOrder(q: { from?: number; to?: number }, ctx: z.RefinementCtx): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `from (${q.from}) is after to (${q.to})` });
  }
}

/** The query shape of a view without `format`: a package or an image has one form only. */
function withoutFormat<Shape extends { format: z.ZodType }>(shape: Shape): Omit<Shape, "format"> {
  const { format: _format, ...rest } = shape;
  return rest;
}

// ---------------------------------------------------------------- the language

/** `locale`: the language of an image's or a package's own words. Anything but en or ru is a 400 naming it. */
function localeParam(what: string) {
  return enumParam(LOCALES, DEFAULT_LOCALE).describe(`The language of ${what}: ${LOCALES.join(" or ")}. Default: ${DEFAULT_LOCALE}.`);
}

const chartLocale = localeParam(
  "the image's words (title, reporters' and countries' names, legend, axis ticks in the language's number format, source line label and notes); publishers' names and the article's quotes stay as published",
);
const packageLocale = localeParam(
  "README.md (its text, the column meanings, the reporters' names, the licence notes and the citation); data.csv and sources.csv are the same in every language, their column names the API's",
);

/** Filters and the language asked for: what a chart route finds its view with. */
export interface Localized<Filters> {
  filters: Filters;
  locale: Locale;
}

export function localized<Filters>(filters: Filters, locale: Locale | undefined): Localized<Filters> {
  return { filters, locale: locale ?? DEFAULT_LOCALE };
}

// ---------------------------------------------------------------- chart images

/** The chart images' size: SVG in CSS pixels; the PNG is drawn at twice that, for print. */
export const IMAGE_SIZE = { width: 1200, height: 675 } as const;
export const PNG_SCALE = 2;
export const PNG_SIZE = { width: IMAGE_SIZE.width * PNG_SCALE, height: IMAGE_SIZE.height * PNG_SCALE } as const;

const trade = tradeQuerySchema.shape;

const chartPartner = listOf(PARTNER_CODES, "partner").describe(
  `Partner countries as ISO3, several joined by "${LIST_SEPARATOR}" (e.g. KAZ~UZB); ${REGION_CODE} = all five. Default: the five countries, whose line uses a published Central Asia total where one exists.`,
);
const chartFlow = listOf(FLOWS, "flow").describe(
  `Flow seen from China's side: turnover, china_exports, china_imports. The chart draws one: turnover when it is listed, else the first. Default: turnover.`,
);

/** GET /api/v1/charts/trade.{svg,png}: the trend chart of / and /countries/[iso3]. */
export const tradeChartQuerySchema = z
  .object({ partner: chartPartner, reporter: trade.reporter, flow: chartFlow, from: trade.from, to: trade.to, locale: chartLocale })
  .superRefine(yearsInOrder);

/** GET /api/v1/charts/mirror.{svg,png}: the gap chart of /mirror. */
export const mirrorChartQuerySchema = z
  .object({ partner: chartPartner, flow: chartFlow, from: trade.from, to: trade.to, locale: chartLocale })
  .superRefine(yearsInOrder);

/** A claim id as the catalogue writes them (kaz-2024-over-30bn). */
export const CLAIM_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const claimIdSchema = z
  .string({ error: "claim is required: the id of one of the article's claims (see /api/v1/claims)" })
  .regex(CLAIM_ID_PATTERN, "not a claim id; ids are lower-case letters, digits and hyphens (see /api/v1/claims)");

/** GET /api/v1/charts/claim.{svg,png}: one claim's evidence chart of /claims. */
export const claimChartQuerySchema = z.object({
  claim: claimIdSchema.describe("The claim's id, as in /api/v1/claims and the anchor of /claims#<id> (e.g. kaz-2024-over-30bn). Required."),
  locale: chartLocale,
});

/** The trade chart's filters with defaults applied. */
export interface TradeChartFilters {
  partner: PartnerIso3[];
  reporter: ReporterFilter[] | null;
  flow: Flow[];
  from: number | null;
  to: number | null;
}
export type MirrorChartFilters = Omit<TradeChartFilters, "reporter">;

function partnersOf(list: readonly string[] | undefined): PartnerIso3[] {
  if (!list || list.includes(REGION_CODE)) return [...CENTRAL_ASIA];
  return CENTRAL_ASIA.filter((c) => list.includes(c));
}

export function resolveTradeChartFilters(q: z.output<typeof tradeChartQuerySchema>): TradeChartFilters {
  return { partner: partnersOf(q.partner), reporter: q.reporter ?? null, flow: q.flow ?? ["turnover"], from: q.from ?? null, to: q.to ?? null };
}

export function resolveMirrorChartFilters(q: z.output<typeof mirrorChartQuerySchema>): MirrorChartFilters {
  return { partner: partnersOf(q.partner), flow: q.flow ?? ["turnover"], from: q.from ?? null, to: q.to ?? null };
}

/** The one flow a chart draws: turnover when listed (or nothing is), else the first listed. */
export function shownFlow(flows: readonly Flow[]): Flow {
  return flows.length === 0 || flows.includes("turnover") ? "turnover" : flows[0]!;
}

// ---------------------------------------------------------------- data packages

/** GET /api/v1/package/trade.zip: the filters of /api/v1/trade. */
export const tradePackageQuerySchema = z.object({ ...withoutFormat(tradeQuerySchema.shape), locale: packageLocale }).superRefine(yearsInOrder);
/** GET /api/v1/package/mirror.zip: the filters of /api/v1/trade/mirror. */
export const mirrorPackageQuerySchema = z.object({ ...withoutFormat(mirrorQuerySchema.shape), locale: packageLocale }).superRefine(yearsInOrder);
/** GET /api/v1/package/claims.zip: the filters of /api/v1/claims. */
export const claimsPackageQuerySchema = z.object({ ...withoutFormat(claimsQuerySchema.shape), locale: packageLocale });
/** GET /api/v1/package/projects.zip: the filters of /api/v1/projects. */
export const projectsPackageQuerySchema = z.object({ ...withoutFormat(projectsQuerySchema.shape), locale: packageLocale }).superRefine(yearsInOrder);

/** The language a package's README is asked in (the route has already checked the query). */
export function packageLocaleOf(search: URLSearchParams): Locale {
  const parsed = packageLocale.safeParse(search.get("locale") ?? undefined);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}

// The packages' filters are the views' own, resolved as their routes resolve them.
export function resolveTradePackageFilters({ locale: _locale, ...q }: z.output<typeof tradePackageQuerySchema>): TradeFilters {
  return resolveTradeFilters({ ...q, format: "csv" });
}

export function resolveMirrorPackageFilters({ locale: _locale, ...q }: z.output<typeof mirrorPackageQuerySchema>): Omit<TradeFilters, "reporter"> {
  const { reporter: _ignored, ...filters } = resolveTradeFilters({ ...q, reporter: undefined, format: "csv" });
  return filters;
}

export function resolveClaimsPackageFilters({ locale: _locale, ...q }: z.output<typeof claimsPackageQuerySchema>): ClaimFilters {
  return resolveClaimFilters({ ...q, format: "csv" });
}

export function resolveProjectsPackageFilters({ locale: _locale, ...q }: z.output<typeof projectsPackageQuerySchema>): ProjectFilters {
  return resolveProjectFilters({ ...q, format: "csv" });
}

// ---------------------------------------------------------------- oEmbed

/** The largest iframe an oEmbed answer offers, and the one it offers by default. */
export const EMBED_DEFAULT_SIZE = { width: 800, height: 520 } as const;
export const EMBED_MIN_SIZE = { width: 240, height: 200 } as const;

function pixels(name: string) {
  return z
    .string()
    .optional()
    .transform((value, ctx): number | undefined => {
      if (value === undefined || value.trim() === "") return undefined;
      if (!/^\d{1,5}$/.test(value.trim()) || Number(value) < 1) {
        ctx.addIssue({ code: "custom", message: `"${truncate(value)}" is not accepted; give ${name} as a whole number of pixels` });
        return z.NEVER;
      }
      return Number(value);
    });
}

export const oembedQuerySchema = z.object({
  url: z
    .string({ error: "url is required: the address of a Caravan chart page" })
    .min(1, "url is empty: give the address of a Caravan chart page")
    .max(1000, "url is longer than 1000 characters")
    .describe(
      "The address of a Caravan chart page of this instance: /, /countries/<iso3>, /mirror or /claims#<claim id> (with their filters), or an /embed/… page. Required.",
    ),
  format: enumParam(["json"] as const, "json").describe("json (the default, and the only format answered)."),
  maxwidth: pixels("maxwidth").describe(
    `The largest width the consumer can show, in pixels; the iframe is at most ${EMBED_DEFAULT_SIZE.width} wide.`,
  ),
  maxheight: pixels("maxheight").describe(
    `The largest height the consumer can show, in pixels; the iframe is at most ${EMBED_DEFAULT_SIZE.height} high.`,
  ),
});
export type OEmbedQuery = z.output<typeof oembedQuerySchema>;

/** The oEmbed 1.0 answer, type "rich": the spec's own flat shape, not `{ data, sources, meta }`. */
export const oembedResponseSchema = z.object({
  type: z.literal("rich"),
  version: z.literal("1.0"),
  title: z.string().describe("The chart's title"),
  provider_name: z.string(),
  provider_url: z.string(),
  html: z.string().describe("An <iframe> of the chart's /embed/… page, as wide as its container up to `width`"),
  width: z.number().int(),
  height: z.number().int(),
  cache_age: z.number().int().describe("Seconds a consumer may keep this answer"),
  thumbnail_url: z.string().optional().describe("The chart as PNG; given when maxwidth and maxheight leave room for its 2400×1350 pixels"),
  thumbnail_width: z.number().int().optional(),
  thumbnail_height: z.number().int().optional(),
});
export type OEmbedResponse = z.infer<typeof oembedResponseSchema>;
