// Measures the extractor on the hand-labelled corpus, which lives outside the repository
// (../shared/check-corpus/dev.jsonl, see its README) and is never copied in. Without it the suite is
// registered as skipped, with the reason in its name, rather than passing silently.
//
// Two readings (lib/checker/evaluation.ts, ContextMode): the PRIMARY one reads the page title, then
// the sentence, as the product reads whole articles; the second reads the sentence alone. The floors
// are what the extractor measured (scripts/eval-check.ts prints the full table) minus a small margin,
// for the tuning half (rules were developed on it) and the held-out half (measured only) separately,
// in both readings. Raise them when the extractor improves; never lower them to make a change pass
// without saying why.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, parseCorpus, PRIMARY_MODE, splitCorpus, type ContextMode } from "@/lib/checker/evaluation";
import { extractClaims } from "@/lib/checker/extract";

const CORPUS = path.resolve("../shared/check-corpus/dev.jsonl");
const exists = fs.existsSync(CORPUS);

type Floors = Record<"tuning" | "held_out", { precision: number; recall: number }>;

/**
 * PRIMARY reading, page title + sentence. Measured: tuning precision 1.000, recall 0.837 (41 of 49
 * labels); held-out precision 0.971 (34 of 35 claims), recall 0.739 (34 of 46). Before the context
 * rules (lists, ranking frames, single-partner inheritance, …): tuning 1.000 / 0.837, held-out 0.897 / 0.565.
 */
const TITLE_FLOORS: Floors = {
  tuning: { precision: 0.95, recall: 0.8 },
  held_out: { precision: 0.93, recall: 0.7 },
};

/**
 * The sentence alone. Measured: tuning precision 1.000, recall 0.653 (32 of 49); held-out precision
 * 1.000 (25 of 25), recall 0.543 (25 of 46); before: held-out 0.920 / 0.500. Recall is lower because
 * many labels take their partner or year from the page, not the sentence ("the two countries").
 */
const SENTENCE_FLOORS: Floors = {
  tuning: { precision: 0.95, recall: 0.62 },
  held_out: { precision: 0.95, recall: 0.5 },
};

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

  const modes: [ContextMode, Floors][] = [
    ["title", TITLE_FLOORS],
    ["sentence", SENTENCE_FLOORS],
  ];
  it("asserts the primary reading first", () => expect(modes[0]?.[0]).toBe(PRIMARY_MODE));
  for (const [mode, floors] of modes) {
    describe(mode === "title" ? "primary reading: page title, then the sentence" : "each sentence alone", () => {
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

  it("returns no claim from any distractor sentence more often than the precision floor allows (both readings)", () => {
    for (const mode of ["title", "sentence"] as const) {
      const evaluation = evaluate(records, extractClaims, mode);
      const negatives = evaluation.results.filter((r) => r.record.kind === "negative");
      const withClaims = negatives.filter((r) => r.claims.length > 0);
      expect(withClaims.length / Math.max(1, negatives.length), mode).toBeLessThanOrEqual(0.1);
    }
  });
});
