// Measures the claim extractor against a hand-labelled corpus (../shared/check-corpus/dev.jsonl).
// Pure: takes the corpus text or records and an extractor, returns figures. The corpus test and
// scripts/eval-check.ts both use it, so the numbers a test asserts are the numbers the script prints.
//
// Readings: each record is read as the product reads text, with its page title first (the primary
// reading, whose figures the corpus test's floors apply to), and also as the sentence alone (a
// second row). See ContextMode below.
//
// Split: records are split into a "tuning" half (rules were developed looking at these) and a
// "held-out" half (looked at only to measure). The split is deterministic and stratified: within
// each (language, kind) group records are ordered by an FNV-1a hash of their id and alternately
// assigned, so each half has about the same mix of languages and distractors.
//
// Matching: within one record (one sentence), extracted claims are first *aligned* to labelled
// claims (a pair is a candidate when the figures agree or the partner sets agree; pairs where
// both agree are taken first). An aligned pair is a TRUE POSITIVE when
//   - the partner sets are equal, and
//   - the figure agrees: for a claim with a value, the extracted value is within 0.5% of the
//     labelled value (both in full currency units); for a growth-only claim (labelled value null),
//     the growth percentage (or multiple) is equal to within 0.05; for a share claim (comparator
//     share_pct; the corpus puts the percentage in `value`), the extracted sharePct equals it
//     to within 0.05.
// Unaligned or mismatched extracted claims are false positives; unmatched labelled claims are
// false negatives. A label with `extra.scope` (a figure for one province, e.g. Xinjiang) is not
// expected: the extractor must not return sub-national figures, so such labels are left out of the
// labelled set and a claim matching one is a false positive. Doubtful labels count like the others. Per-field accuracy is computed over aligned pairs, so a claim found with the
// wrong partner still counts against "partners" accuracy.

import { z } from "zod";
import type { ExtractedClaim } from "./extraction-schema";

const labelClaimSchema = z.object({
  partners: z.array(z.string()),
  period: z.string().nullable().optional(),
  flow: z.string().nullable().optional(),
  value: z.number().nullable().optional(),
  currency: z.string().nullable().optional(),
  comparator: z.string().nullable().optional(),
  extra: z.record(z.string(), z.unknown()).nullable().optional(),
  attributed_reporter: z.string().nullable().optional(),
});
export type LabelClaim = z.infer<typeof labelClaimSchema>;

export const corpusRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(["positive", "negative"]),
  language: z.enum(["en", "ru", "zh"]),
  sentence: z.string(),
  publication_date: z.string().nullable().optional(),
  page_title: z.string().nullable().optional(),
  label: z.array(labelClaimSchema),
  doubtful: z.boolean().nullable().optional(),
  notes: z.string().nullable().optional(),
  /** Why a distractor is not a claim. */
  reason: z.string().nullable().optional(),
});
export type CorpusRecord = z.infer<typeof corpusRecordSchema>;

export type Split = "tuning" | "held_out";
export type Extractor = (text: string, options: { date?: string; language?: "en" | "ru" | "zh" }) => ExtractedClaim[];

/** Parses dev.jsonl text; a malformed line is an error naming its line, not a skipped record. */
export function parseCorpus(jsonl: string): CorpusRecord[] {
  const records: CorpusRecord[] = [];
  jsonl.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed = corpusRecordSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`corpus line ${index + 1}: ${parsed.error.message}`);
    records.push(parsed.data);
  });
  return records;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Deterministic stratified split: see the comment at the top of the file. */
export function splitCorpus(records: CorpusRecord[]): Map<string, Split> {
  const groups = new Map<string, CorpusRecord[]>();
  for (const record of records) {
    const key = `${record.language}/${record.kind}`;
    const group = groups.get(key) ?? [];
    group.push(record);
    groups.set(key, group);
  }
  const split = new Map<string, Split>();
  for (const group of groups.values()) {
    group.sort((a, b) => fnv1a(a.id) - fnv1a(b.id) || a.id.localeCompare(b.id));
    group.forEach((record, index) => split.set(record.id, index % 2 === 0 ? "tuning" : "held_out"));
  }
  return split;
}

const FIELDS = ["partners", "period", "flow", "value", "comparator"] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldAccuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

export interface Figures {
  records: number;
  labelled: number;
  extracted: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
  aligned: number;
  fields: Record<Field, FieldAccuracy>;
}

export interface RecordResult {
  record: CorpusRecord;
  split: Split;
  claims: ExtractedClaim[];
  /** The record's labels the extractor is expected to find (all but sub-national ones). */
  labels: LabelClaim[];
  /** Pairs of (extracted index, label index) that were aligned, and whether each is a true positive. */
  pairs: { claim: number; label: number; truePositive: boolean; fieldsWrong: Field[] }[];
  falsePositives: number[];
  falseNegatives: number[];
}

export interface Evaluation {
  overall: Figures;
  bySplit: Record<Split, Figures>;
  byLanguage: Record<"en" | "ru" | "zh", Figures>;
  bySplitAndLanguage: Record<Split, Record<"en" | "ru" | "zh", Figures>>;
  results: RecordResult[];
}

const VALUE_TOLERANCE = 0.005;
const PERCENT_TOLERANCE = 0.05;

function samePartners(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((p) => setB.has(p));
}

function closeValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function extraNumber(label: LabelClaim, key: string): number | null {
  const raw = label.extra?.[key];
  return typeof raw === "number" && Number.isFinite(raw) ? raw : null;
}

/** Whether the figure of an extracted claim agrees with the label's (the second half of the true-positive rule). */
export function sameFigure(claim: ExtractedClaim, label: LabelClaim): boolean {
  const a = claim.assertion;
  if (label.comparator === "share_pct") {
    return label.value !== null && label.value !== undefined && a.sharePct !== null && Math.abs(a.sharePct - label.value) <= PERCENT_TOLERANCE;
  }
  if (label.value !== null && label.value !== undefined) return a.value !== null && closeValue(a.value, label.value);
  if (a.value !== null) return false;
  // "more than 24 percent" / "over 100 times" are labelled growth_pct_more_than / growth_multiple_more_than.
  const growth = extraNumber(label, "growth_pct") ?? extraNumber(label, "growth_pct_more_than");
  const multiple = extraNumber(label, "growth_multiple") ?? extraNumber(label, "growth_multiple_more_than");
  if (growth !== null) return a.growthPct !== null && Math.abs(a.growthPct - growth) <= PERCENT_TOLERANCE;
  if (multiple !== null) return a.growthMultiple !== null && Math.abs(a.growthMultiple - multiple) <= PERCENT_TOLERANCE;
  return a.growthPct === null && a.growthMultiple === null && a.sharePct === null;
}

function fieldsWrong(claim: ExtractedClaim, label: LabelClaim): Field[] {
  const a = claim.assertion;
  const wrong: Field[] = [];
  if (!samePartners(a.partners, label.partners)) wrong.push("partners");
  if ((a.period ?? null) !== (label.period ?? null)) wrong.push("period");
  if ((label.flow ?? null) !== null && a.flow !== label.flow) wrong.push("flow");
  if (!sameFigure(claim, label)) wrong.push("value");
  if ((label.comparator ?? null) !== null && a.comparator !== label.comparator) wrong.push("comparator");
  return wrong;
}

/**
 * What the extractor sees of a record.
 *
 * "title" — the PRIMARY reading, the one that matches how the product is used: the checker reads
 * whole articles, so partner and year carry over from the headline and earlier sentences. The
 * record's page title (when it has one) is read first, then the sentence, as a two-sentence text,
 * and only claims in the sentence are kept. The corpus test's floors (tests/checker/corpus.test.ts)
 * apply to this reading first; it is the default of `evaluate`.
 *
 * "sentence" — the sentence alone, a second row: how much the extractor gets without any context.
 * The corpus test keeps (lower) floors for it too, so that a regression in single-sentence reading
 * is not hidden by inheritance.
 */
export type ContextMode = "sentence" | "title";
export const PRIMARY_MODE: ContextMode = "title";
export const CONTEXT_MODES: readonly ContextMode[] = ["title", "sentence"];

function runExtractor(record: CorpusRecord, extract: Extractor, mode: ContextMode): ExtractedClaim[] {
  const options = { date: record.publication_date ?? undefined, language: record.language };
  const title = record.page_title?.trim();
  if (mode === "sentence" || !title) return extract(record.sentence, options);
  const offset = title.length + 2;
  return extract(`${title}\n\n${record.sentence}`, options)
    .filter((c) => c.start >= offset)
    .map((c) => ({
      ...c,
      start: c.start - offset,
      end: c.end - offset,
      sentenceStart: c.sentenceStart - offset,
      sentenceEnd: c.sentenceEnd - offset,
    }));
}

function evaluateRecord(record: CorpusRecord, split: Split, extract: Extractor, mode: ContextMode): RecordResult {
  const claims = runExtractor(record, extract, mode);
  const labels = record.label.filter((label) => label.extra?.scope === undefined || label.extra.scope === null);
  const candidates: { claim: number; label: number; score: number }[] = [];
  claims.forEach((claim, ci) => {
    labels.forEach((label, li) => {
      const figure = sameFigure(claim, label);
      const partners = samePartners(claim.assertion.partners, label.partners);
      if (figure || partners) candidates.push({ claim: ci, label: li, score: (figure ? 2 : 0) + (partners ? 1 : 0) });
    });
  });
  // Best pairs first; ties keep text order so two similar claims pair with labels in order.
  candidates.sort((x, y) => y.score - x.score || x.claim - y.claim || x.label - y.label);
  const usedClaims = new Set<number>();
  const usedLabels = new Set<number>();
  const pairs: RecordResult["pairs"] = [];
  for (const candidate of candidates) {
    if (usedClaims.has(candidate.claim) || usedLabels.has(candidate.label)) continue;
    usedClaims.add(candidate.claim);
    usedLabels.add(candidate.label);
    const claim = claims[candidate.claim];
    const label = labels[candidate.label];
    if (!claim || !label) continue;
    pairs.push({ claim: candidate.claim, label: candidate.label, truePositive: candidate.score === 3, fieldsWrong: fieldsWrong(claim, label) });
  }
  pairs.sort((x, y) => x.label - y.label);
  const truePositiveClaims = new Set(pairs.filter((p) => p.truePositive).map((p) => p.claim));
  const truePositiveLabels = new Set(pairs.filter((p) => p.truePositive).map((p) => p.label));
  return {
    record,
    split,
    claims,
    labels,
    pairs,
    falsePositives: claims.map((_, i) => i).filter((i) => !truePositiveClaims.has(i)),
    falseNegatives: labels.map((_, i) => i).filter((i) => !truePositiveLabels.has(i)),
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function summarise(results: RecordResult[]): Figures {
  let labelled = 0;
  let extracted = 0;
  let truePositives = 0;
  let aligned = 0;
  const wrong: Record<Field, number> = { partners: 0, period: 0, flow: 0, value: 0, comparator: 0 };
  for (const result of results) {
    labelled += result.labels.length;
    extracted += result.claims.length;
    truePositives += result.pairs.filter((p) => p.truePositive).length;
    aligned += result.pairs.length;
    for (const pair of result.pairs) for (const field of pair.fieldsWrong) wrong[field]++;
  }
  const fields = Object.fromEntries(
    FIELDS.map((field) => [field, { correct: aligned - wrong[field], total: aligned, accuracy: ratio(aligned - wrong[field], aligned) }]),
  ) as Record<Field, FieldAccuracy>;
  return {
    records: results.length,
    labelled,
    extracted,
    truePositives,
    precision: ratio(truePositives, extracted),
    recall: ratio(truePositives, labelled),
    aligned,
    fields,
  };
}

export function evaluate(records: CorpusRecord[], extract: Extractor, mode: ContextMode = PRIMARY_MODE): Evaluation {
  const split = splitCorpus(records);
  const results = records.map((record) => evaluateRecord(record, split.get(record.id) ?? "held_out", extract, mode));
  const languages = ["en", "ru", "zh"] as const;
  const pick = (s: Split | null, language: string | null) =>
    summarise(results.filter((r) => (s === null || r.split === s) && (language === null || r.record.language === language)));
  const perLanguage = (s: Split | null) => Object.fromEntries(languages.map((l) => [l, pick(s, l)])) as Record<"en" | "ru" | "zh", Figures>;
  return {
    overall: pick(null, null),
    bySplit: { tuning: pick("tuning", null), held_out: pick("held_out", null) },
    byLanguage: perLanguage(null),
    bySplitAndLanguage: { tuning: perLanguage("tuning"), held_out: perLanguage("held_out") },
    results,
  };
}
