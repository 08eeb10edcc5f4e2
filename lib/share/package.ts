// The data package of a view: one zip with data.csv (byte for byte the CSV the
// view's own route answers: the same columns, rows and writer), sources.csv
// (the sources of exactly those rows) and README.md (every column, the
// reporters, each source's licence, and how to cite it). Streamed: data.csv is
// compressed as the database yields rows, and the sources are collected on the
// way, so a large export costs no more memory than the CSV route does.
import "server-only";
import { Zip, ZipDeflate } from "fflate";
import type { Db } from "../core/db/client";
import { csvField, csvFileName, csvResponse, type CsvColumn } from "../core/http/csv-writer";
import type { CsvForm, FileForm } from "../core/http/routes";
import type { Locale } from "../core/i18n/routing";
import { CENTRAL_ASIA, REGION_CODE } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { CLAIM_CSV_COLUMNS, claimCsvRows, type ClaimCsvRow } from "../claims/csv-columns";
import type { ClaimFilters, ClaimsResponse } from "../claims/schemas";
import { PROJECT_CSV_COLUMNS, projectFileParts } from "../projects/csv-columns";
import { iterateProjects, type ProjectRowWithSource } from "../projects/queries";
import { projectsSearchParams, type ProjectFilters, type ProjectsResponse } from "../projects/schemas";
import { filterFileParts, MIRROR_CSV_COLUMNS, mirrorCsvRows, TRADE_CSV_COLUMNS, type MirrorCsvRow } from "../trade/csv-columns";
import type { MirrorResponse } from "../trade/mirror";
import { iterateTrade, type TradeRowWithSource } from "../trade/queries";
import { tradeSearchParams } from "../trade/search-params";
import type { TradeFilters, TradeResponse } from "../trade/schemas";
import { localePath } from "../core/i18n/routing";
import { buildCitation } from "./citation";
import type { SourceUse } from "./source-uses";
import { countryName, reporterName, shareT } from "./i18n";
import { requestOrigin } from "./origin";
import { columnNotes } from "./package-columns";
import { packageLocaleOf } from "./schemas";

export const PACKAGE_VIEWS = ["trade", "mirror", "claims", "projects"] as const;
export type PackageView = (typeof PACKAGE_VIEWS)[number];

/** The three files of every package, in the order they are written. */
export const PACKAGE_FILES = ["data.csv", "sources.csv", "README.md"] as const;

export const SOURCES_CSV_HEADER = ["id", "publisher", "title", "url", "licence", "kind"] as const;

type MirrorFilters = Omit<TradeFilters, "reporter">;
interface RowSource {
  source: SourceRef | undefined;
  reporter?: string | null;
}

export interface PackageSpec<Filters, Body, Row> {
  view: PackageView;
  /** the package's title, in the README's language (English by default) */
  title: (filters: Filters, locale?: Locale) => string;
  /** the Caravan page that shows these rows (the citation's permalink) */
  pagePath: (filters: Filters) => string;
  /** the view's CSV route with these filters: data.csv is its answer */
  csvPath: (filters: Filters) => string;
  csv: CsvForm<Filters, Body, Row>;
  /** the sources (and, for trade figures, the reporter) behind one row */
  sourcesOf: (row: Row) => RowSource[];
  /** what the README says about reporters, given those met in the rows */
  reporters: (met: string[], locale?: Locale) => string;
}

const keepTilde = (query: string) => (query ? `?${query.replace(/%7E/gi, "~")}` : "");

function pageQuery(parts: [string, string | null | undefined][]): string {
  const set = parts.filter((p): p is [string, string] => !!p[1]);
  return set.length ? `?${set.map(([k, v]) => `${k}=${v}`).join("&")}` : "";
}

const timeOf = (f: { from: number | null; to: number | null }) => (f.from !== null || f.to !== null ? `${f.from ?? ""}..${f.to ?? ""}` : null);
const namesOf = (partners: readonly string[], locale?: Locale) =>
  partners
    .filter((p) => p !== REGION_CODE)
    .map((p) => countryName(p, locale))
    .join(", ");
/** ", 2015–2024" after a title, or nothing */
const titleYears = (f: { from: number | null; to: number | null }, locale?: Locale) =>
  timeOf(f) ? shareT(locale)("readme.titleYears", { years: timeOf(f)!.replace("..", "–") }) : "";
const countriesOf = (partners: readonly string[]) => {
  const list = partners.filter((p) => p !== REGION_CODE);
  return CENTRAL_ASIA.every((c) => list.includes(c)) ? null : list.join("~");
};

function reporterList(met: string[], locale?: Locale): string {
  const order = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "EDB", "COW", "UNSTATED"];
  const known = [...new Set(met)].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return known.length ? known.map((r) => `- \`${r}\`: ${reporterName(r, locale) ?? r}`).join("\n") : `- ${shareT(locale)("readme.noReporters")}`;
}

/** What the README says about the reporters met: the view's paragraph, with the list and the never-mixed rule. */
function reportersText(key: "tradeReporters" | "mirrorReporters" | "claimsReporters", met: string[], locale?: Locale): string {
  const t = shareT(locale);
  return t(`readme.${key}`, { list: reporterList(met, locale), neverMixed: t("readme.neverMixed") });
}

export const TRADE_PACKAGE_SPEC: PackageSpec<TradeFilters, TradeResponse, TradeRowWithSource> = {
  view: "trade",
  title: (f, locale) =>
    shareT(locale)("readme.tradeTitle", {
      countries: countriesOf(f.partner) ? shareT(locale)("readme.tradeTitleCountries", { names: namesOf(f.partner, locale) }) : "",
      years: titleYears(f, locale),
    }),
  pagePath: (f) =>
    `/data${pageQuery([
      ["country", countriesOf(f.partner)],
      ["time", timeOf(f)],
      ["reporter", f.reporter?.join("~")],
      ["flow", f.flow.length === 3 ? null : f.flow.join("~")],
    ])}`,
  csvPath: (f) => `/api/v1/trade${keepTilde(tradeSearchParams({ ...f, format: "csv" }).toString())}`,
  csv: { columns: TRADE_CSV_COLUMNS, fileName: (f) => ["trade", filterFileParts(f)], rows: (db, f) => iterateTrade(db, f) },
  sourcesOf: (row) => [{ source: row.source, reporter: row.reporter }],
  reporters: (met, locale) => reportersText("tradeReporters", met, locale),
};

export const MIRROR_PACKAGE_SPEC: PackageSpec<MirrorFilters, MirrorResponse, MirrorCsvRow> = {
  view: "mirror",
  title: (f, locale) => shareT(locale)("readme.mirrorTitle", { years: titleYears(f, locale) }),
  pagePath: (f) =>
    `/mirror${pageQuery([
      ["country", countriesOf(f.partner)],
      ["time", timeOf(f)],
      ["flow", f.flow.length === 1 && f.flow[0] === "turnover" ? null : f.flow.join("~")],
    ])}`,
  csvPath: (f) => `/api/v1/trade/mirror${keepTilde(tradeSearchParams({ ...f, reporter: null, format: "csv" }).toString())}`,
  csv: { columns: MIRROR_CSV_COLUMNS, fileName: (f) => ["mirror", filterFileParts(f)], rows: (_db, _f, body) => mirrorCsvRows(body) },
  sourcesOf: (row) => [
    { source: row.chinaSource, reporter: "CHN" },
    { source: row.partnerSource, reporter: row.partner },
  ],
  reporters: (met, locale) => reportersText("mirrorReporters", met, locale),
};

type ClaimPackageRow = ClaimCsvRow & { sourceRefs: RowSource[] };

export const CLAIMS_PACKAGE_SPEC: PackageSpec<ClaimFilters, ClaimsResponse, ClaimPackageRow> = {
  view: "claims",
  title: (f, locale) =>
    shareT(locale)("readme.claimsTitle", { themes: f.theme ? shareT(locale)("readme.claimsTitleThemes", { themes: f.theme.join(", ") }) : "" }),
  pagePath: () => "/claims",
  csvPath: (f) => `/api/v1/claims?${f.theme ? `theme=${f.theme.join("~")}&` : ""}format=csv`,
  csv: {
    columns: CLAIM_CSV_COLUMNS,
    fileName: (f) => ["claims", [f.theme?.join("-")]],
    rows: async function* (_db, _f, body) {
      const response = await body();
      const byId = new Map(response.sources.map((s) => [s.id, s]));
      for await (const row of claimCsvRows(response)) {
        const figures = row.verdict.figures.map((f) => ({ source: byId.get(f.sourceId), reporter: f.measure === "gdp" ? null : f.reporter }));
        const others = row.verdict.sourceIds.filter((id) => !row.verdict.figures.some((f) => f.sourceId === id));
        yield { ...row, sourceRefs: [...figures, ...others.map((id) => ({ source: byId.get(id), reporter: null }))] };
      }
    },
  },
  sourcesOf: (row) => row.sourceRefs,
  reporters: (met, locale) => reportersText("claimsReporters", met, locale),
};

export const PROJECTS_PACKAGE_SPEC: PackageSpec<ProjectFilters, ProjectsResponse, ProjectRowWithSource> = {
  view: "projects",
  title: (_f, locale) => shareT(locale)("readme.projectsTitle"),
  pagePath: (f) =>
    `/projects${pageQuery([
      ["country", f.country?.join("~")],
      ["sector", f.sector?.join("~")],
      ["status", f.status?.join("~")],
      ["theme", f.theme?.join("~")],
      ["kind", f.kind?.join("~")],
      ["time", timeOf(f)],
    ])}`,
  csvPath: (f) => `/api/v1/projects${keepTilde(projectsSearchParams(f, "csv").toString())}`,
  csv: { columns: PROJECT_CSV_COLUMNS, fileName: (f) => ["projects", projectFileParts(f)], rows: (db, f) => iterateProjects(db, f) },
  sourcesOf: (row) => [{ source: row.source }],
  reporters: (_met, locale) => shareT(locale)("readme.projectsReporters"),
};

// ---------------------------------------------------------------- the files

function markdownCell(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").trim() || "—";
}

export function sourcesCsv(sources: readonly SourceRef[]): string {
  const lines = [SOURCES_CSV_HEADER.join(",")];
  for (const s of sources) lines.push([s.id, s.publisher, s.title, s.url, s.licence, s.kind ?? ""].map((v) => csvField(v)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export interface ReadmeInput {
  title: string;
  origin: string;
  pagePath: string;
  csvPath: string;
  packageUrl: string;
  accessed: string;
  columns: readonly CsvColumn<never>[] | readonly { header: string }[];
  notes: Record<string, string>;
  reporters: string;
  sources: readonly SourceRef[];
  uses: SourceUse[];
  rowCount: number;
  /** the README's language (English by default); the CSV files are the same in every language */
  locale?: Locale;
}

export function packageReadme(input: ReadmeInput): string {
  const t = shareT(input.locale);
  const citation = buildCitation({
    title: input.title,
    url: `${input.origin}${input.pagePath}`,
    accessed: input.accessed,
    sources: [...input.sources],
    uses: input.uses,
    locale: input.locale,
  });
  const columns = input.columns.map((c) => `| \`${c.header}\` | ${markdownCell(input.notes[c.header] ?? "")} |`);
  const sources = input.sources.map(
    (s) =>
      `| \`${s.id}\` | ${markdownCell(s.publisher)} | ${markdownCell(s.licence)} | ${markdownCell(s.kind ?? t("readme.kindNotStated"))} | ${markdownCell(s.url)} |`,
  );
  const count = (n: number) => ({ count: n, n: String(n) });
  return [
    `# ${input.title}`,
    "",
    t("readme.made", { date: input.accessed, url: input.packageUrl }),
    "",
    `## ${t("readme.files")}`,
    "",
    `- ${t("readme.dataFile", { ...count(input.rowCount), url: `${input.origin}${input.csvPath}` })}`,
    `- ${t("readme.sourcesFile", { ...count(input.sources.length), header: SOURCES_CSV_HEADER.join(", ") })}`,
    `- ${t("readme.readmeFile")}`,
    "",
    t("readme.view", { url: `${input.origin}${input.pagePath}` }),
    "",
    `## ${t("readme.reporters")}`,
    "",
    input.reporters,
    "",
    `## ${t("readme.columns")}`,
    "",
    t("readme.columnHeader"),
    "| --- | --- |",
    ...columns,
    "",
    `## ${t("readme.sources")}`,
    "",
    t("readme.sourcesNote"),
    "",
    t("readme.sourcesHeader"),
    "| --- | --- | --- | --- | --- |",
    ...(sources.length ? sources : ["| — | — | — | — | — |"]),
    "",
    `## ${t("readme.cite")}`,
    "",
    t("readme.citeNote"),
    "",
    citation.text,
    "",
    "```bibtex",
    citation.bibtex.trimEnd(),
    "```",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------- the zip

interface ZipEntry {
  name: string;
  data: AsyncIterable<Uint8Array>;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** A zip written as its entries are read: deflated with fflate, one entry after the other. */
export function zipStream(entries: AsyncIterable<ZipEntry>, mtime = new Date()): ReadableStream<Uint8Array> {
  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else output.push(chunk);
    if (final) finished = true;
  });
  const work = (async function* () {
    for await (const entry of entries) {
      const file = new ZipDeflate(entry.name, { level: 6 });
      file.mtime = mtime;
      zip.add(file);
      let previous: Uint8Array | null = null;
      for await (const chunk of entry.data) {
        if (previous) file.push(previous, false);
        previous = chunk;
        yield;
      }
      file.push(previous ?? new Uint8Array(0), true);
      yield;
    }
    zip.end();
  })();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (output.length === 0 && !finished) {
          const step = await work.next();
          if (failure) throw failure;
          if (step.done) break;
        }
        if (failure) throw failure;
        while (output.length) controller.enqueue(output.shift()!);
        if (finished) controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await work.return(undefined);
    },
  });
}

/** The package route's file form: data.csv through the view's own CSV writer, then sources.csv and README.md. */
export function dataPackage<Filters, Body, Row>(spec: PackageSpec<Filters, Body, Row>): FileForm<Filters, Body> {
  return {
    render: async ({ db, filters, url, request, body }: { db: Db; filters: Filters; url: URL; request: Request; body: () => Promise<Body> }) => {
      const encoder = new TextEncoder();
      const origin = requestOrigin(request.headers, url);
      // the README's language; the route's query schema has already refused anything but en or ru
      const locale = packageLocaleOf(url.searchParams);
      const accessed = new Date();
      const sources = new Map<string, SourceRef>();
      const uses = new Map<string, SourceUse>();
      let rowCount = 0;
      const rows = spec.csv.rows(db, filters, body);
      async function* collected(): AsyncGenerator<Row> {
        for await (const row of rows) {
          rowCount++;
          for (const { source, reporter } of spec.sourcesOf(row)) {
            if (!source) continue;
            sources.set(source.id, source);
            uses.set(`${source.id}|${reporter ?? ""}`, { sourceId: source.id, reporter: reporter ?? null });
          }
          yield row;
        }
      }
      const [resource, parts] = spec.csv.fileName(filters);
      const csv = csvResponse(collected(), spec.csv.columns, csvFileName(resource, parts));
      async function* entries(): AsyncGenerator<ZipEntry> {
        yield { name: "data.csv", data: streamChunks(csv.body!) };
        const list = [...sources.values()].sort((a, b) => a.id.localeCompare(b.id));
        yield { name: "sources.csv", data: once(encoder.encode(sourcesCsv(list))) };
        const readme = packageReadme({
          title: spec.title(filters, locale),
          origin,
          pagePath: localePath(locale, spec.pagePath(filters)),
          csvPath: spec.csvPath(filters),
          packageUrl: `${origin}${url.pathname}${url.search}`,
          accessed: accessed.toISOString().slice(0, 10),
          columns: spec.csv.columns,
          notes: columnNotes(spec.view, locale),
          reporters: spec.reporters([...new Set([...uses.values()].map((u) => u.reporter).filter((r): r is string => !!r))], locale),
          sources: list,
          uses: [...uses.values()],
          rowCount,
          locale,
        });
        yield { name: "README.md", data: once(encoder.encode(readme)) };
      }
      const name = csvFileName(`package_${spec.view}`, parts).replace(/\.csv$/, ".zip");
      return { body: zipStream(entries(), accessed), contentType: "application/zip", fileName: name, disposition: "attachment" };
    },
  };
}

export const TRADE_PACKAGE = dataPackage(TRADE_PACKAGE_SPEC);
export const MIRROR_PACKAGE = dataPackage(MIRROR_PACKAGE_SPEC);
export const CLAIMS_PACKAGE = dataPackage(CLAIMS_PACKAGE_SPEC);
export const PROJECTS_PACKAGE = dataPackage(PROJECTS_PACKAGE_SPEC);
