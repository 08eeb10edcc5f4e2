// Saved checks: a permalink for a check (/check/<id>). The identity is a hash
// of what was checked (text, date, language, corrections), so saving the same
// check twice gives the same link and never a second row. What is shown later
// is recomputed from current data; the verdicts first made are kept to say
// whether, and how many, changed since.
import { createHash } from "node:crypto";
import type { Locale } from "../core/i18n/routing";
import type { Db } from "../core/db/client";
import { ApiError } from "../core/http/errors";
import { checkText } from "./check";
import { checkRequestSchema, type CheckRequest, type CheckResponse } from "./schemas";

type FirstVerdicts = { reporter: string; verdict: string }[][];

/** The permalink id: 16 characters of base64url SHA-256 over a canonical form of the request. */
export function checkId(request: CheckRequest): string {
  const canonical = JSON.stringify([
    request.text,
    request.date ?? null,
    request.language ?? null,
    [...(request.corrections ?? [])].sort((a, b) => a.index - b.index).map((c) => [c.index, c.assertion]),
  ]);
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 16);
}

const verdictsOf = (result: CheckResponse): FirstVerdicts =>
  result.data.map((c) => c.verdicts.map(({ reporter, verdict }) => ({ reporter, verdict })));

function countChanged(first: FirstVerdicts, now: FirstVerdicts): number {
  let changed = 0;
  const claims = Math.max(first.length, now.length);
  for (let i = 0; i < claims; i++) {
    const before = new Map((first[i] ?? []).map((v) => [v.reporter, v.verdict]));
    const after = new Map((now[i] ?? []).map((v) => [v.reporter, v.verdict]));
    for (const reporter of new Set([...before.keys(), ...after.keys()])) if (before.get(reporter) !== after.get(reporter)) changed++;
  }
  return changed;
}

/** Saves a check (or finds the same one saved before) and answers it as it reads now. */
export async function saveCheck(db: Db, request: CheckRequest): Promise<{ id: string; created: boolean }> {
  const id = checkId(request);
  const existing = await db.savedCheck.findUnique({ where: { id }, select: { id: true } });
  if (existing) return { id, created: false };
  const result = await checkText(db, request);
  // two saves of the same new check at once: the second finds the first's row
  await db.savedCheck.upsert({
    where: { id },
    create: {
      id,
      text: request.text,
      textDate: request.date ?? null,
      language: request.language ?? null,
      corrections: JSON.stringify(request.corrections ?? []),
      firstDataVersion: result.meta.dataVersion,
      firstVerdicts: JSON.stringify(verdictsOf(result)),
    },
    update: {},
  });
  return { id, created: true };
}

export interface LoadedCheck {
  request: CheckRequest;
  result: CheckResponse;
}

/** A saved check, recomputed from current data (its reasons in `locale`, English by default), with what changed since it was saved. */
export async function loadSavedCheck(db: Db, id: string, locale?: Locale): Promise<LoadedCheck> {
  const row = await db.savedCheck.findUnique({ where: { id } });
  if (!row) throw new ApiError("not_found", `No saved check ${id}.`, "id");
  // stored by saveCheck from a validated request; read back through the same schema
  const corrections = checkRequestSchema.shape.corrections.parse(JSON.parse(row.corrections));
  const request: CheckRequest = {
    text: row.text,
    ...(row.textDate ? { date: row.textDate } : {}),
    ...(row.language ? { language: row.language as CheckRequest["language"] } : {}),
    ...(corrections?.length ? { corrections } : {}),
  };
  // the language of the reasons is the reader's, not part of the saved check
  const result = await checkText(db, locale ? { ...request, locale } : request);
  const first = JSON.parse(row.firstVerdicts) as FirstVerdicts;
  result.meta.saved = {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    firstDataVersion: row.firstDataVersion,
    dataChanged: row.firstDataVersion !== result.meta.dataVersion,
    changedVerdicts: countChanged(first, verdictsOf(result)),
  };
  return { request, result };
}
