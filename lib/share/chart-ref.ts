// Which chart, and every address it has: the full view on Caravan (the page
// grammar: ?country=KAZ~UZB&time=2015..2024), its image (the API grammar:
// ?partner=KAZ~UZB&from=2015&to=2024), its embed, its data package; and the
// way back from a pasted page address to the chart (oEmbed). Browser-safe:
// the chart actions build these in the browser.
import { createLoader } from "nuqs/server";
import { LIST_SEPARATOR } from "../core/http/query-params";
import { DEFAULT_LOCALE, localePath, LOCALES, type Locale } from "../core/i18n/routing";
import { CENTRAL_ASIA, type Flow, type PartnerIso3 } from "../core/reference/codes";
import { ALL_YEARS, serializeTimeRange } from "../core/time-range";
import { tradeSearchParams } from "../trade/search-params";
import { dashboardFilterParsers, toTradeFilters, type DashboardFilters } from "../trade/url-state";
import { countryName, countryWith, shareT } from "./i18n";
import { CLAIM_ID_PATTERN, shownFlow, type MirrorChartFilters, type TradeChartFilters } from "./schemas";

export type ChartRef =
  { kind: "trade"; filters: TradeChartFilters } | { kind: "mirror"; filters: MirrorChartFilters } | { kind: "claim"; claimId: string };

export const IMAGE_FORMATS = ["svg", "png"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** The mirror chart's filters a page's filters describe (the page grammar: country, time, flow). */
export function mirrorChartFilters(f: DashboardFilters): MirrorChartFilters {
  return { partner: [...f.country], flow: f.flow.length ? [...f.flow] : (["turnover"] as Flow[]), from: f.time.from, to: f.time.to };
}

/** The trade chart's filters a page's filters describe (country, time, reporter, flow). */
export function tradeChartFilters(f: DashboardFilters): TradeChartFilters {
  return { ...mirrorChartFilters(f), reporter: f.reporter.length ? [...f.reporter] : null };
}

/** The chart a page's filters describe. */
export function chartRefFromDashboard(kind: "trade" | "mirror", f: DashboardFilters): ChartRef {
  return kind === "trade" ? { kind, filters: tradeChartFilters(f) } : { kind, filters: mirrorChartFilters(f) };
}

/** The page filters behind a chart ref: what the full view and the embed read. */
export function dashboardFiltersOf(ref: Exclude<ChartRef, { kind: "claim" }>): DashboardFilters {
  const f = ref.filters;
  return {
    country: [...f.partner],
    time: { from: f.from, to: f.to },
    reporter: ref.kind === "trade" && ref.filters.reporter ? [...ref.filters.reporter] : [],
    flow: [...f.flow],
  };
}

const allFive = (partners: readonly string[]) => CENTRAL_ASIA.every((c) => partners.includes(c));

/** The page grammar, only values that differ from the defaults (OWID's form, as the pages write it). */
export function dashboardQuery(f: DashboardFilters, show: { country?: boolean; reporter?: boolean; flow?: boolean } = {}): string {
  const parts: string[] = [];
  if (show.country !== false && !allFive(f.country)) parts.push(`country=${f.country.join(LIST_SEPARATOR)}`);
  if (f.time.from !== null || f.time.to !== null) parts.push(`time=${serializeTimeRange(f.time)}`);
  if (show.reporter !== false && f.reporter.length) parts.push(`reporter=${f.reporter.join(LIST_SEPARATOR)}`);
  if (show.flow !== false && !(f.flow.length === 1 && f.flow[0] === "turnover") && f.flow.length) parts.push(`flow=${f.flow.join(LIST_SEPARATOR)}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** One country's turnover is the country page's chart; anything else is the overview's. */
function countryOfTradeView(f: TradeChartFilters): PartnerIso3 | null {
  return f.partner.length === 1 && shownFlow(f.flow) === "turnover" ? f.partner[0]! : null;
}

/**
 * A page path in `locale`: "/ru/mirror?…" for "/mirror?…", "/ru?…" for "/?…",
 * "/ru/claims#…"; English paths are unchanged.
 */
export function localizedPath(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(locale, path);
}

/** The page on Caravan that shows this chart with everything around it (in `locale`, English by default). */
export function fullViewPath(ref: ChartRef, locale: Locale = DEFAULT_LOCALE): string {
  return localizedPath(englishFullViewPath(ref), locale);
}

function englishFullViewPath(ref: ChartRef): string {
  if (ref.kind === "claim") return `/claims#${ref.claimId}`;
  const f = dashboardFiltersOf(ref);
  if (ref.kind === "mirror") return `/mirror${dashboardQuery({ ...f, reporter: [] })}`;
  const country = countryOfTradeView(ref.filters);
  if (country) return `/countries/${country}${dashboardQuery(f, { country: false, flow: false })}`;
  return `/${dashboardQuery(f)}`;
}

/** The embeddable page: the chart alone, sized to its frame (/ru/embed/… in Russian). */
export function embedPath(ref: ChartRef, locale: Locale = DEFAULT_LOCALE): string {
  return localizedPath(englishEmbedPath(ref), locale);
}

function englishEmbedPath(ref: ChartRef): string {
  if (ref.kind === "claim") return `/embed/claims/${ref.claimId}`;
  const f = dashboardFiltersOf(ref);
  return ref.kind === "mirror" ? `/embed/mirror${dashboardQuery({ ...f, reporter: [] })}` : `/embed/trade${dashboardQuery(f)}`;
}

const keepTilde = (params: URLSearchParams) => params.toString().replace(/%7E/gi, "~");

/** The chart routes' query (API grammar), only values that differ from the defaults (English is the default language). */
export function chartQuery(ref: ChartRef, locale: Locale = DEFAULT_LOCALE): string {
  const params = new URLSearchParams();
  if (ref.kind === "claim") params.set("claim", ref.claimId);
  else {
    const f = ref.filters;
    if (!allFive(f.partner)) params.set("partner", f.partner.join(LIST_SEPARATOR));
    if (ref.kind === "trade" && ref.filters.reporter?.length) params.set("reporter", ref.filters.reporter.join(LIST_SEPARATOR));
    if (!(f.flow.length === 1 && f.flow[0] === "turnover")) params.set("flow", f.flow.join(LIST_SEPARATOR));
    if (f.from !== null) params.set("from", String(f.from));
    if (f.to !== null) params.set("to", String(f.to));
  }
  if (locale !== DEFAULT_LOCALE) params.set("locale", locale);
  const query = keepTilde(params);
  return query ? `?${query}` : "";
}

/** The chart's image; in another language than English, `locale=ru` asks for its words in that language. */
export function chartImagePath(ref: ChartRef, format: ImageFormat, locale: Locale = DEFAULT_LOCALE): string {
  return `/api/v1/charts/${ref.kind}.${format}${chartQuery(ref, locale)}`;
}

const withLocale = (path: string, locale: Locale) => (locale === DEFAULT_LOCALE ? path : `${path}${path.includes("?") ? "&" : "?"}locale=${locale}`);

/**
 * The data package of the view: the very rows (and CSV) the page's own CSV
 * link gives, zipped with their sources and a README. A claim's package is
 * the claims' verdicts with the figures behind them.
 */
export function packagePath(ref: ChartRef, locale: Locale = DEFAULT_LOCALE): string {
  return withLocale(englishPackagePath(ref), locale);
}

function englishPackagePath(ref: ChartRef): string {
  if (ref.kind === "claim") return "/api/v1/package/claims.zip";
  const f = dashboardFiltersOf(ref);
  if (ref.kind === "mirror") {
    const { reporter: _ignored, ...filters } = toTradeFilters(f);
    const query = keepTilde(tradeSearchParams(filters));
    return `/api/v1/package/mirror.zip${query ? `?${query}` : ""}`;
  }
  const query = keepTilde(tradeSearchParams(toTradeFilters(f, { withRegionTotals: true })));
  return `/api/v1/package/trade.zip${query ? `?${query}` : ""}`;
}

/** How a flow reads in a title: "turnover", "China's exports", "China's imports". */
export const FLOW_NOUNS: Record<Flow, string> = { turnover: "turnover", china_exports: "China's exports", china_imports: "China's imports" };

/** The chart's title, as its image, embed and citation give it; a claim's is its quote (in the article's words). */
export function chartTitle(ref: ChartRef, claimQuote?: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = shareT(locale);
  if (ref.kind === "claim") return claimQuote ? t("chart.titleClaimQuote", { quote: claimQuote }) : t("chart.titleClaim", { id: ref.claimId });
  if (ref.kind === "mirror") return t("chart.titleMirror", { flow: t(`chart.flowNoun.${ref.filters.flow[0] ?? "turnover"}`) });
  const f = ref.filters;
  const flow = t(`chart.flowNoun.${shownFlow(f.flow)}`);
  if (allFive(f.partner)) return t("chart.titleRegion", { flow });
  if (f.partner.length === 1) return t("chart.titleCountry", { country: countryName(f.partner[0]!, locale), flow });
  return t("chart.titleCountries", { countries: f.partner.map((c) => countryWith(c, locale)).join(", "), flow });
}

/** A file name for downloads: caravan-chart_trade_KAZ-UZB_2015-2024 */
export function chartFileName(ref: ChartRef, extension: string): string {
  const parts: string[] = [ref.kind];
  if (ref.kind === "claim") parts.push(ref.claimId);
  else {
    const f = ref.filters;
    if (!allFive(f.partner)) parts.push(f.partner.join("-"));
    if (f.from !== null || f.to !== null) parts.push(`${f.from ?? "start"}-${f.to ?? "latest"}`);
    if (ref.kind === "trade" && ref.filters.reporter?.length) parts.push(ref.filters.reporter.join("-"));
    const flow = shownFlow(f.flow);
    if (flow !== "turnover") parts.push(flow);
  }
  return `caravan-chart_${parts.map((p) => p.replace(/[^A-Za-z0-9_.-]+/g, "-")).join("_")}.${extension}`;
}

const loadDashboard = createLoader(dashboardFilterParsers);

function dashboardFromSearch(search: URLSearchParams): DashboardFilters {
  const f = loadDashboard(search) as DashboardFilters;
  return { ...f, time: f.time ?? ALL_YEARS };
}

/** A page path's language and its path without the prefix: "/ru/mirror" → ru, "/mirror"; "/mirror" → en, "/mirror". */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (pathname === `/${locale}` || pathname === `/${locale}/`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The chart a page address shows in any language (/ru/… as well as /…), and that language. */
export function chartPageFromPath(pathname: string, search: URLSearchParams, hash = ""): { ref: ChartRef; locale: Locale } | null {
  const { locale, path } = splitLocalePath(pathname);
  const ref = chartRefFromPath(path, search, hash);
  return ref ? { ref, locale } : null;
}

/**
 * The chart a Caravan page address shows, or null when it shows no single
 * chart: /, /countries/<iso3>, /mirror, /claims#<id>, and their /embed/…
 * forms. Filters are read exactly as the pages read them (values a page
 * would ignore are ignored here too).
 */
export function chartRefFromPath(pathname: string, search: URLSearchParams, hash = ""): ChartRef | null {
  const path = pathname.replace(/\/+$/, "") || "/";
  const claim = (id: string) => (CLAIM_ID_PATTERN.test(id) ? ({ kind: "claim", claimId: id } as const) : null);
  if (path === "/claims") return claim(decodeURIComponent(hash.replace(/^#/, "")));
  const embedClaim = /^\/embed\/claims\/([^/]+)$/.exec(path);
  if (embedClaim) return claim(decodeURIComponent(embedClaim[1]!));
  if (path === "/" || path === "/embed/trade") return chartRefFromDashboard("trade", dashboardFromSearch(search));
  if (path === "/mirror" || path === "/embed/mirror") return chartRefFromDashboard("mirror", dashboardFromSearch(search));
  const country = /^\/countries\/([A-Za-z]{3})$/.exec(path);
  if (country) {
    const iso3 = country[1]!.toUpperCase() as PartnerIso3;
    if (!CENTRAL_ASIA.includes(iso3)) return null;
    const f = dashboardFromSearch(search);
    return chartRefFromDashboard("trade", { ...f, country: [iso3], flow: ["turnover"] });
  }
  return null;
}
