// Reads the reference tables beside the database (prisma/data/reference/,
// shipped with the code and described in its README) once per process: they
// change only with a release, so there is nothing to re-read per request.
import "server-only";
import path from "node:path";
import { readCsvFile } from "../core/csv-reader";
import { readSources } from "../core/source-registry";
import type { SourceRef } from "../core/sources";
import type { ReferenceData } from "./verdict-core";

export const REFERENCE_DIR = path.resolve("prisma/data/reference");

const BILLION = 1e9;

function required(row: Record<string, string>, column: string, file: string): string {
  const value = row[column]?.trim();
  if (!value) throw new Error(`${file}: a row has no ${column}`);
  return value;
}

export function readReferenceData(dir = REFERENCE_DIR): ReferenceData {
  const read = (file: string) => readCsvFile(path.join(/*turbopackIgnore: true*/ dir, file)).map((row) => ({ row, file }));
  // the reference tables' sources are in the one source registry, under match keys "reference:<id>"
  const sources: SourceRef[] = readSources()
    .filter((s) => s.match.startsWith("reference:"))
    .map(({ match: _match, ...source }) => source);
  const known = new Set(sources.map((s) => s.id));
  const cited = (id: string, file: string) => {
    if (!known.has(id)) throw new Error(`${file}: source ${id} is not in prisma/data/sources.csv`);
    return id;
  };
  const gdp = read("gdp_current_usd_centralasia.csv").map(({ row, file }) => ({
    country: required(row, "iso3", file),
    year: Number(required(row, "year", file)),
    valueUsd: Math.round(Number(required(row, "gdp_usd_bn", file)) * BILLION),
    sourceId: cited(required(row, "source_id", file), file),
  }));
  const wasteToEnergyCompanies = read("waste_to_energy_companies.csv").map(({ row, file }) => ({
    company: required(row, "company", file),
    match: required(row, "match", file),
    sourceId: cited(required(row, "source_id", file), file),
  }));
  return { gdp, wasteToEnergyCompanies, sources };
}

let cached: ReferenceData | null = null;

export function referenceData(): ReferenceData {
  cached ??= readReferenceData();
  return cached;
}
