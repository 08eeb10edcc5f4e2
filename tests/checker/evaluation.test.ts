// The evaluation's matching rule and split, on invented records (no corpus needed).
import { describe, expect, it } from "vitest";
import { evaluate, parseCorpus, PRIMARY_MODE, splitCorpus, type CorpusRecord, type Extractor } from "@/lib/checker/evaluation";
import type { ExtractedAssertion, ExtractedClaim } from "@/lib/checker/extraction-schema";
import { emptyAssertion } from "@/lib/checker/extraction-schema";

function claim(assertion: Partial<ExtractedAssertion>): ExtractedClaim {
  return {
    start: 0,
    end: 1,
    text: "x",
    sentenceStart: 0,
    sentenceEnd: 1,
    language: "en",
    assertion: { ...emptyAssertion(), partners: ["KAZ"], period: "2023", ...assertion },
  };
}

function record(id: string, label: CorpusRecord["label"], extra: Partial<CorpusRecord> = {}): CorpusRecord {
  return { id, kind: label.length > 0 ? "positive" : "negative", language: "en", sentence: id, label, ...extra };
}

const label = (fields: Partial<CorpusRecord["label"][number]>): CorpusRecord["label"][number] => ({
  partners: ["KAZ"],
  period: "2023",
  flow: "turnover",
  value: 41e9,
  currency: "USD",
  comparator: "approximately",
  extra: {},
  ...fields,
});

/** An extractor that answers from a table keyed by the sentence. */
const fake =
  (answers: Record<string, ExtractedClaim[]>): Extractor =>
  (text) =>
    answers[text] ?? [];

describe("evaluate", () => {
  it("counts a claim as a true positive when partners match and the value is within 0.5%", () => {
    const records = [record("a", [label({})]), record("b", [label({})]), record("c", [label({})])];
    const result = evaluate(
      records,
      fake({
        a: [claim({ value: 41.2e9, currency: "USD" })],
        b: [claim({ value: 41.5e9, currency: "USD" })],
        c: [claim({ value: 41e9, partners: ["CA5"] })],
      }),
    );
    expect(result.overall).toMatchObject({ labelled: 3, extracted: 3, truePositives: 1, aligned: 3 });
    expect(result.overall.fields.partners).toMatchObject({ correct: 2, total: 3 });
    expect(result.overall.fields.value).toMatchObject({ correct: 2, total: 3 });
  });

  it("matches growth-only and share claims by their percent", () => {
    const records = [
      record("g", [label({ value: null, comparator: "growth_pct", extra: { growth_pct: 12 } })]),
      record("m", [label({ value: null, comparator: "growth_pct", extra: { growth_multiple_more_than: 100 } })]),
      record("s", [label({ value: 46, currency: null, comparator: "share_pct", extra: { share_pct: 46 } })]),
    ];
    const result = evaluate(
      records,
      fake({
        g: [claim({ growthPct: 12, comparator: "growth_pct" })],
        m: [claim({ growthMultiple: 100, comparator: "growth_pct" })],
        s: [claim({ sharePct: 46, comparator: "share_pct" })],
      }),
    );
    expect(result.overall).toMatchObject({ truePositives: 3, precision: 1, recall: 1 });
  });

  it("counts claims from distractors as false positives and leaves sub-national labels out", () => {
    const records = [record("neg", []), record("xj", [label({ extra: { scope: "Xinjiang" } })])];
    const result = evaluate(records, fake({ neg: [claim({ value: 5e9 })], xj: [claim({ value: 41e9 })] }));
    expect(result.overall).toMatchObject({ labelled: 0, extracted: 2, truePositives: 0, precision: 0, recall: null });
  });

  it("reads the title before the sentence in title mode and keeps only the sentence's claims", () => {
    const seen: string[] = [];
    const extractor: Extractor = (text) => {
      seen.push(text);
      return [{ ...claim({ value: 41e9 }), start: text.length - 1, end: text.length }];
    };
    evaluate([record("sentence", [label({})], { page_title: "Headline" })], extractor, "title");
    expect(seen).toEqual(["Headline\n\nsentence"]);
  });

  it("reads the title first by default (the primary reading), and the sentence alone on request", () => {
    expect(PRIMARY_MODE).toBe("title");
    const seen: string[] = [];
    const extractor: Extractor = (text) => {
      seen.push(text);
      return [];
    };
    const records = [record("with title", [label({})], { page_title: "Headline" }), record("no title", [label({})])];
    evaluate(records, extractor);
    evaluate(records, extractor, "sentence");
    expect(seen).toEqual(["Headline\n\nwith title", "no title", "with title", "no title"]);
  });

  it("drops claims found in the title, keeping the sentence's with offsets into the sentence", () => {
    const extractor: Extractor = (text) => [
      { ...claim({ value: 41e9 }), start: 0, end: 3, sentenceStart: 0, sentenceEnd: 8 },
      { ...claim({ value: 41e9 }), start: text.length - 3, end: text.length, sentenceStart: 10, sentenceEnd: text.length },
    ];
    const result = evaluate([record("sentence", [label({})], { page_title: "Headline" })], extractor);
    expect(result.results[0]?.claims.map((c) => [c.start, c.end, c.sentenceStart])).toEqual([[5, 8, 0]]);
    expect(result.overall).toMatchObject({ extracted: 1, truePositives: 1 });
  });
});

describe("splitCorpus", () => {
  it("is deterministic, independent of order, and stratified by language and kind", () => {
    const records = Array.from({ length: 40 }, (_, i) =>
      record(`R${i}`, i % 4 === 0 ? [] : [label({})], { language: (["en", "ru", "zh"] as const)[i % 3] ?? "en" }),
    );
    const split = splitCorpus(records);
    expect(splitCorpus([...records].reverse())).toEqual(split);
    const tuning = records.filter((r) => split.get(r.id) === "tuning").length;
    expect(Math.abs(tuning - 20)).toBeLessThanOrEqual(3);
  });
});

describe("parseCorpus", () => {
  it("reads JSON lines and names the line of a malformed record", () => {
    const line = JSON.stringify({ id: "X", kind: "negative", language: "en", sentence: "s", label: [] });
    expect(parseCorpus(`${line}\n\n`)).toHaveLength(1);
    expect(() => parseCorpus(`${line}\n{"id": 1}`)).toThrow(/line 2/);
  });
});
