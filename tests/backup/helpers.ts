// What the backup tests share: a database with every kind of data in it, a
// full dump to compare databases by (read straight through Prisma, every
// model, independent of lib/backup's own table list), and the API responses
// to compare instances by.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { GET as getChecks } from "@/app/api/v1/checks/[id]/route";
import { GET as getClaims } from "@/app/api/v1/claims/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { GET as getCoverage } from "@/app/api/v1/coverage/route";
import { GET as getProjects } from "@/app/api/v1/projects/route";
import { GET as getRevisions } from "@/app/api/v1/revisions/route";
import { GET as getSources } from "@/app/api/v1/sources/route";
import { GET as getCommodities } from "@/app/api/v1/trade/commodities/route";
import { GET as getMirror } from "@/app/api/v1/trade/mirror/route";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { saveCheck } from "@/lib/checker/saved";
import { Prisma, type Db } from "@/lib/core/db/client";
import { parseDatabaseUrl, type DatabaseConfig } from "@/lib/core/db/database-url";
import { importCsv } from "@/lib/import/import-csv";
import { seedDatabase } from "@/lib/seed/seed";
import { POSTGRES_URL, type DatabaseName } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

const FIXTURES = path.resolve(import.meta.dirname, "../import/fixtures");

export const CHECK_REQUEST = {
  text: "In 2024 trade between China and Kazakhstan reached $43.8 billion. Uzbekistan's trade with China grew to $13.8 billion in 2024.",
  date: "2025-01-15",
  language: "en" as const,
};

/** Values a lossy copy would get wrong: "" beside null, text with newlines, quotes and non-Latin letters, floats that print long, a synthetic flag, milliseconds. */
export const EDGE_ROW = {
  partnerIso3: "TJK",
  year: 2003,
  period: "2003",
  periodKind: "full_year",
  reporterCode: "CHN",
  flow: "china_imports",
  commodity: "2701",
  valueUsd: 0.1 + 0.2,
  derivation: "",
  note: 'line one\nline "two", with a comma; ünïcødé 中文 Қазақстан 😀 \\ tab\there',
  synthetic: true,
  createdAt: new Date("2001-02-03T04:05:06.789Z"),
  updatedAt: new Date("2002-03-04T05:06:07.008Z"),
};

export const LARGE_FLOAT = 1.2345678901234567e300;

/** Seed, a trade import (new figures and a revision), a project import, a saved check, and rows with awkward values. */
export async function populate(db: Db): Promise<{ savedCheckId: string }> {
  await seedDatabase(db);
  for (const file of ["caravan-example.csv", "projects-example.csv"]) {
    const report = await importCsv(db, fs.readFileSync(path.join(FIXTURES, file), "utf8"), { fileName: file });
    if (report.errors.length) throw new Error(`${file}: ${JSON.stringify(report.errors)}`);
  }
  const sourceId = (await db.source.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  await db.tradeObservation.create({ data: { ...EDGE_ROW, sourceId } });
  await db.tradeObservation.create({
    data: { ...EDGE_ROW, commodity: "2702", valueUsd: 1, derivation: null, note: null, synthetic: false, sourceId },
  });
  await db.tradeObservation.create({ data: { ...EDGE_ROW, commodity: "2703", valueUsd: 5e-324, note: "", sourceId } });
  // through a bound parameter: Prisma's model API rounds floats of 1e21 and more to 16 digits
  await db.$executeRaw`UPDATE "TradeObservation" SET "valueUsd" = ${LARGE_FLOAT} WHERE "commodity" = '2702' AND "partnerIso3" = 'TJK'`;
  // a figure made and deleted again: the id counter stands above the highest id, and a restore must keep it there
  const removed = await db.tradeObservation.create({ data: { ...EDGE_ROW, commodity: "2799", sourceId } });
  await db.tradeObservation.delete({ where: { id: removed.id } });
  const { id } = await saveCheck(db, CHECK_REQUEST);
  return { savedCheckId: id };
}

const delegateName = (model: string) => model[0]!.toLowerCase() + model.slice(1);

/** Every row of every model of the schema, in a fixed order: equal dumps mean equal databases. */
export async function dumpAll(db: Db): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (db as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[delegateName(model)]!;
    const rows = await delegate.findMany();
    const key = (row: unknown) => JSON.stringify(row);
    dump[model] = rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return dump;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `caravan-${prefix}-`));
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The routes whose answers a restored instance must give exactly as the original did. */
export function apiRoutes(savedCheckId: string): { handler: Handler; url: string; params?: Record<string, string> }[] {
  const routes: [Handler, string][] = [
    [getTrade, "/api/v1/trade"],
    [getTrade, "/api/v1/trade?partner=KAZ&reporter=CHN~KAZ&flow=turnover&from=2023&to=2024"],
    [getTrade, "/api/v1/trade?partner=KAZ~KGZ~TJK~TKM~UZB~CA5&period=all&from=2000"],
    [getTrade, "/api/v1/trade?preferred=true&period=part"],
    [getTrade, "/api/v1/trade?reporter=partner&preferred=false"],
    [getTrade, "/api/v1/trade?partner=TJK&period=all&synthetic=include&from=2000&to=2010"],
    [getTrade, "/api/v1/trade?format=csv"],
    [getTrade, "/api/v1/trade?format=csv&partner=KGZ~UZB&period=all&from=2015"],
    [getMirror, "/api/v1/trade/mirror"],
    [getMirror, "/api/v1/trade/mirror?partner=KAZ&format=csv"],
    [getCommodities, "/api/v1/trade/commodities"],
    [getClaims, "/api/v1/claims"],
    [getClaims, "/api/v1/claims?format=csv"],
    [getProjects, "/api/v1/projects"],
    [getProjects, "/api/v1/projects?country=KAZ&format=csv"],
    [getRevisions, "/api/v1/revisions"],
    [getRevisions, "/api/v1/revisions?partner=KGZ"],
    [getSources, "/api/v1/sources"],
    [getCoverage, "/api/v1/coverage"],
    [getCountries, "/api/v1/countries"],
  ];
  return [
    ...routes.map(([handler, url]) => ({ handler, url })),
    { handler: getChecks as Handler, url: `/api/v1/checks/${savedCheckId}`, params: { id: savedCheckId } },
    { handler: getChecks as Handler, url: `/api/v1/checks/${savedCheckId}?format=csv`, params: { id: savedCheckId } },
  ];
}

export interface Answer {
  url: string;
  status: number;
  etag: string | null;
  contentType: string | null;
  disposition: string | null;
  body: string;
}

/** What the instance on `db` answers to every route: status, the headers a client keys on, and the body byte for byte. */
export async function answers(db: Db, savedCheckId: string): Promise<Answer[]> {
  const result: Answer[] = [];
  for (const { handler, url, params } of apiRoutes(savedCheckId)) {
    pointRoutesAt(db);
    const response = await callRoute(handler, url, { params });
    result.push({
      url,
      status: response.status,
      etag: response.headers.get("etag"),
      contentType: response.headers.get("content-type"),
      disposition: response.headers.get("content-disposition"),
      body: await response.text(),
    });
  }
  return result;
}

/** A database nobody has migrated (or even created yet), and how to remove it. */
export async function unmigratedDatabase(name: DatabaseName): Promise<{ config: DatabaseConfig; url: string; cleanup: () => Promise<void> }> {
  if (name === "sqlite") {
    const dir = tempDir("fresh");
    const url = `file:${path.join(dir, "fresh.db")}`;
    return { config: parseDatabaseUrl(url), url, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `caravan_backup_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const url = `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${schema}`;
  return {
    config: parseDatabaseUrl(url),
    url,
    cleanup: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
