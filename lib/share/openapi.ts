// The share routes' part of the OpenAPI document: chart images, data
// packages and oEmbed. Parameters come from the zod schemas the handlers
// parse with; each is a read like every other (ETag/304, 400 naming the
// parameter, 503), whose 200 is a file instead of JSON or CSV.
import type { z } from "zod";
import {
  headerRefs,
  jsonSchema,
  readOperation,
  type OpenApiFragment,
  type OpenApiHeader,
  type OpenApiOperation,
  type OpenApiPaths,
} from "../core/http/openapi";
import { CLAIM_CSV_COLUMNS } from "../claims/csv-columns";
import { PROJECT_CSV_COLUMNS } from "../projects/csv-columns";
import { MIRROR_CSV_COLUMNS, TRADE_CSV_COLUMNS } from "../trade/csv-columns";
import {
  claimChartQuerySchema,
  claimsPackageQuerySchema,
  IMAGE_SIZE,
  mirrorChartQuerySchema,
  mirrorPackageQuerySchema,
  oembedQuerySchema,
  oembedResponseSchema,
  PNG_SIZE,
  projectsPackageQuerySchema,
  tradeChartQuerySchema,
  tradePackageQuerySchema,
} from "./schemas";

export const SHARE_TAG = "share";

const IMAGE_SIZE_HEADER: OpenApiHeader = {
  description: "The image's size in pixels, width x height (the SVG's in CSS pixels; the PNG is drawn at twice that, for print)",
  schema: { type: "string", pattern: "^[0-9]+x[0-9]+$" },
};
const DISPOSITION_HEADER: OpenApiHeader = {
  description: 'The file\'s name: inline for images, attachment for packages (filename="caravan-…")',
  schema: { type: "string" },
};

interface FileOperation {
  operationId: string;
  summary: string;
  description: string;
  query: { shape: Record<string, z.ZodType> };
  mediaType: string;
  bodyDescription: string;
  schema: Record<string, unknown>;
  headers?: Record<string, OpenApiHeader>;
}

/** A read whose 200 is a file: the read contract of readOperation with the file's media type in place of JSON. */
function fileOperation(file: FileOperation): OpenApiOperation {
  const operation = readOperation({
    operationId: file.operationId,
    summary: file.summary,
    description: file.description,
    tag: SHARE_TAG,
    query: file.query,
    body: oembedResponseSchema,
    bodyDescription: file.bodyDescription,
  });
  operation.responses["200"] = {
    description: file.bodyDescription,
    headers: { ...headerRefs("ETag", "Cache-Control"), ...file.headers },
    content: { [file.mediaType]: { schema: file.schema } },
  };
  return operation;
}

const CHARTS = [
  {
    kind: "trade",
    name: "Trade by reporter",
    query: tradeChartQuerySchema,
    about:
      "The trend chart of / and /countries/{iso3}: one line per reporter (China's customs, the partners' own statistics, EDB, COW), never mixed, with the article's claim marked where the page marks it. Filters as /api/v1/trade.",
  },
  {
    kind: "mirror",
    name: "Reporter gap",
    query: mirrorChartQuerySchema,
    about: "The gap chart of /mirror: China's customs figure minus each partner's own, per year. Filters as /api/v1/trade/mirror.",
  },
  {
    kind: "claim",
    name: "A claim's evidence",
    query: claimChartQuerySchema,
    about: "One claim of /claims: its quote, its verdict per reporter and its evidence chart. An unknown claim id is a 400 naming claim.",
  },
] as const;

const chartPaths: OpenApiPaths = Object.fromEntries(
  CHARTS.flatMap((chart) => {
    const Kind = chart.kind[0]!.toUpperCase() + chart.kind.slice(1);
    const common = `${chart.about} With its title, the reporters named in a legend, a source line naming the original providers, and the address of the full view. locale=ru draws its words in Russian (Russian number format, the /ru full view); publishers' names and the article's quotes stay as published.`;
    return [
      [
        `/api/v1/charts/${chart.kind}.svg`,
        {
          get: fileOperation({
            operationId: `get${Kind}ChartSvg`,
            summary: `${chart.name}: the chart as SVG`,
            description: `${common} ${IMAGE_SIZE.width}×${IMAGE_SIZE.height}, text in DejaVu Sans.`,
            query: chart.query,
            mediaType: "image/svg+xml",
            bodyDescription: `The chart, SVG (UTF-8), ${IMAGE_SIZE.width}×${IMAGE_SIZE.height}`,
            schema: { type: "string", description: "An SVG document" },
            headers: { "X-Image-Size": IMAGE_SIZE_HEADER, "Content-Disposition": DISPOSITION_HEADER },
          }),
        },
      ],
      [
        `/api/v1/charts/${chart.kind}.png`,
        {
          get: fileOperation({
            operationId: `get${Kind}ChartPng`,
            summary: `${chart.name}: the chart as PNG, for print`,
            description: `${common} The SVG drawn at twice its size: ${PNG_SIZE.width}×${PNG_SIZE.height} pixels.`,
            query: chart.query,
            mediaType: "image/png",
            bodyDescription: `The chart, PNG, ${PNG_SIZE.width}×${PNG_SIZE.height} pixels`,
            schema: { type: "string", contentMediaType: "image/png", description: "PNG bytes" },
            headers: { "X-Image-Size": IMAGE_SIZE_HEADER, "Content-Disposition": DISPOSITION_HEADER },
          }),
        },
      ],
    ];
  }),
);

const PACKAGES = [
  { view: "trade", route: "/api/v1/trade", query: tradePackageQuerySchema, columns: TRADE_CSV_COLUMNS },
  { view: "mirror", route: "/api/v1/trade/mirror", query: mirrorPackageQuerySchema, columns: MIRROR_CSV_COLUMNS },
  { view: "claims", route: "/api/v1/claims", query: claimsPackageQuerySchema, columns: CLAIM_CSV_COLUMNS },
  { view: "projects", route: "/api/v1/projects", query: projectsPackageQuerySchema, columns: PROJECT_CSV_COLUMNS },
] as const;

const packagePaths: OpenApiPaths = Object.fromEntries(
  PACKAGES.map((p) => {
    const View = p.view[0]!.toUpperCase() + p.view.slice(1);
    return [
      `/api/v1/package/${p.view}.zip`,
      {
        get: fileOperation({
          operationId: `get${View}Package`,
          summary: `The data package of ${p.route}: CSV, sources and README in one zip`,
          description: `The filters of ${p.route} (no format). data.csv is byte for byte what ${p.route}?format=csv answers with the same filters (header row: ${p.columns.map((c) => c.header).join(",")}); sources.csv lists the sources of those rows (id, publisher, title, url, licence, kind); README.md describes every column, the reporters, each source's licence, and how to cite it (plain text and BibTeX); with locale=ru, in Russian (the CSV files stay the same).`,
          query: p.query,
          mediaType: "application/zip",
          bodyDescription: "A zip of data.csv, sources.csv and README.md",
          schema: { type: "string", contentMediaType: "application/zip", description: "Zip bytes" },
          headers: { "Content-Disposition": DISPOSITION_HEADER },
        }),
      },
    ];
  }),
);

export const shareOpenApi: OpenApiFragment = {
  tags: [{ name: SHARE_TAG, description: "What journalists and analysts reach for: chart images, oEmbed for embeds, data packages" }],
  paths: {
    ...chartPaths,
    ...packagePaths,
    "/api/oembed": {
      get: {
        ...readOperation({
          operationId: "getOEmbed",
          summary: "oEmbed for a Caravan chart address",
          description:
            'oEmbed 1.0 (https://oembed.com): for the address of a chart page of this instance (/, /countries/{iso3}, /mirror, /claims#{claim id}, with their filters, or an /embed/… page, each also under /ru/), type "rich" with the iframe of its embed page (a /ru/… address: the /ru/embed/… page, titled in Russian). Any other address is a 400 naming url; format is json only.',
          tag: SHARE_TAG,
          query: oembedQuerySchema,
          body: oembedResponseSchema,
          bodyDescription: "The oEmbed answer",
        }),
      },
    },
  },
};

/** The response schema of /api/oembed, for tests that validate answers against the document. */
export const OEMBED_RESPONSE_JSON_SCHEMA = jsonSchema(oembedResponseSchema);
