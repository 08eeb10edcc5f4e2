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
import { CENTRAL_ASIA, COUNTRY_NAMES, REGION_CODE, REPORTER_NAMES } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { CLAIM_CSV_COLUMNS, claimCsvRows, type ClaimCsvRow } from "../claims/csv-columns";
import type { ClaimFilters, ClaimsResponse } from "../claims/schemas";
import { PROJECT_CSV_COLUMNS, projectFileParts } from "../projects/csv-columns";
import { iterateProjects, type ProjectRowWithSource } from "../projects/queries";
import { projectsSearchParams, type ProjectFilters, type ProjectsResponse } from "../projects/schemas";
import { filterFileParts, MIRROR_CSV_COLUMNS, mirrorCsvRows, TRADE_CSV_COLUMNS, type MirrorCsvRow } from "../trade/csv-columns";
import type { MirrorResponse } from "../trade/mirror";
import { iterateTrade, type TradeRowWithSource } from "../trade/queries";
import { tradeSearchParams, type TradeFilters, type TradeResponse } from "../trade/schemas";
import { buildCitation, type SourceUse } from "./citation";
import { requestOrigin } from "./origin";
import { CLAIM_COLUMN_NOTES, MIRROR_COLUMN_NOTES, PROJECT_COLUMN_NOTES, TRADE_COLUMN_NOTES } from "./package-columns";

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
  title: (filters: Filters) => string;
  /** the Caravan page that shows these rows (the citation's permalink) */
  pagePath: (filters: Filters) => string;
  /** the view's CSV route with these filters: data.csv is its answer */
  csvPath: (filters: Filters) => string;
  csv: CsvForm<Filters, Body, Row>;
  notes: Record<string, string>;
  /** the sources (and, for trade figures, the reporter) behind one row */
  sourcesOf: (row: Row) => RowSource[];
  /** what the README says about reporters, given those met in the rows */
  reporters: (met: string[]) => string;
}

const keepTilde = (query: string) => (query ? `?${query.replace(/%7E/gi, "~")}` : "");

function pageQuery(parts: [string, string | null | undefined][]): string {
  const set = parts.filter((p): p is [string, string] => !!p[1]);
  return set.length ? `?${set.map(([k, v]) => `${k}=${v}`).join("&")}` : "";
}

const timeOf = (f: { from: number | null; to: number | null }) => (f.from !== null || f.to !== null ? `${f.from ?? ""}..${f.to ?? ""}` : null);
const namesOf = (partners: readonly string[]) =>
  partners
    .filter((p) => p !== REGION_CODE)
    .map((p) => COUNTRY_NAMES[p] ?? p)
    .join(", ");
const countriesOf = (partners: readonly string[]) => {
  const list = partners.filter((p) => p !== REGION_CODE);
  return CENTRAL_ASIA.every((c) => list.includes(c)) ? null : list.join("~");
};

function reporterList(met: string[]): string {
  const order = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "EDB", "COW", "UNSTATED"];
  const known = [...new Set(met)].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return known.length ? known.map((r) => `- \`${r}\`: ${REPORTER_NAMES[r] ?? r}`).join("\n") : "- none (the package has no rows)";
}

const NEVER_MIXED =
  "Each reporter measures the same trade its own way (China's customs and a partner's statistics differ by valuation, timing, transit and coverage): never add up or chain figures of different reporters, and never add part-years to full years.";

export const TRADE_PACKAGE_SPEC: PackageSpec<TradeFilters, TradeResponse, TradeRowWithSource> = {
  view: "trade",
  title: (f) =>
    `China–Central Asia trade figures${countriesOf(f.partner) ? ` for ${namesOf(f.partner)}` : ""}${timeOf(f) ? `, ${timeOf(f)!.replace("..", "–")}` : ""}`,
  pagePath: (f) =>
    `/data${pageQuery([
      ["country", countriesOf(f.partner)],
      ["time", timeOf(f)],
      ["reporter", f.reporter?.join("~")],
      ["flow", f.flow.length === 3 ? null : f.flow.join("~")],
    ])}`,
  csvPath: (f) => `/api/v1/trade${keepTilde(tradeSearchParams({ ...f, format: "csv" }).toString())}`,
  csv: { columns: TRADE_CSV_COLUMNS, fileName: (f) => ["trade", filterFileParts(f)], rows: (db, f) => iterateTrade(db, f) },
  notes: TRADE_COLUMN_NOTES,
  sourcesOf: (row) => [{ source: row.source, reporter: row.reporter }],
  reporters: (met) => `The rows come from these reporters:\n\n${reporterList(met)}\n\n${NEVER_MIXED}`,
};

export const MIRROR_PACKAGE_SPEC: PackageSpec<MirrorFilters, MirrorResponse, MirrorCsvRow> = {
  view: "mirror",
  title: (f) => `The reporter gap: China's customs against the partners' own statistics${timeOf(f) ? `, ${timeOf(f)!.replace("..", "–")}` : ""}`,
  pagePath: (f) =>
    `/mirror${pageQuery([
      ["country", countriesOf(f.partner)],
      ["time", timeOf(f)],
      ["flow", f.flow.length === 1 && f.flow[0] === "turnover" ? null : f.flow.join("~")],
    ])}`,
  csvPath: (f) => `/api/v1/trade/mirror${keepTilde(tradeSearchParams({ ...f, reporter: null, format: "csv" }).toString())}`,
  csv: { columns: MIRROR_CSV_COLUMNS, fileName: (f) => ["mirror", filterFileParts(f)], rows: (_db, _f, body) => mirrorCsvRows(body) },
  notes: MIRROR_COLUMN_NOTES,
  sourcesOf: (row) => [
    { source: row.chinaSource, reporter: "CHN" },
    { source: row.partnerSource, reporter: row.partner },
  ],
  reporters: (met) =>
    `Each row puts China's customs (\`CHN\`) beside the partner's own statistics (the partner's ISO3), one figure per side: where a side has several, the one from the most authoritative source. Reporters in these rows:\n\n${reporterList(met)}\n\nThe gap is a finding, not an error: ${NEVER_MIXED}`,
};

type ClaimPackageRow = ClaimCsvRow & { sourceRefs: RowSource[] };

export const CLAIMS_PACKAGE_SPEC: PackageSpec<ClaimFilters, ClaimsResponse, ClaimPackageRow> = {
  view: "claims",
  title: (f) => `The article's claims, checked against the data${f.theme ? ` (${f.theme.join(", ")})` : ""}`,
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
  notes: CLAIM_COLUMN_NOTES,
  sourcesOf: (row) => row.sourceRefs,
  reporters: (met) =>
    `One row per claim and reporter: each reporter is judged on its own figures, and where a claim cites one side, that side is judged and the others are shown beside it. Trade reporters in these verdicts:\n\n${reporterList(met)}\n\nVerdicts are computed from the data when the package was made; they are never stored. ${NEVER_MIXED}`,
};

export const PROJECTS_PACKAGE_SPEC: PackageSpec<ProjectFilters, ProjectsResponse, ProjectRowWithSource> = {
  view: "projects",
  title: () => "China-linked projects in Central Asia",
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
  notes: PROJECT_COLUMN_NOTES,
  sourcesOf: (row) => [{ source: row.source }],
  reporters: () =>
    "Project records, not trade figures: named projects (compiled from the pages each cites), AEI China Global Investment Tracker deals and Global Energy Monitor pipelines. Amounts with different bases (amount_basis) are never added up.",
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
}

export function packageReadme(input: ReadmeInput): string {
  const citation = buildCitation({
    title: input.title,
    url: `${input.origin}${input.pagePath}`,
    accessed: input.accessed,
    sources: [...input.sources],
    uses: input.uses,
  });
  const columns = input.columns.map((c) => `| \`${c.header}\` | ${markdownCell(input.notes[c.header] ?? "")} |`);
  const sources = input.sources.map(
    (s) =>
      `| \`${s.id}\` | ${markdownCell(s.publisher)} | ${markdownCell(s.licence)} | ${markdownCell(s.kind ?? "not stated")} | ${markdownCell(s.url)} |`,
  );
  return [
    `# ${input.title}`,
    "",
    `A data package from Caravan (China–Central Asia trade, checked), made ${input.accessed} from ${input.packageUrl}.`,
    "",
    "## Files",
    "",
    `- \`data.csv\`: ${input.rowCount} row${input.rowCount === 1 ? "" : "s"}, byte for byte what ${input.origin}${input.csvPath} answers (RFC 4180, UTF-8, CRLF line ends, a header row; text a spreadsheet would run as a formula starts with \`'\`).`,
    `- \`sources.csv\`: the ${input.sources.length} source${input.sources.length === 1 ? "" : "s"} of those rows: ${SOURCES_CSV_HEADER.join(", ")}. \`kind\` is dataset, press (the page that published the figure) or copy (a third-party copy of such a page: lowest trust).`,
    "- `README.md`: this file.",
    "",
    `The view on Caravan: ${input.origin}${input.pagePath}`,
    "",
    "## Reporters",
    "",
    input.reporters,
    "",
    "## Columns of data.csv",
    "",
    "| column | meaning |",
    "| --- | --- |",
    ...columns,
    "",
    "## Sources and their licences",
    "",
    "Caravan republishes each figure under its source's own terms: check the licence of every source you reuse.",
    "",
    "| id | publisher | licence | kind | url |",
    "| --- | --- | --- | --- | --- |",
    ...(sources.length ? sources : ["| — | — | — | — | — |"]),
    "",
    "## How to cite",
    "",
    "Name the original providers first, then Caravan:",
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
          title: spec.title(filters),
          origin,
          pagePath: spec.pagePath(filters),
          csvPath: spec.csvPath(filters),
          packageUrl: `${origin}${url.pathname}${url.search}`,
          accessed: accessed.toISOString().slice(0, 10),
          columns: spec.csv.columns,
          notes: spec.notes,
          reporters: spec.reporters([...new Set([...uses.values()].map((u) => u.reporter).filter((r): r is string => !!r))]),
          sources: list,
          uses: [...uses.values()],
          rowCount,
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
