import { describe, expect, it } from "vitest";
import { COUNTRY_NAMES, FLOW_LABELS, REPORTER_NAMES } from "@/lib/core/reference/codes";
import { describeMissing, type MissingQuery } from "@/lib/trade/chart-missing";
import type { CoverageEntry } from "@/lib/trade/coverage";

const entry = (partner: string, reporter: string, flow: string, firstYear: number, lastYear: number): CoverageEntry => ({
  partner,
  reporter,
  flow,
  firstYear,
  lastYear,
  count: lastYear - firstYear + 1,
});

const COVERAGE: CoverageEntry[] = [
  entry("TJK", "CHN", "turnover", 2022, 2024),
  entry("KAZ", "CHN", "turnover", 2000, 2024),
  entry("KAZ", "KAZ", "turnover", 2010, 2023),
  entry("KAZ", "CHN", "china_exports", 2015, 2024),
];

const query = (q: Partial<MissingQuery>): MissingQuery => ({
  partners: ["TJK"],
  reporters: ["CHN"],
  flows: ["turnover"],
  from: null,
  to: null,
  ...q,
});

describe("describeMissing", () => {
  describe("years outside a reporter's coverage", () => {
    it("says so when the chosen years all come before the reporter's first figure, and what it covers", () => {
      const messages = describeMissing(COVERAGE, query({ from: 2000, to: 2010 }));
      expect(messages).toHaveLength(1);
      const [message] = messages;
      expect(message).toContain(REPORTER_NAMES.CHN);
      expect(message).toContain(COUNTRY_NAMES.TJK);
      expect(message).toContain("2000–2010");
      expect(message).toContain("2022–2024");
      expect(message).toBe(`No ${REPORTER_NAMES.CHN} figure for ${COUNTRY_NAMES.TJK} in 2000–2010 (its figures cover 2022–2024).`);
    });

    it("says so when the chosen years all come after the reporter's last figure", () => {
      expect(describeMissing(COVERAGE, query({ partners: ["KAZ"], reporters: ["KAZ"], from: 2024, to: 2025 }))).toEqual([
        `No ${REPORTER_NAMES.KAZ} figure for ${COUNTRY_NAMES.KAZ} in 2024–2025 (its figures cover 2010–2023).`,
      ]);
    });

    it("writes an open end of the chosen years as an ellipsis", () => {
      expect(describeMissing(COVERAGE, query({ from: 2025, to: null }))[0]).toContain("in 2025–…");
      expect(describeMissing(COVERAGE, query({ from: null, to: 2021 }))[0]).toContain("in …–2021");
    });

    it("says nothing when the chosen years overlap the coverage, even by one year", () => {
      expect(describeMissing(COVERAGE, query({ from: 2015, to: 2022 }))).toEqual([]);
      expect(describeMissing(COVERAGE, query({ from: 2024, to: 2030 }))).toEqual([]);
      expect(describeMissing(COVERAGE, query({ from: 2023, to: 2023 }))).toEqual([]);
      expect(describeMissing(COVERAGE, query({ from: null, to: 2022 }))).toEqual([]);
    });

    it("says nothing about a covered combination when no years are chosen", () => {
      expect(describeMissing(COVERAGE, query({}))).toEqual([]);
    });
  });

  describe("combinations with no figures at all", () => {
    it("says the data set has no figure from that reporter for that partner", () => {
      expect(describeMissing(COVERAGE, query({ partners: ["UZB"] }))).toEqual([
        `No ${REPORTER_NAMES.CHN} figure for ${COUNTRY_NAMES.UZB} in this data set.`,
      ]);
    });

    it("says so whatever years are chosen", () => {
      expect(describeMissing(COVERAGE, query({ partners: ["UZB"], from: 2020, to: 2024 }))).toEqual([
        `No ${REPORTER_NAMES.CHN} figure for ${COUNTRY_NAMES.UZB} in this data set.`,
      ]);
    });

    it("does not count another flow's coverage", () => {
      expect(describeMissing(COVERAGE, query({ flows: ["china_imports"] }))).toHaveLength(1);
      expect(describeMissing(COVERAGE, query({ partners: ["KAZ"], flows: ["china_exports"] }))).toEqual([]);
    });

    it("falls back on the codes for a reporter or partner it has no name for", () => {
      expect(describeMissing([], query({ partners: ["XYZ"], reporters: ["ABC"] }))).toEqual(["No ABC figure for XYZ in this data set."]);
    });
  });

  describe("the query", () => {
    it('resolves the reporter "partner" to each partner\'s own statistics', () => {
      const messages = describeMissing(COVERAGE, query({ partners: ["KAZ", "UZB"], reporters: ["partner"] }));
      expect(messages).toEqual([`No ${REPORTER_NAMES.UZB} figure for ${COUNTRY_NAMES.UZB} in this data set.`]);
    });

    it("names the flow only when several flows are chosen", () => {
      const one = describeMissing(COVERAGE, query({ partners: ["UZB"], flows: ["china_exports"] }));
      expect(one[0]).not.toContain(FLOW_LABELS.china_exports.toLowerCase());
      const several = describeMissing(COVERAGE, query({ partners: ["UZB"], flows: ["china_exports", "china_imports"] }));
      expect(several).toHaveLength(2);
      expect(several[0]).toContain(`(${FLOW_LABELS.china_exports.toLowerCase()})`);
      expect(several[1]).toContain(`(${FLOW_LABELS.china_imports.toLowerCase()})`);
    });

    it("gives one message per missing partner, reporter and flow, in the query's order", () => {
      const messages = describeMissing(COVERAGE, query({ partners: ["UZB", "KGZ"], reporters: ["CHN", "EDB"], flows: ["turnover"] }));
      const expected = ["UZB", "KGZ"].flatMap((p) =>
        ["CHN", "EDB"].map((r) => `No ${REPORTER_NAMES[r]} figure for ${COUNTRY_NAMES[p]} in this data set.`),
      );
      expect(messages).toEqual(expected);
    });

    it("says nothing for an empty selection", () => {
      expect(describeMissing(COVERAGE, query({ partners: [] }))).toEqual([]);
      expect(describeMissing(COVERAGE, query({ reporters: [] }))).toEqual([]);
      expect(describeMissing(COVERAGE, query({ flows: [] }))).toEqual([]);
    });
  });
});
