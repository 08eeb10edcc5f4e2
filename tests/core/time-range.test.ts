import { createLoader, createSerializer } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { MAX_YEAR, MIN_YEAR } from "@/lib/core/reference/codes";
import { ALL_YEARS, parseTimeRange, serializeTimeRange, timeRangeParser, type YearRange } from "@/lib/core/time-range";

describe("time ranges in URLs", () => {
  describe("parseTimeRange", () => {
    describe("accepts", () => {
      it("a closed span, from..to", () => {
        expect(parseTimeRange("2015..2024")).toEqual({ from: 2015, to: 2024 });
      });

      it("a span open at the end", () => {
        expect(parseTimeRange("2015..")).toEqual({ from: 2015, to: null });
      });

      it("a span open at the start", () => {
        expect(parseTimeRange("..2024")).toEqual({ from: null, to: 2024 });
      });

      it("one year, as a span from that year to the same year", () => {
        expect(parseTimeRange("2020")).toEqual({ from: 2020, to: 2020 });
      });

      it("a span of one year written out", () => {
        expect(parseTimeRange("2020..2020")).toEqual({ from: 2020, to: 2020 });
      });

      it("the first and last years the data can hold", () => {
        expect(parseTimeRange(`${MIN_YEAR}..${MAX_YEAR}`)).toEqual({ from: MIN_YEAR, to: MAX_YEAR });
        expect(parseTimeRange(String(MIN_YEAR))).toEqual({ from: MIN_YEAR, to: MIN_YEAR });
        expect(parseTimeRange(String(MAX_YEAR))).toEqual({ from: MAX_YEAR, to: MAX_YEAR });
      });
    });

    describe("rejects", () => {
      it("a span that ends before it starts", () => {
        expect(parseTimeRange("2024..2015")).toBeNull();
      });

      it("text that is not a year", () => {
        expect(parseTimeRange("abc")).toBeNull();
        expect(parseTimeRange("20x4")).toBeNull();
        expect(parseTimeRange("abc..2024")).toBeNull();
        expect(parseTimeRange("2015..abc")).toBeNull();
      });

      it("years that are not four digits", () => {
        expect(parseTimeRange("1..2")).toBeNull();
        expect(parseTimeRange("15..24")).toBeNull();
        expect(parseTimeRange("02015..2024")).toBeNull();
        expect(parseTimeRange("2015.5..2024")).toBeNull();
        expect(parseTimeRange("-2015")).toBeNull();
      });

      it("years outside the range the data can hold", () => {
        expect(parseTimeRange(String(MIN_YEAR - 1))).toBeNull();
        expect(parseTimeRange(String(MAX_YEAR + 1))).toBeNull();
        expect(parseTimeRange(`${MIN_YEAR - 1}..2024`)).toBeNull();
        expect(parseTimeRange(`2015..${MAX_YEAR + 1}`)).toBeNull();
        expect(parseTimeRange("0000..2024")).toBeNull();
        expect(parseTimeRange("9999")).toBeNull();
      });

      it("a span open at both ends and the empty string", () => {
        expect(parseTimeRange("..")).toBeNull();
        expect(parseTimeRange("")).toBeNull();
      });

      it("more than two parts", () => {
        expect(parseTimeRange("2015..2020..2024")).toBeNull();
        expect(parseTimeRange("2015....2024")).toBeNull();
      });

      it("spaces around a year", () => {
        expect(parseTimeRange(" 2015..2024")).toBeNull();
        expect(parseTimeRange("2015.. 2024")).toBeNull();
      });
    });
  });

  describe("serializeTimeRange", () => {
    it("writes from..to, leaving an open side empty", () => {
      expect(serializeTimeRange({ from: 2015, to: 2024 })).toBe("2015..2024");
      expect(serializeTimeRange({ from: 2015, to: null })).toBe("2015..");
      expect(serializeTimeRange({ from: null, to: 2024 })).toBe("..2024");
    });

    it("round-trips every accepted range through parseTimeRange", () => {
      const ranges: YearRange[] = [
        { from: 2015, to: 2024 },
        { from: 2015, to: null },
        { from: null, to: 2024 },
        { from: 2020, to: 2020 },
        { from: MIN_YEAR, to: MAX_YEAR },
      ];
      for (const range of ranges) expect(parseTimeRange(serializeTimeRange(range))).toEqual(range);
    });

    it("round-trips accepted text to a text that parses to the same range", () => {
      for (const text of ["2015..2024", "2015..", "..2024", "2020"]) {
        const range = parseTimeRange(text)!;
        expect(parseTimeRange(serializeTimeRange(range))).toEqual(range);
      }
    });
  });

  describe("timeRangeParser", () => {
    it("parses and serializes with the same grammar", () => {
      expect(timeRangeParser.parse("2015..2024")).toEqual({ from: 2015, to: 2024 });
      expect(timeRangeParser.parse("2024..2015")).toBeNull();
      expect(timeRangeParser.serialize({ from: null, to: 2024 })).toBe("..2024");
    });

    it("defaults to every year", () => {
      expect(timeRangeParser.defaultValue).toEqual({ from: null, to: null });
      expect(ALL_YEARS).toEqual({ from: null, to: null });
    });

    it("counts two ranges equal when both ends are", () => {
      expect(timeRangeParser.eq({ from: 2015, to: 2024 }, { from: 2015, to: 2024 })).toBe(true);
      expect(timeRangeParser.eq({ from: 2015, to: 2024 }, { from: 2015, to: null })).toBe(false);
      expect(timeRangeParser.eq({ from: null, to: 2024 }, { from: 2015, to: 2024 })).toBe(false);
    });

    describe("in a URL", () => {
      const serialize = createSerializer({ time: timeRangeParser });
      const load = createLoader({ time: timeRangeParser });

      it("leaves every year (the default) out of the URL", () => {
        expect(serialize({ time: { from: null, to: null } })).toBe("");
      });

      it("writes a range as time=from..to and reads it back", () => {
        const url = serialize({ time: { from: 2015, to: 2024 } });
        expect(url).toBe("?time=2015..2024");
        expect(load(url)).toEqual({ time: { from: 2015, to: 2024 } });
      });

      it("reads a missing or invalid time as every year", () => {
        expect(load("")).toEqual({ time: ALL_YEARS });
        expect(load("?time=2024..2015")).toEqual({ time: ALL_YEARS });
        expect(load("?time=abc")).toEqual({ time: ALL_YEARS });
      });
    });
  });
});
