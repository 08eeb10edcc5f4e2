import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/core/period";

describe("parsePeriod", () => {
  describe("full years", () => {
    it("reads a bare year as a full year", () => {
      expect(parsePeriod("2024")).toEqual({ year: 2024, period: "2024", periodKind: "full_year" });
    });

    it("ignores spaces around the label", () => {
      expect(parsePeriod("  2019 ")).toEqual({ year: 2019, period: "2019", periodKind: "full_year" });
    });

    it("reads January to December (M1-12) as the full year, labelled as the year", () => {
      expect(parsePeriod("2024M1-12")).toEqual({ year: 2024, period: "2024", periodKind: "full_year" });
      expect(parsePeriod("2024M01-12")).toEqual({ year: 2024, period: "2024", periodKind: "full_year" });
    });
  });

  describe("part-years", () => {
    it("reads halves", () => {
      expect(parsePeriod("2023H1")).toEqual({ year: 2023, period: "2023H1", periodKind: "part_year" });
      expect(parsePeriod("2023H2")).toEqual({ year: 2023, period: "2023H2", periodKind: "part_year" });
    });

    it("reads the four quarters", () => {
      for (const q of [1, 2, 3, 4]) {
        expect(parsePeriod(`2024Q${q}`)).toEqual({ year: 2024, period: `2024Q${q}`, periodKind: "part_year" });
      }
    });

    it("reads a run of months such as January to November", () => {
      expect(parsePeriod("2024M1-11")).toEqual({ year: 2024, period: "2024M1-11", periodKind: "part_year" });
    });

    it("normalises zero-padded months in a run", () => {
      expect(parsePeriod("2024M01-06")).toEqual({ year: 2024, period: "2024M1-6", periodKind: "part_year" });
    });

    it("never takes a run of months other than January to December for a full year", () => {
      for (let from = 1; from <= 12; from++) {
        for (let to = from + 1; to <= 12; to++) {
          const parsed = parsePeriod(`2024M${from}-${to}`);
          const isWholeYear = from === 1 && to === 12;
          expect(parsed, `2024M${from}-${to}`).not.toBeNull();
          expect(parsed!.periodKind, `2024M${from}-${to}`).toBe(isWholeYear ? "full_year" : "part_year");
          if (!isWholeYear) expect(parsed!.period, `2024M${from}-${to}`).not.toBe("2024");
        }
      }
    });

    it("never takes a half or a quarter for a full year", () => {
      for (const label of ["2024H1", "2024H2", "2024Q1", "2024Q2", "2024Q3", "2024Q4"]) {
        const parsed = parsePeriod(label)!;
        expect(parsed.periodKind, label).toBe("part_year");
        expect(parsed.period, label).not.toBe("2024");
      }
    });
  });

  describe("months", () => {
    it("reads a month and labels it with two digits", () => {
      expect(parsePeriod("2024M3")).toEqual({ year: 2024, period: "2024M03", periodKind: "month" });
      expect(parsePeriod("2024M03")).toEqual({ year: 2024, period: "2024M03", periodKind: "month" });
      expect(parsePeriod("2024M12")).toEqual({ year: 2024, period: "2024M12", periodKind: "month" });
    });

    it("reads all twelve months as months of the same year", () => {
      for (let m = 1; m <= 12; m++) {
        const parsed = parsePeriod(`2021M${m}`);
        expect(parsed).toEqual({ year: 2021, period: `2021M${String(m).padStart(2, "0")}`, periodKind: "month" });
      }
    });
  });

  describe("rejects", () => {
    it("months that do not exist", () => {
      expect(parsePeriod("2024M0")).toBeNull();
      expect(parsePeriod("2024M00")).toBeNull();
      expect(parsePeriod("2024M13")).toBeNull();
      expect(parsePeriod("2024M0-5")).toBeNull();
      expect(parsePeriod("2024M1-13")).toBeNull();
    });

    it("a run of months that ends before it starts, or where it starts", () => {
      expect(parsePeriod("2024M5-3")).toBeNull();
      expect(parsePeriod("2024M5-5")).toBeNull();
      expect(parsePeriod("2024M12-1")).toBeNull();
    });

    it("halves and quarters that do not exist", () => {
      expect(parsePeriod("2024H0")).toBeNull();
      expect(parsePeriod("2024H3")).toBeNull();
      expect(parsePeriod("2024Q0")).toBeNull();
      expect(parsePeriod("2024Q5")).toBeNull();
    });

    it("anything that is not a period label", () => {
      for (const label of ["", "24", "20245", "abc", "2024-03", "2024 Q1", "2024q1", "2024M", "2024M1-", "2024M100", "Q1 2024", "2024H1Q2"]) {
        expect(parsePeriod(label), JSON.stringify(label)).toBeNull();
      }
    });
  });
});
