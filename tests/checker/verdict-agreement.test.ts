// Verdict agreement on invented records with a fake judge (no corpus, no database).
import { describe, expect, it } from "vitest";
import { evaluate, splitCorpus, type CorpusRecord, type Extractor, type LabelClaim } from "@/lib/checker/evaluation";
import { emptyAssertion, type ExtractedAssertion, type ExtractedClaim } from "@/lib/checker/extraction-schema";
import { compareVerdicts, labelAssertion, labelAttribution, NOT_CHECKABLE, verdictAgreement, type Judge } from "@/lib/checker/verdict-agreement";

const label = (fields: Partial<LabelClaim> = {}): LabelClaim => ({
  partners: ["KAZ"],
  period: "2023",
  flow: "turnover",
  value: 41e9,
  currency: "USD",
  comparator: "approximately",
  extra: {},
  ...fields,
});

function claim(assertion: Partial<ExtractedAssertion>): ExtractedClaim {
  return {
    start: 0,
    end: 1,
    text: "x",
    sentenceStart: 0,
    sentenceEnd: 1,
    language: "en",
    assertion: { ...emptyAssertion(), partners: ["KAZ"], period: "2023", value: 41e9, currency: "USD", ...assertion },
  };
}

const record = (id: string, labels: LabelClaim[], language: CorpusRecord["language"] = "en"): CorpusRecord => ({
  id,
  kind: labels.length > 0 ? "positive" : "negative",
  language,
  sentence: id,
  label: labels,
});

const fake =
  (answers: Record<string, ExtractedClaim[]>): Extractor =>
  (text) =>
    answers[text] ?? [];

/** No period: nobody can judge. Otherwise China's customs says whether the value is 41 bn, and Kazakhstan always agrees. */
const judge: Judge = (a) =>
  a.period === null
    ? [{ reporter: "none", verdict: NOT_CHECKABLE }]
    : [
        { reporter: "CHN", verdict: a.value === 41e9 ? "supported" : "contradicted" },
        { reporter: "KAZ", verdict: "supported" },
      ];

describe("labelAssertion", () => {
  it("maps a label's fields onto the extractor's assertion", () => {
    const converted = labelAssertion(
      label({
        value: 24e9,
        period: "2022",
        comparator: "more_than",
        extra: { record: true, hedge: "nearly", growth_pct: 12, year_resolved_from: "'last year'" },
        attributed_reporter: "China's General Administration of Customs",
      }),
    );
    expect(converted.reason).toBeNull();
    expect(converted.assertion).toEqual({
      ...emptyAssertion(),
      partners: ["KAZ"],
      period: "2022",
      flow: "turnover",
      value: 24e9,
      currency: "USD",
      comparator: "more_than",
      hedge: "nearly",
      record: true,
      growthPct: 12,
      attribution: "CHN",
      attributionText: "China's General Administration of Customs",
      periodResolvedFrom: "'last year'",
    });
  });

  it("reads growth-only claims, their multiples and the record comparator", () => {
    const growth = labelAssertion(label({ value: null, currency: null, comparator: "growth_pct", extra: { growth_pct_more_than: 24 } }));
    expect(growth.assertion).toMatchObject({ value: null, growthPct: 24, growthMultiple: null, comparator: "growth_pct" });
    const multiple = labelAssertion(label({ period: "1991-2019", value: null, comparator: "growth_pct", extra: { growth_multiple_more_than: 100 } }));
    expect(multiple.assertion).toMatchObject({ period: "1991-2019", growthMultiple: 100 });
    expect(labelAssertion(label({ comparator: "record" })).assertion).toMatchObject({ comparator: "record", record: true });
  });

  it("puts a share's percentage in sharePct, with no value or currency", () => {
    const share = labelAssertion(
      label({ value: 21, currency: null, comparator: "share_pct", extra: { share_of: "China's total trade with Central Asia", range: [20, 22] } }),
    );
    expect(share.assertion).toMatchObject({ value: null, currency: null, sharePct: 21, comparator: "share_pct", range: [20, 22] });
  });

  it("leaves out a growth since a base year other than the year before when the claim gives a value", () => {
    const since2014 = labelAssertion(label({ period: "2024", value: 94.8e9, extra: { growth_multiple_more_than: 3, growth_base_period: "2014" } }));
    expect(since2014.assertion).toMatchObject({ value: 94.8e9, growthPct: null, growthMultiple: null });
    const yearBefore = labelAssertion(label({ period: "2024", extra: { growth_pct: 5, growth_base_period: "2023" } }));
    expect(yearBefore.assertion).toMatchObject({ growthPct: 5 });
  });

  it("does not judge what the shape cannot hold: another share's denominator, an average growth rate, another currency", () => {
    expect(labelAssertion(label({ value: 65, comparator: "share_pct", extra: { share_of: "Turkmenistan total trade" } }))).toEqual({
      assertion: null,
      reason: "a share of Turkmenistan total trade",
    });
    expect(
      labelAssertion(
        label({ period: "2013-2024", value: null, comparator: "growth_pct", extra: { growth_pct: 7.3, growth_type: "average annual (CAGR)" } }),
      ).assertion,
    ).toBeNull();
    expect(labelAssertion(label({ currency: "HKD" })).reason).toBe("a figure in HKD");
    expect(labelAssertion(label({ partners: ["RUS"] })).assertion).toBeNull();
  });
});

describe("labelAttribution", () => {
  it.each([
    ["China's General Administration of Customs", "CHN"],
    ["PRC Ministry of Commerce", "CHN"],
    ["Chinese Foreign Ministry (as stated by the page)", "CHN"],
    ["PRC MFA spokesman Guo Jiakun citing China's General Administration of Customs", "CHN"],
    ["Chinese statistics", "CHN"],
    ["Uzbekistan National Statistics Committee", "partner"],
    ["Agency of Statistics under the President of Tajikistan", "partner"],
    ["Tajik Ministry of Economic Development and Trade", "partner"],
    ["Kyrgyz deputy PM Bakyt Torobaev (Kyrgyz figures)", "partner"],
    ["Central Asian figures", "partner"],
    ["Chinese Ambassador Zhang Xiao", null],
    ["Chinese Vice Foreign Minister Sun Weidong", null],
    ["Kazakh PM Alikhan Smailov", null],
    ["press service of the Kazakh embassy in China (via Kazinform)", null],
    ["Eurasian Development Bank analysis", null],
    [null, null],
  ] as const)("%s → %s", (text, side) => {
    expect(labelAttribution(text)).toBe(side);
  });
});

describe("compareVerdicts", () => {
  it("compares reporter by reporter, a reporter missing on one side counting as not checkable there", () => {
    const comparisons = compareVerdicts(
      [
        { reporter: "CHN", verdict: "supported" },
        { reporter: "KAZ", verdict: "contradicted" },
      ],
      [
        { reporter: "CHN", verdict: "supported" },
        { reporter: "EDB", verdict: "supported" },
      ],
    );
    expect(comparisons).toEqual([
      { reporter: "CHN", extracted: "supported", labelled: "supported", agree: true },
      { reporter: "KAZ", extracted: "contradicted", labelled: NOT_CHECKABLE, agree: false },
      { reporter: "EDB", extracted: NOT_CHECKABLE, labelled: "supported", agree: false },
    ]);
  });

  it("leaves the pseudo-reporter 'none' out, unless neither side has another", () => {
    const none = [{ reporter: "none", verdict: NOT_CHECKABLE }];
    expect(compareVerdicts(none, [{ reporter: "CHN", verdict: "supported" }])).toEqual([
      { reporter: "CHN", extracted: NOT_CHECKABLE, labelled: "supported", agree: false },
    ]);
    expect(compareVerdicts(none, none)).toEqual([{ reporter: "none", extracted: NOT_CHECKABLE, labelled: NOT_CHECKABLE, agree: true }]);
  });
});

describe("verdictAgreement", () => {
  const records = [
    record("same", [label()]),
    record("wrong value", [label()]),
    record("no period", [label()]),
    record("label not checkable", [label({ period: null })]),
    record("other share", [label({ value: 65, currency: null, comparator: "share_pct", extra: { share_of: "Kazakhstan total trade" } })], "ru"),
    record("distractor", []),
  ];
  const extractor = fake({
    same: [claim({})],
    // a value off by more than 0.5% is still aligned (same partners), so its verdicts are compared
    "wrong value": [claim({ value: 45e9 })],
    "no period": [claim({ period: null })],
    "label not checkable": [claim({ period: null })],
    "other share": [claim({ value: null, currency: null, comparator: "share_pct", sharePct: 65 })],
    distractor: [claim({})],
  });
  const evaluation = evaluate(records, extractor);
  const agreement = verdictAgreement(evaluation.results, judge);

  it("judges both sides of every aligned pair and counts the (pair, reporter) verdicts that agree", () => {
    // same: CHN, KAZ agree; wrong value: KAZ agrees, CHN not; no period: CHN, KAZ disagree;
    // label not checkable: one "none" comparison, agreeing; other share: label not judged, extracted CHN and KAZ disagree.
    expect(agreement.overall).toEqual({
      pairs: 5,
      verdicts: 9,
      agreeing: 4,
      agreement: 4 / 9,
      pairsAgreeing: 2,
      labelNotCheckable: 2,
      checkableVerdicts: 6,
      checkableAgreeing: 3,
      checkableAgreement: 3 / 6,
    });
    expect(agreement.pairs.find((p) => p.result.record.id === "other share")?.labelReason).toBe("a share of Kazakhstan total trade");
    expect(agreement.byLanguage.ru).toMatchObject({ pairs: 1, verdicts: 2, agreeing: 0, labelNotCheckable: 1 });
    expect(agreement.byLanguage.zh).toMatchObject({ pairs: 0, verdicts: 0, agreement: null });
  });

  it("splits the figures by the evaluation's halves", () => {
    const split = splitCorpus(records);
    const tuning = agreement.pairs.filter((p) => split.get(p.result.record.id) === "tuning");
    expect(agreement.bySplit.tuning.pairs).toBe(tuning.length);
    expect(agreement.bySplit.tuning.pairs + agreement.bySplit.held_out.pairs).toBe(5);
    expect(agreement.bySplit.tuning.verdicts + agreement.bySplit.held_out.verdicts).toBe(9);
    expect(agreement.bySplit.tuning.agreeing + agreement.bySplit.held_out.agreeing).toBe(4);
  });
});
