// The CSV layouts an import accepts, told apart by their header: three trade
// layouts, each mapped line by line to observations here, and the project
// layout (mapped in project-layout.ts). Every problem is collected with its
// line and column; nothing here touches the database (the sources that
// exist are handed in).
import { ALL_GOODS, type Flow, type PartnerCode, type ReporterCode } from "../core/reference/codes";
import { observationKey, type ObservationInput } from "./observation";
import type { ParsedPeriod } from "../core/period";
import { normaliseHeader, readCsv } from "../core/csv-reader";
import { isCentralAsian, resolveCountry, resolveFlow } from "../core/reference/resolve";
import { ACCEPTED, resolvePartner, resolveReporter } from "./import-references";
import type { ImportIssue, Layout, SourceDeclaration } from "../core/import/types";
import { registeredSource } from "../core/source-registry";
import { caravanSource, LineContext, locate, type ColumnSpec, type SourceLookup } from "../core/import/layout-kit";
import { clip, parseImportPeriod, parseUsd } from "../core/import/values";

/** One data line of the file, mapped to an observation. */
export interface ImportRow {
  line: number;
  observation: ObservationInput;
  /** the header of the column the source came from, for error messages */
  sourceColumn: string | null;
  valueColumn: string;
}

export interface ParsedFile {
  layout: Layout | null;
  rows: ImportRow[];
  /** sources the file declares, by id, with the line that declared them first */
  declaredSources: Map<string, { source: SourceDeclaration; line: number }>;
  issues: ImportIssue[];
}

export interface ParseOptions {
  /** source of every row of a Comtrade file (default: the built-in UN Comtrade source) */
  sourceId?: string;
}

/** The source a Comtrade export implies when no other is named (described in the source registry). */
export const COMTRADE_SOURCE: SourceDeclaration = (({ match: _match, priority: _priority, ...declaration }) => declaration)(
  registeredSource("comtrade"),
);

const CARAVAN_COLUMNS: ColumnSpec = {
  period: { aliases: ["period", "year"], required: true },
  partner: { aliases: ["partner"], required: true },
  reporter: { aliases: ["reporter"], required: true },
  flow: { aliases: ["flow"], required: true },
  value: { aliases: ["value_usd"], required: true },
  source: { aliases: ["source_id"], required: true },
  commodity: { aliases: ["commodity"], required: false },
  note: { aliases: ["note"], required: false },
  derivation: { aliases: ["derivation"], required: false },
  publisher: { aliases: ["source_publisher"], required: false },
  title: { aliases: ["source_title"], required: false },
  url: { aliases: ["source_url"], required: false },
  licence: { aliases: ["source_licence", "source_license"], required: false },
  methodNote: { aliases: ["source_method_note"], required: false },
};

const TIDY_COLUMNS: ColumnSpec = {
  period: { aliases: ["year"], required: true },
  partner: { aliases: ["partner_country"], required: true },
  reporter: { aliases: ["reporting_side"], required: true },
  flow: { aliases: ["flow"], required: true },
  value: { aliases: ["value_usd"], required: true },
  source: { aliases: ["source_file"], required: true },
};

const COMTRADE_FLOW_ALIASES = ["flowCode", "Trade Flow Code", "flow_code", "Trade Flow", "flowDesc"];
const COMTRADE_VALUE_ALIASES = ["primaryValue", "Trade Value (US$)", "trade_value_usd", "TradeValue", "trade_value"];

const COMTRADE_COLUMNS: ColumnSpec = {
  reporter: {
    aliases: ["reporterISO", "Reporter ISO", "reporter_iso3", "reporter", "reporterDesc", "reporterCode", "Reporter Code"],
    required: true,
  },
  partner: { aliases: ["partnerISO", "Partner ISO", "partner_iso3", "partner", "partnerDesc", "partnerCode", "Partner Code"], required: true },
  year: { aliases: ["refYear", "year"], required: false },
  period: { aliases: ["period"], required: false },
  flow: { aliases: COMTRADE_FLOW_ALIASES, required: true },
  value: { aliases: COMTRADE_VALUE_ALIASES, required: true },
  commodity: { aliases: ["cmdCode", "Commodity Code", "commodity"], required: false },
  source: { aliases: ["source_id"], required: false },
};

export function detectLayout(header: string[]): Layout | null {
  const names = new Set(header.map(normaliseHeader));
  const has = (alias: string) => names.has(normaliseHeader(alias));
  if (has("project_id")) return "projects";
  if (has("reporting_side") && has("source_file")) return "tidy";
  if (COMTRADE_FLOW_ALIASES.slice(0, 3).some(has) || COMTRADE_VALUE_ALIASES.some(has)) return "comtrade";
  if (has("partner") && has("reporter") && has("flow") && has("value_usd")) return "caravan";
  return null;
}

export const LAYOUT_HELP =
  "expected the documented layout (period, partner, reporter, flow, value_usd, source_id), the project layout (project_id, kind, name, countries, sector, …, source_id), the tidy layout (year, partner_country, reporting_side, flow, value_usd, source_file) or a UN Comtrade export (reporter, partner, year, flow code M/X, trade value in USD)";

export function parseImportFile(text: string, sources: SourceLookup, options: ParseOptions = {}): ParsedFile {
  const table = readCsv(text);
  const result: ParsedFile = { layout: null, rows: [], declaredSources: new Map(), issues: [...table.issues] };
  if (table.header.length === 0) return result;
  const layout = detectLayout(table.header);
  if (!layout) {
    result.issues.push({ line: 1, column: null, message: `unrecognised header "${clip(table.header.join(","), 120)}": ${LAYOUT_HELP}` });
    return result;
  }
  result.layout = layout;
  if (layout === "projects") {
    result.issues.push({
      line: 1,
      column: "project_id",
      message: "this is a file of project records, not trade figures: import it with importCsv (npm run import)",
    });
    return result;
  }
  const spec = layout === "caravan" ? CARAVAN_COLUMNS : layout === "tidy" ? TIDY_COLUMNS : COMTRADE_COLUMNS;
  const { index, missing } = locate(table.header, spec);
  for (const column of missing) result.issues.push({ line: 1, column, message: `the ${layout} layout needs a column "${column}"` });
  if (layout === "comtrade" && index.year === undefined && index.period === undefined) {
    result.issues.push({ line: 1, column: "refYear", message: 'the Comtrade layout needs a year column ("refYear", "year" or "period")' });
  }
  if (layout === "comtrade" && options.sourceId !== undefined && !sources.ids.has(options.sourceId)) {
    result.issues.push({ line: 1, column: null, message: `the source "${clip(options.sourceId)}" given for this file does not exist` });
  }
  if (result.issues.some((i) => i.line === 1)) return result;

  const context = new LineContext(table.header, index, sources, result);
  const mapLine = layout === "caravan" ? mapCaravanLine : layout === "tidy" ? mapTidyLine : mapComtradeLine;
  const firstLineOfKey = new Map<string, number>();
  for (const record of table.records) {
    const row = mapLine(context.at(record), options);
    if (!row) continue;
    const key = observationKey(row.observation);
    const first = firstLineOfKey.get(key);
    if (first !== undefined) {
      result.issues.push({
        line: record.line,
        column: row.valueColumn,
        message: `duplicate of line ${first}: the same partner, period, reporter, flow, commodity and source (${key})`,
      });
      continue;
    }
    firstLineOfKey.set(key, record.line);
    result.rows.push(row);
  }
  return result;
}

function periodOf(ctx: LineContext, name: string): ParsedPeriod | null {
  const checked = parseImportPeriod(ctx.cell(name));
  return checked.ok ? checked.value : ctx.fail(name, checked.message);
}

function valueOf(ctx: LineContext, commodity: string): number | null {
  const checked = parseUsd(ctx.cell("value"), commodity === ALL_GOODS);
  return checked.ok ? checked.value : ctx.fail("value", checked.message);
}

function row(
  ctx: LineContext,
  parts: {
    partner: PartnerCode | null;
    reporter: ReporterCode | null;
    flow: Flow | null;
    period: ParsedPeriod | null;
    value: number | null;
    sourceId: string | null;
    commodity: string;
    note: string | null;
    derivation: string | null;
  },
  sourceColumn: string | null,
): ImportRow | null {
  const { partner, reporter, flow, period, value, sourceId } = parts;
  if (!ctx.ok || !partner || !reporter || !flow || !period || value === null || !sourceId) return null;
  const observation: ObservationInput = {
    partnerIso3: partner,
    reporterCode: reporter,
    flow,
    ...period,
    commodity: parts.commodity,
    valueUsd: value,
    sourceId,
    derivation: parts.derivation,
    note: parts.note,
  };
  return { line: ctx.line, observation, sourceColumn, valueColumn: ctx.column("value") };
}

function mapCaravanLine(ctx: LineContext): ImportRow | null {
  const commodity = ctx.has("commodity") && ctx.cell("commodity") !== "" ? commodityOf(ctx) : ALL_GOODS;
  const parts = {
    period: periodOf(ctx, "period"),
    partner: ctx.check("partner", resolvePartner, (raw) => `unknown partner "${clip(raw)}"; accepted: ${ACCEPTED.partner}`),
    reporter: ctx.check(
      "reporter",
      (raw) => resolveReporter(raw, false),
      (raw) => `unknown reporter "${clip(raw)}"; accepted: ${ACCEPTED.reporter}`,
    ),
    flow: ctx.check(
      "flow",
      (raw) => resolveFlow(raw, false),
      (raw) => `unknown flow "${clip(raw)}"; accepted: ${ACCEPTED.flow}`,
    ),
    value: commodity === null ? null : valueOf(ctx, commodity),
    sourceId: caravanSource(ctx),
    commodity: commodity ?? ALL_GOODS,
    note: ctx.cell("note") || null,
    derivation: ctx.cell("derivation") || null,
  };
  return row(ctx, parts, ctx.column("source"));
}

function commodityOf(ctx: LineContext): string | null {
  const raw = ctx.cell("commodity");
  if (/^total$/i.test(raw)) return ALL_GOODS;
  if (/^\d{2}(\d{2}){0,2}$/.test(raw)) return raw;
  return ctx.fail("commodity", `commodity "${clip(raw)}" is neither TOTAL nor an HS code of 2, 4 or 6 digits`);
}

/** The shipped files the tidy layout names, and the sources.csv match key of each. */
const TIDY_SOURCE_FILES: [RegExp, (reporter: ReporterCode) => string][] = [
  [/^partner_reported_trade_with_china_.*\.csv$/, (reporter) => `partner_reported:${reporter}`],
  [/^kaz_china_wits.*\.csv$/, () => "wits"],
  [/^cow_trade_v4.*\.csv$/, () => "cow"],
];

function tidySource(ctx: LineContext, reporter: ReporterCode | null): string | null {
  const raw = ctx.cell("source");
  if (raw === "") return ctx.fail("source", "missing source: source_file is empty");
  let id: string | undefined;
  if (ctx.sources.ids.has(raw)) id = raw;
  const url = /\((https?:\/\/[^)\s]+)\)\s*$/.exec(raw)?.[1] ?? (/^https?:\/\/\S+$/.test(raw) ? raw : undefined);
  if (!id && url) {
    id = ctx.sources.idByUrl.get(url);
    if (!id) return ctx.fail("source", `missing source: no source in the database has the URL ${clip(url, 100)}`);
  }
  if (!id) {
    const rule = TIDY_SOURCE_FILES.find(([pattern]) => pattern.test(raw));
    if (rule && reporter) id = ctx.sources.idByMatch.get(rule[1](reporter));
    else if (rule) return null; // the reporter's own error is already recorded
  }
  if (!id) {
    return ctx.fail("source", `missing source: "${clip(raw)}" names no known source (an existing source id, a shipped file, or "file.csv (URL)")`);
  }
  if (!ctx.sources.ids.has(id)) return ctx.fail("source", `missing source: "${id}" is not in the database (run npm run db:seed first)`);
  return id;
}

function mapTidyLine(ctx: LineContext): ImportRow | null {
  const reportingSide = ctx.cell("reporter");
  const reporter = ctx.check(
    "reporter",
    (raw) => resolveReporter(raw, true),
    (raw) =>
      `unknown reporter "${clip(raw)}"; accepted: ${ACCEPTED.reporter}, or a reporting side such as "China (GACC)" or "Kazakhstan national statistics"`,
  );
  const parts = {
    period: periodOf(ctx, "period"),
    partner: ctx.check("partner", resolvePartner, (raw) => `unknown partner "${clip(raw)}"; accepted: ${ACCEPTED.partner}`),
    reporter,
    flow: ctx.check(
      "flow",
      (raw) => resolveFlow(raw, true),
      (raw) => `unknown flow "${clip(raw)}"; accepted: ${ACCEPTED.tidyFlow}, ${ACCEPTED.flow}`,
    ),
    value: valueOf(ctx, ALL_GOODS),
    sourceId: tidySource(ctx, reporter),
    commodity: ALL_GOODS,
    note: reporter && reportingSide.toUpperCase() !== reporter ? `Reported as: ${reportingSide}` : null,
    derivation: null,
  };
  return row(ctx, parts, ctx.column("source"));
}

/** M/X of Comtrade+, 1/2 of the legacy Comtrade files, or the words. */
function comtradeDirection(raw: string): "M" | "X" | null {
  const text = raw.trim().toLowerCase();
  if (text === "m" || text === "1" || text === "import" || text === "imports") return "M";
  if (text === "x" || text === "2" || text === "export" || text === "exports") return "X";
  return null;
}

function comtradePeriod(ctx: LineContext): ParsedPeriod | null {
  const period = ctx.cell("period");
  if (ctx.has("period") && /^\d{6}$/.test(period)) {
    const checked = parseImportPeriod(`${period.slice(0, 4)}M${period.slice(4)}`);
    return checked.ok ? checked.value : ctx.fail("period", checked.message);
  }
  if (ctx.has("year")) return periodOf(ctx, "year");
  return periodOf(ctx, "period");
}

function mapComtradeLine(ctx: LineContext, options: ParseOptions): ImportRow | null {
  const reporterIso3 = ctx.check("reporter", resolveCountry, (raw) => `unknown reporter "${clip(raw)}": neither China nor a Central Asian country`);
  const partnerIso3 = ctx.check("partner", resolveCountry, (raw) => `unknown partner "${clip(raw)}": neither China nor a Central Asian country`);
  const direction = ctx.check(
    "flow",
    comtradeDirection,
    (raw) => `unknown flow code "${clip(raw)}"; accepted: M (imports) or X (exports); re-exports and re-imports are not trade totals`,
  );
  let partner: PartnerCode | null = null;
  let reporter: ReporterCode | null = null;
  let flow: Flow | null = null;
  if (reporterIso3 && partnerIso3 && direction) {
    if (reporterIso3 === "CHN") {
      if (!isCentralAsian(partnerIso3))
        ctx.fail("partner", `China reports this line, so the partner must be one of the Central Asian countries, not "${partnerIso3}"`);
      else [partner, reporter, flow] = [partnerIso3, "CHN", direction === "M" ? "china_imports" : "china_exports"];
    } else if (isCentralAsian(reporterIso3)) {
      // The partner's imports from China are China's exports, as the partner reports them.
      if (partnerIso3 !== "CHN") ctx.fail("partner", `${reporterIso3} reports this line, so the partner must be China, not "${partnerIso3}"`);
      else [partner, reporter, flow] = [reporterIso3, reporterIso3, direction === "M" ? "china_exports" : "china_imports"];
    } else {
      ctx.fail("reporter", `reporter "${reporterIso3}" is neither China nor a Central Asian country`);
    }
  }
  const commodity = ctx.has("commodity") && ctx.cell("commodity") !== "" ? commodityOf(ctx) : ALL_GOODS;
  let sourceId: string | null = options.sourceId ?? COMTRADE_SOURCE.id;
  let sourceColumn: string | null = null;
  if (ctx.has("source") && ctx.cell("source") !== "") {
    sourceColumn = ctx.column("source");
    sourceId = ctx.sources.ids.has(ctx.cell("source"))
      ? ctx.cell("source")
      : ctx.fail("source", `missing source: "${clip(ctx.cell("source"))}" is not a known source`);
  } else if (sourceId === COMTRADE_SOURCE.id && !ctx.sources.ids.has(sourceId) && !ctx.result.declaredSources.has(sourceId)) {
    ctx.result.declaredSources.set(sourceId, { source: COMTRADE_SOURCE, line: ctx.line });
  }
  const parts = {
    period: comtradePeriod(ctx),
    partner,
    reporter,
    flow,
    value: commodity === null ? null : valueOf(ctx, commodity),
    sourceId,
    commodity: commodity ?? ALL_GOODS,
    note: null,
    derivation: null,
  };
  return row(ctx, parts, sourceColumn);
}
