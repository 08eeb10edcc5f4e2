// Validates a whole file against the database, then applies it in one
// transaction: new figures are created, changed ones updated with a revision
// (previous value, new value, when, which import), unchanged ones left alone.
// A file with any error, a dry run, or a file that changes nothing writes
// nothing at all.
import type { Db } from "../core/db/client";
import { bumpDataVersion } from "../core/db/data-version";
import { ALL_GOODS } from "../core/reference/codes";
import { observationKey } from "./observation";
import { parseImportFile, type ImportRow, type ParsedFile } from "./import-layout";
import { runImport, sourceLookup, type Client, type ImportOptions, type Tx } from "../core/import/transaction";
import type { ImportIssue, ImportReport, RowChange, SourceDeclaration } from "../core/import/types";
import { magnitudeProblem, sameValue } from "../core/import/values";

/** Years either side of a figure whose full-year figures say what magnitude to expect. */
const REFERENCE_YEARS = 3;
const WRITE_CHUNK = 500;

interface Plan {
  parsed: ParsedFile;
  errors: ImportIssue[];
  created: ImportRow[];
  changed: { row: ImportRow; id: number; previousValue: number }[];
  unchanged: number;
  sourcesToCreate: SourceDeclaration[];
}

export function importTradeCsv(db: Db, text: string, options: ImportOptions): Promise<ImportReport> {
  return runImport(db, options, {
    plan: (client) => planImport(client, text, options),
    hasWork: (plan) => plan.errors.length === 0 && (plan.created.length > 0 || plan.changed.length > 0),
    apply: (tx, plan) => applyPlan(tx, plan, options),
    report: (plan, importId) => report(plan, options, importId),
  });
}

async function planImport(client: Client, text: string, options: ImportOptions): Promise<Plan> {
  const parsed = parseImportFile(text, await sourceLookup(client), options);
  const errors = [...parsed.issues];
  const plan: Plan = { parsed, errors, created: [], changed: [], unchanged: 0, sourcesToCreate: [] };
  if (parsed.rows.length === 0) return finish(plan);

  errors.push(...(await magnitudeIssues(client, parsed.rows)));
  const existing = await existingObservations(client, parsed.rows);
  for (const row of parsed.rows) {
    const found = existing.get(observationKey(row.observation));
    if (!found) plan.created.push(row);
    else if (sameValue(found.valueUsd, row.observation.valueUsd)) plan.unchanged++;
    else plan.changed.push({ row, id: found.id, previousValue: found.valueUsd });
  }
  const used = new Set(parsed.rows.map((r) => r.observation.sourceId));
  plan.sourcesToCreate = [...parsed.declaredSources.values()].map((d) => d.source).filter((s) => used.has(s.id));
  return finish(plan);
}

function finish(plan: Plan): Plan {
  plan.errors.sort((a, b) => a.line - b.line || (a.column ?? "").localeCompare(b.column ?? ""));
  return plan;
}

async function existingObservations(client: Client, rows: ImportRow[]) {
  const partners = [...new Set(rows.map((r) => r.observation.partnerIso3))];
  const periods = [...new Set(rows.map((r) => r.observation.period))];
  const found = await client.tradeObservation.findMany({
    where: { partnerIso3: { in: partners }, period: { in: periods } },
    select: { id: true, partnerIso3: true, period: true, reporterCode: true, flow: true, commodity: true, sourceId: true, valueUsd: true },
  });
  return new Map(found.map((o) => [observationKey(o as Parameters<typeof observationKey>[0]), o]));
}

/**
 * A unit slip that passes the absolute bounds (a series in thousands of USD
 * still has millions in it) shows against the figures already known for the
 * same partner and flow in nearby years, whoever reported them.
 */
async function magnitudeIssues(client: Client, rows: ImportRow[]): Promise<ImportIssue[]> {
  const totals = rows.filter((r) => r.observation.commodity === ALL_GOODS && r.observation.valueUsd > 0);
  if (totals.length === 0) return [];
  const years = totals.map((r) => r.observation.year);
  const reference = await client.tradeObservation.findMany({
    where: {
      partnerIso3: { in: [...new Set(totals.map((r) => r.observation.partnerIso3))] },
      flow: { in: [...new Set(totals.map((r) => r.observation.flow))] },
      periodKind: "full_year",
      commodity: ALL_GOODS,
      synthetic: false,
      valueUsd: { gt: 0 },
      year: { gte: Math.min(...years) - REFERENCE_YEARS, lte: Math.max(...years) + REFERENCE_YEARS },
    },
    select: { partnerIso3: true, period: true, reporterCode: true, flow: true, commodity: true, sourceId: true, year: true, valueUsd: true },
  });
  const byPartnerFlow = new Map<string, typeof reference>();
  for (const r of reference) {
    const key = `${r.partnerIso3}|${r.flow}`;
    byPartnerFlow.set(key, [...(byPartnerFlow.get(key) ?? []), r]);
  }
  const issues: ImportIssue[] = [];
  for (const row of totals) {
    const o = row.observation;
    const ownKey = observationKey(o);
    const known = (byPartnerFlow.get(`${o.partnerIso3}|${o.flow}`) ?? []).filter(
      (r) => Math.abs(r.year - o.year) <= REFERENCE_YEARS && observationKey(r as Parameters<typeof observationKey>[0]) !== ownKey,
    );
    const problem = magnitudeProblem(
      o.valueUsd,
      known.map((r) => r.valueUsd),
      `${o.partnerIso3} ${o.flow} around ${o.year}`,
    );
    if (problem) issues.push({ line: row.line, column: row.valueColumn, message: problem });
  }
  return issues;
}

async function applyPlan(tx: Tx, plan: Plan, options: ImportOptions): Promise<number> {
  for (const s of plan.sourcesToCreate) await tx.source.create({ data: s });
  const run = await tx.importRun.create({
    data: {
      fileName: options.fileName.slice(0, 255),
      layout: plan.parsed.layout ?? "unknown",
      created: plan.created.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged,
    },
  });
  for (let i = 0; i < plan.created.length; i += WRITE_CHUNK) {
    await tx.tradeObservation.createMany({ data: plan.created.slice(i, i + WRITE_CHUNK).map((r) => r.observation) });
  }
  const changedAt = new Date();
  for (const { row, id } of plan.changed) {
    await tx.tradeObservation.update({ where: { id }, data: { valueUsd: row.observation.valueUsd } });
  }
  for (let i = 0; i < plan.changed.length; i += WRITE_CHUNK) {
    await tx.observationRevision.createMany({
      data: plan.changed.slice(i, i + WRITE_CHUNK).map(({ row, id, previousValue }) => ({
        observationId: id,
        previousValue,
        newValue: row.observation.valueUsd,
        changedAt,
        importId: run.id,
      })),
    });
  }
  await bumpDataVersion(tx);
  return run.id;
}

function report(plan: Plan, options: ImportOptions, importId: number | null): ImportReport {
  const changes: RowChange[] = [
    ...plan.created.map((r) => ({ line: r.line, key: observationKey(r.observation), previousValue: null, newValue: r.observation.valueUsd })),
    ...plan.changed.map(({ row, previousValue }) => ({
      line: row.line,
      key: observationKey(row.observation),
      previousValue,
      newValue: row.observation.valueUsd,
    })),
  ].sort((a, b) => a.line - b.line);
  return {
    fileName: options.fileName,
    layout: plan.parsed.layout,
    dryRun: options.dryRun ?? false,
    applied: importId !== null,
    importId,
    counts: { rows: plan.parsed.rows.length, new: plan.created.length, changed: plan.changed.length, unchanged: plan.unchanged },
    sourcesCreated: plan.errors.length === 0 ? plan.sourcesToCreate.map((s) => s.id) : [],
    changes,
    projectChanges: [],
    errors: plan.errors,
  };
}
