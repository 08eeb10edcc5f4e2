// One import, whatever it holds: planned against the database first, then
// applied in one transaction only when the whole file is valid and changes
// something. A dry run, an invalid file or a file that changes nothing writes
// nothing at all.
import { providerOf, type Db } from "../db/client";
import { readSources } from "../source-registry";
import type { SourceLookup } from "./layout-kit";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type Client = Db | Tx;

export interface ImportOptions {
  /** source of every row of a file that names none (a Comtrade export; default: the built-in UN Comtrade source) */
  sourceId?: string;
  fileName: string;
  dryRun?: boolean;
  /** called inside the transaction after every write, before commit (tests use it to prove a late failure rolls back) */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

export const TRANSACTION_OPTIONS = { timeout: 300_000, maxWait: 30_000 };

export interface ImportSteps<Plan, Report> {
  plan: (client: Client) => Promise<Plan>;
  hasWork: (plan: Plan) => boolean;
  apply: (tx: Tx, plan: Plan) => Promise<number>;
  report: (plan: Plan, importId: number | null) => Report;
}

/** Any number of the same key: imports from every instance against one PostgreSQL wait for each other here. */
const IMPORT_LOCK_KEY = 0x63617261; // "cara"

export async function runImport<Plan, Report>(db: Db, options: ImportOptions, steps: ImportSteps<Plan, Report>): Promise<Report> {
  if (options.dryRun) return steps.report(await steps.plan(db), null);
  const postgres = providerOf(db) === "postgresql";
  return db.$transaction(async (tx) => {
    // Two imports of overlapping files planned side by side would both plan
    // the same new rows and the second would hit the unique key: the plan is
    // made only once no other import is between its plan and its commit. The
    // lock is the transaction's, so a crash or a kill releases it. (SQLite
    // has one writer per file and Prisma runs one transaction per client.)
    if (postgres) await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${IMPORT_LOCK_KEY}::bigint)`;
    const plan = await steps.plan(tx);
    if (!steps.hasWork(plan)) return steps.report(plan, null);
    const importId = await steps.apply(tx, plan);
    await options.beforeCommit?.(tx);
    return steps.report(plan, importId);
  }, TRANSACTION_OPTIONS);
}

export async function sourceLookup(client: Client): Promise<SourceLookup> {
  const rows = await client.source.findMany({ select: { id: true, url: true } });
  const idByMatch = new Map<string, string>();
  try {
    for (const s of readSources()) idByMatch.set(s.match, s.id);
  } catch {
    // without the shipped sources.csv only ids and URLs resolve the tidy layout's sources
  }
  return { ids: new Set(rows.map((r) => r.id)), idByUrl: new Map(rows.map((r) => [r.url, r.id])), idByMatch };
}
