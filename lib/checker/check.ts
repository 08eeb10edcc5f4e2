// A check of any text: find the trade claims (extract.ts), fetch the figures
// they can be judged on in one query, judge each claim per reporter with the
// claims' verdict engine (judge.ts), and collect the sources. Deterministic:
// the same text, date and data give the same result. Every check runs in a
// turn of the process's scheduler (scheduler.ts), pausing between sentences
// and claims, so it answers within its time bound and never holds the server.
import type { Db } from "../core/db/client";
import { getDataVersion } from "../core/db/data-version";
import type { Locale } from "../core/i18n/routing";
import { CENTRAL_ASIA, REGION_CODE, type PartnerCode } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { findTrade } from "../trade/queries";
import { extractionSteps } from "./extract";
import type { ExtractedAssertion } from "./extraction-schema";
import { judgeAssertion, type Evidence } from "./judge";
import type { CheckedClaim, CheckRequest, CheckResponse, CheckVerdict, JudgeResponse } from "./schemas";
import { MAX_TEXT_BYTES } from "./schemas";
import { checkScheduler, type CheckScheduler, type Pace } from "./scheduler";

/** Every all-goods figure of the partners asked about, any period, flow and reporter (a few hundred rows at most). */
export async function loadEvidence(db: Db, partners: Iterable<PartnerCode>): Promise<Evidence> {
  const wanted = new Set(partners);
  // a regional claim is judged on the region's published totals and on the five countries added up
  if (wanted.has(REGION_CODE)) for (const c of CENTRAL_ASIA) wanted.add(c);
  if (wanted.size === 0) return { trade: [], sources: [] };
  const { data, sources } = await findTrade(db, {
    partner: [...wanted],
    reporter: null,
    flow: ["turnover", "china_exports", "china_imports"],
    from: null,
    to: null,
    period: "all",
  });
  return { trade: data, sources };
}

function sourcesUsed(claims: { verdicts: { figures: { sourceId: string }[] }[] }[], evidence: Evidence): SourceRef[] {
  const used = new Set(claims.flatMap((c) => c.verdicts.flatMap((v) => v.figures.map((f) => f.sourceId))));
  return evidence.sources.filter((s) => used.has(s.id));
}

/** A check's request, and the language of its verdicts' reasons (English when absent). */
export type LocalizedCheckRequest = CheckRequest & { locale?: Locale };

/** Checks a text in a turn of `scheduler`: 503 checker_busy when no turn comes in time, 503 check_timeout past the time limit. */
export async function checkText(db: Db, request: LocalizedCheckRequest, scheduler: CheckScheduler = checkScheduler()): Promise<CheckResponse> {
  return scheduler.run((pace) => checkPaced(db, request, pace));
}

async function checkPaced(db: Db, request: LocalizedCheckRequest, pace: Pace): Promise<CheckResponse> {
  const steps = extractionSteps(request.text, { date: request.date, language: request.language });
  let step = steps.next();
  for (; !step.done; step = steps.next()) if (pace.due()) await pace.pause();
  const extracted = step.value;
  const corrections = new Map((request.corrections ?? []).map((c) => [c.index, c.assertion]));
  const assertions = extracted.map((claim, index) => corrections.get(index) ?? claim.assertion);
  const [evidence, dataVersion] = await Promise.all([
    loadEvidence(
      db,
      assertions.flatMap((a) => a.partners),
    ),
    getDataVersion(db),
  ]);
  const data: CheckedClaim[] = [];
  // The verdicts depend on the assertion and the evidence alone: a text that repeats a claim is judged once per reading.
  const judged = new Map<string, CheckVerdict[]>();
  for (const [index, claim] of extracted.entries()) {
    if (pace.due()) await pace.pause();
    const assertion = assertions[index]!;
    const key = JSON.stringify(assertion);
    let verdicts = judged.get(key);
    if (!verdicts) judged.set(key, (verdicts = judgeAssertion(assertion, evidence, request.locale)));
    data.push({ ...claim, assertion, index, corrected: corrections.has(index), verdicts });
  }
  return {
    data,
    sources: sourcesUsed(data, evidence),
    meta: {
      count: data.length,
      dataVersion,
      date: request.date ?? null,
      language: request.language ?? null,
      textBytes: new TextEncoder().encode(request.text).length,
      limits: { maxTextBytes: MAX_TEXT_BYTES },
      saved: null,
    },
  };
}

/** One assertion as the reader corrected it, judged again; its reasons in `locale` (English by default). */
export async function judgeOne(db: Db, assertion: ExtractedAssertion, locale?: Locale): Promise<JudgeResponse> {
  const [evidence, dataVersion] = await Promise.all([loadEvidence(db, assertion.partners), getDataVersion(db)]);
  const verdicts = judgeAssertion(assertion, evidence, locale);
  return { data: { assertion, verdicts }, sources: sourcesUsed([{ verdicts }], evidence), meta: { dataVersion } };
}
