// Measures the extractor on the hand-labelled corpus, which lives outside the repository
// (../shared/check-corpus/dev.jsonl, see its README) and is never copied in. Without it the suite is
// registered as skipped, with the reason in its name, rather than passing silently.
//
// The floors are what the extractor measured (scripts/eval-check.ts prints the full table) minus a
// small margin, for the tuning half (rules were developed on it) and the held-out half (measured
// only) separately. Raise them when the extractor improves; never lower them to make a change pass
// without saying why.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, parseCorpus, splitCorpus, type ContextMode } from "@/lib/checker/evaluation";
import { extractClaims } from "@/lib/checker/extract";

const CORPUS = path.resolve("../shared/check-corpus/dev.jsonl");
const exists = fs.existsSync(CORPUS);

/**
 * Floors for the sentence read alone (the extractor's own measurement). Measured: tuning precision
 * 1.000, recall 0.653 (32 of 49 labels); held-out precision 0.920, recall 0.500 (23 of 46). Recall
 * is low because many labels take their partner from the page, not the sentence ("the two countries").
 */
const SENTENCE_FLOORS = {
  tuning: { precision: 0.95, recall: 0.6 },
  held_out: { precision: 0.87, recall: 0.45 },
} as const;

/** Floors with the page's title read first. Measured: tuning 1.000 / 0.837; held-out 0.897 / 0.565. */
const TITLE_FLOORS = {
  tuning: { precision: 0.95, recall: 0.78 },
  held_out: { precision: 0.85, recall: 0.5 },
} as const;

if (!exists) console.warn(`\n*** Corpus tests SKIPPED: ${CORPUS} is absent (the labelled corpus is kept outside the repository) ***\n`);

describe.skipIf(!exists)(exists ? `labelled corpus (${CORPUS})` : `labelled corpus: SKIPPED because ${CORPUS} is absent`, () => {
  const records = exists ? parseCorpus(fs.readFileSync(CORPUS, "utf8")) : [];

  it("splits the records deterministically into two halves with every language in each", () => {
    const split = splitCorpus(records);
    expect(splitCorpus([...records].reverse())).toEqual(split);
    for (const half of ["tuning", "held_out"] as const) {
      const ids = records.filter((r) => split.get(r.id) === half);
      expect(Math.abs(ids.length - records.length / 2)).toBeLessThanOrEqual(4);
      for (const language of ["en", "ru", "zh"] as const) expect(ids.some((r) => r.language === language)).toBe(true);
    }
  });

  const modes: [ContextMode, typeof SENTENCE_FLOORS | typeof TITLE_FLOORS][] = [
    ["sentence", SENTENCE_FLOORS],
    ["title", TITLE_FLOORS],
  ];
  for (const [mode, floors] of modes) {
    describe(mode === "sentence" ? "each sentence alone" : "page title, then the sentence", () => {
      const evaluation = evaluate(records, extractClaims, mode);
      for (const half of ["tuning", "held_out"] as const) {
        it(`${half}: precision ≥ ${floors[half].precision} and recall ≥ ${floors[half].recall}`, () => {
          const figures = evaluation.bySplit[half];
          expect(figures.labelled).toBeGreaterThan(0);
          expect(figures.precision ?? 0).toBeGreaterThanOrEqual(floors[half].precision);
          expect(figures.recall ?? 0).toBeGreaterThanOrEqual(floors[half].recall);
        });
      }
    });
  }

  it("returns no claim from any distractor sentence more often than the precision floor allows", () => {
    const evaluation = evaluate(records, extractClaims);
    const negatives = evaluation.results.filter((r) => r.record.kind === "negative");
    const withClaims = negatives.filter((r) => r.claims.length > 0);
    expect(withClaims.length / Math.max(1, negatives.length)).toBeLessThanOrEqual(0.1);
  });
});
