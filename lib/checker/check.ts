// A check of any text: find the trade claims (extract.ts), fetch the figures
// they can be judged on in one query, judge each claim per reporter with the
// claims' verdict engine (judge.ts), and collect the sources. Deterministic:
// the same text, date and data give the same result.
import type { Db } from "../core/db/client";
import { getDataVersion } from "../core/db/data-version";
import { CENTRAL_ASIA, REGION_CODE, type PartnerCode } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { findTrade } from "../trade/queries";
import { extractClaims } from "./extract";
import type { ExtractedAssertion } from "./extraction-schema";
import { judgeAssertion, type Evidence } from "./judge";
import type { CheckedClaim, CheckRequest, CheckResponse, JudgeResponse } from "./schemas";
import { MAX_TEXT_BYTES } from "./schemas";

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

export async function checkText(db: Db, request: CheckRequest): Promise<CheckResponse> {
  const extracted = extractClaims(request.text, { date: request.date, language: request.language });
  const corrections = new Map((request.corrections ?? []).map((c) => [c.index, c.assertion]));
  const assertions = extracted.map((claim, index) => corrections.get(index) ?? claim.assertion);
  const [evidence, dataVersion] = await Promise.all([
    loadEvidence(
      db,
      assertions.flatMap((a) => a.partners),
    ),
    getDataVersion(db),
  ]);
  const data: CheckedClaim[] = extracted.map((claim, index) => {
    const assertion = assertions[index]!;
    return { ...claim, assertion, index, corrected: corrections.has(index), verdicts: judgeAssertion(assertion, evidence) };
  });
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

/** One assertion as the reader corrected it, judged again. */
export async function judgeOne(db: Db, assertion: ExtractedAssertion): Promise<JudgeResponse> {
  const [evidence, dataVersion] = await Promise.all([loadEvidence(db, assertion.partners), getDataVersion(db)]);
  const verdicts = judgeAssertion(assertion, evidence);
  return { data: { assertion, verdicts }, sources: sourcesUsed([{ verdicts }], evidence), meta: { dataVersion } };
}
