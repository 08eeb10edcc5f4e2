// Imports project records like trade figures: the whole file is checked
// against the database first, then applied in one transaction. A new
// project_id creates a record; an existing one updates the fields that
// differ (the report names them); a record the file repeats as stored is
// left alone. Projects keep no per-field history (the schema has no table for
// it): the report and the ImportRun row are the trace of a change.
import type { Db } from "../core/db/client";
import { fromDbProject, PROJECT_WITH_COUNTRIES, toDbRows, toProjectColumns, type DbProject, type ProjectFields } from "./record";
import { bumpDataVersion } from "../core/db/data-version";
import { runImport, sourceLookup, type Client, type ImportOptions, type Tx } from "../core/import/transaction";
import {
  columnOf,
  parseProjectFile,
  PROJECT_COLUMNS,
  PROJECT_FIELDS,
  type ParsedProjectFile,
  type ProjectField,
  type ProjectLine,
} from "./import-layout";
import type { ImportIssue, ImportReport, ProjectChange, ProjectFieldChange, ProjectFieldValue, SourceDeclaration } from "../core/import/types";
import { sameValue } from "../core/import/values";

const WRITE_CHUNK = 500;

interface Plan {
  parsed: ParsedProjectFile;
  errors: ImportIssue[];
  created: { line: ProjectLine; record: ProjectFields }[];
  changed: { line: ProjectLine; record: ProjectFields; fields: ProjectFieldChange[] }[];
  unchanged: number;
  sourcesToCreate: SourceDeclaration[];
}

export function importProjectsCsv(db: Db, text: string, options: ImportOptions): Promise<ImportReport> {
  return runImport(db, options, {
    plan: (client) => planImport(client, text),
    hasWork: (plan) => plan.errors.length === 0 && (plan.created.length > 0 || plan.changed.length > 0),
    apply: (tx, plan) => applyPlan(tx, plan, options),
    report: (plan, importId) => report(plan, options, importId),
  });
}

/** A stored record in the import's terms: the one database → record mapping. */
const storedFields = (p: DbProject): ProjectFields => {
  const { id: _id, ...fields } = fromDbProject(p);
  return fields;
};

async function loadExisting(client: Client, ids: string[]) {
  const rows = [];
  // IN lists stay well below every database's bound-parameter limit.
  for (let i = 0; i < ids.length; i += WRITE_CHUNK) {
    rows.push(
      ...(await client.project.findMany({
        where: { id: { in: ids.slice(i, i + WRITE_CHUNK) } },
        include: PROJECT_WITH_COUNTRIES,
      })),
    );
  }
  return rows;
}

/** What a field of a new record holds when the file lacks its column. */
const EMPTY: Omit<ProjectFields, "kind" | "countries" | "sector" | "sourceId" | "name"> = {
  subsector: null,
  status: "unknown",
  startYear: null,
  completionYear: null,
  plannedCompletionYear: null,
  amountUsd: null,
  amountBasis: null,
  chineseParties: null,
  latitude: null,
  longitude: null,
  coordPrecision: null,
  geometryWkt: null,
  themes: [],
  note: null,
  otherSourceUrls: null,
};

async function planImport(client: Client, text: string): Promise<Plan> {
  const parsed = parseProjectFile(text, await sourceLookup(client));
  const plan: Plan = { parsed, errors: [...parsed.issues], created: [], changed: [], unchanged: 0, sourcesToCreate: [] };
  if (parsed.lines.length === 0) return finish(plan);

  const existing = new Map(
    (
      await loadExisting(
        client,
        parsed.lines.map((l) => l.id),
      )
    ).map((p) => [p.id, storedFields(p)]),
  );
  for (const line of parsed.lines) {
    const stored = existing.get(line.id);
    // Required columns are always present, so a new record is complete.
    const record = { ...EMPTY, ...(stored ?? {}), ...line.values } as ProjectFields;
    const problems = crossFieldIssues(parsed, line, record);
    plan.errors.push(...problems);
    if (!line.valid || problems.length > 0) continue;
    if (!stored) {
      plan.created.push({ line, record });
      continue;
    }
    const fields = PROJECT_FIELDS.filter((f) => f in line.values && !sameField(f, stored[f], record[f])).map((f) => ({
      field: PROJECT_COLUMNS[f].aliases[0]!,
      previous: shown(stored[f]),
      next: shown(record[f]),
    }));
    if (fields.length === 0) plan.unchanged++;
    else plan.changed.push({ line, record, fields });
  }
  const used = new Set([...plan.created, ...plan.changed].map((c) => c.record.sourceId));
  plan.sourcesToCreate = [...parsed.declaredSources.values()].map((d) => d.source).filter((s) => used.has(s.id));
  return finish(plan);
}

function finish(plan: Plan): Plan {
  plan.errors.sort((a, b) => a.line - b.line || (a.column ?? "").localeCompare(b.column ?? ""));
  return plan;
}

/**
 * Checks that join fields, on the record as it would stand after the import
 * (an update that gives only some columns keeps the stored others). Fields
 * whose own cell was wrong are not judged again here.
 */
function crossFieldIssues(parsed: ParsedProjectFile, line: ProjectLine, r: ProjectFields): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const ok = (...fields: ProjectField[]) => fields.every((f) => !line.failed.has(f));
  const issue = (field: ProjectField, message: string) => issues.push({ line: line.line, column: columnOf(parsed, field), message });

  if (ok("name", "kind") && r.name === null && r.kind !== "aei_deal") {
    issue("name", `a ${r.kind} record needs a name; only AEI deals (aei_deal) may have none, and a name is never invented for them`);
  }
  if (ok("startYear", "completionYear") && r.startYear !== null && r.completionYear !== null && r.completionYear < r.startYear) {
    issue("completionYear", `completion year ${r.completionYear} is before the start year ${r.startYear}`);
  }
  if (ok("startYear", "plannedCompletionYear") && r.startYear !== null && r.plannedCompletionYear !== null && r.plannedCompletionYear < r.startYear) {
    issue("plannedCompletionYear", `planned completion year ${r.plannedCompletionYear} is before the start year ${r.startYear}`);
  }
  if (ok("amountUsd", "amountBasis")) {
    if (r.amountUsd !== null && r.amountBasis === null) {
      issue(
        "amountBasis",
        "an amount needs its amount_basis (total cost, Chinese loan, contract value…): amounts with different bases are not additive",
      );
    } else if (r.amountUsd === null && r.amountBasis !== null) {
      issue("amountBasis", "amount_basis is given but there is no amount_usd");
    }
  }
  if (ok("latitude", "longitude", "coordPrecision")) {
    if ((r.latitude === null) !== (r.longitude === null)) {
      issue(r.latitude === null ? "latitude" : "longitude", "latitude and longitude come together: give both or neither");
    } else if (r.latitude !== null && r.coordPrecision === null) {
      issue(
        "coordPrecision",
        'coordinates need their coord_precision ("source (…)" for a position the source gives, "approx-town (…)" / "approx-city (…)" for a town or city)',
      );
    } else if (r.latitude === null && r.coordPrecision !== null) {
      issue("coordPrecision", "coord_precision is given but there are no coordinates");
    }
  }
  return issues;
}

function sameField(field: ProjectField, a: ProjectFields[ProjectField], b: ProjectFields[ProjectField]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join(";") === [...b].sort().join(";");
  if (typeof a === "number" && typeof b === "number") {
    return field === "amountUsd" ? sameValue(a, b) : Math.abs(a - b) < 1e-9;
  }
  return a === b;
}

function shown(value: ProjectFields[ProjectField]): ProjectFieldValue {
  return Array.isArray(value) ? [...value] : value;
}

async function applyPlan(tx: Tx, plan: Plan, options: ImportOptions): Promise<number> {
  for (const s of plan.sourcesToCreate) await tx.source.create({ data: s });
  const run = await tx.importRun.create({
    data: {
      fileName: options.fileName.slice(0, 255),
      layout: "projects",
      created: plan.created.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged,
    },
  });
  for (let i = 0; i < plan.created.length; i += WRITE_CHUNK) {
    const chunk = plan.created.slice(i, i + WRITE_CHUNK);
    const rows = chunk.map(({ line, record }) => toDbRows({ id: line.id, ...record }));
    await tx.project.createMany({ data: rows.map((r) => r.project) });
    await tx.projectCountry.createMany({ data: rows.flatMap((r) => r.countries) });
  }
  for (const { line, record, fields } of plan.changed) {
    const changed = new Set(fields.map((f) => f.field));
    const data: Partial<ProjectFields> = {};
    for (const f of PROJECT_FIELDS) {
      if (changed.has(PROJECT_COLUMNS[f].aliases[0]!)) (data as Record<string, unknown>)[f] = record[f];
    }
    const update = toProjectColumns(data);
    if (Object.keys(update).length > 0) await tx.project.update({ where: { id: line.id }, data: update });
    if (data.countries) {
      await tx.projectCountry.deleteMany({ where: { projectId: line.id } });
      await tx.projectCountry.createMany({ data: toDbRows({ id: line.id, ...record, countries: data.countries }).countries });
    }
  }
  await bumpDataVersion(tx);
  return run.id;
}

function report(plan: Plan, options: ImportOptions, importId: number | null): ImportReport {
  const projectChanges: ProjectChange[] = [
    ...plan.created.map(({ line }) => ({ line: line.line, projectId: line.id, change: "new" as const, fields: [] })),
    ...plan.changed.map(({ line, fields }) => ({ line: line.line, projectId: line.id, change: "changed" as const, fields })),
  ].sort((a, b) => a.line - b.line);
  return {
    fileName: options.fileName,
    layout: "projects",
    dryRun: options.dryRun ?? false,
    applied: importId !== null,
    importId,
    counts: {
      rows: plan.parsed.lines.filter((l) => l.valid).length,
      new: plan.created.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged,
    },
    sourcesCreated: plan.errors.length === 0 ? plan.sourcesToCreate.map((s) => s.id) : [],
    changes: [],
    projectChanges,
    errors: plan.errors,
  };
}
