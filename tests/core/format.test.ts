// Figures in the reader's notation. English is held to what the pages always
// showed (toFixed); Russian to the written convention "94,82 млрд $".
import { describe, expect, it } from "vitest";
import { formatAxisBn, formatPct, formatUsdBn, formatUsdFull } from "@/lib/core/format";

const NBSP = "\u00a0";

describe("formatUsdBn", () => {
  it("English: $ before, bn after, decimals by size, a missing value is a dash", () => {
    expect(formatUsdBn(94.8234e9)).toBe("$94.82bn");
    expect(formatUsdBn(106.33e9)).toBe("$106.3bn");
    expect(formatUsdBn(0.0423e9)).toBe("$0.042bn");
    expect(formatUsdBn(-3.5e9)).toBe("−$3.50bn");
    expect(formatUsdBn(null)).toBe("—");
    expect(formatUsdBn(Number.NaN)).toBe("—");
  });

  it("English matches toFixed for many values (the old formatter)", () => {
    for (let i = 0; i < 2000; i++) {
      const bn = (((i * 7.31) % 180) * 1e9) / 1e9;
      const precision = bn >= 100 ? 1 : bn >= 0.1 ? 2 : 3;
      expect(formatUsdBn(bn * 1e9)).toBe(`$${bn.toFixed(precision)}bn`);
    }
  });

  it("Russian: decimal comma, the unit after the figure, no-break spaces", () => {
    expect(formatUsdBn(94.8234e9, 2, "ru")).toBe(`94,82${NBSP}млрд${NBSP}$`);
    expect(formatUsdBn(106.33e9, 2, "ru")).toBe(`106,3${NBSP}млрд${NBSP}$`);
    expect(formatUsdBn(-3.5e9, 2, "ru")).toBe(`−3,50${NBSP}млрд${NBSP}$`);
    expect(formatUsdBn(undefined, 2, "ru")).toBe("—");
  });
});

describe("the other formats", () => {
  it("axis ticks", () => {
    expect(formatAxisBn(40e9)).toBe("$40bn");
    expect(formatAxisBn(2.5e9)).toBe("$2.5bn");
    expect(formatAxisBn(40e9, "ru")).toBe(`40${NBSP}млрд${NBSP}$`);
    expect(formatAxisBn(2.5e9, "ru")).toBe(`2,5${NBSP}млрд${NBSP}$`);
  });

  it("full dollars group thousands", () => {
    expect(formatUsdFull(1234567.4)).toBe("$1,234,567");
    expect(formatUsdFull(1234567.4, "ru")).toBe(`1${NBSP}234${NBSP}567${NBSP}$`);
    expect(formatUsdFull(null, "ru")).toBe("—");
  });

  it("groups thousands by hand exactly as toLocaleString does", () => {
    // lengths 1 to 21 digits, both signs, halves that round either way, and past 1e21
    const values = [0, 7, -7, 999.5, -999.5, 1000, 123456.49, -123456.5, 2 ** 53, 1e20, 1.5e21, -3e22];
    for (let digits = 1; digits <= 21; digits++) values.push(Number("9".repeat(digits)), Number("1" + "0".repeat(digits - 1)));
    for (const value of values) {
      const rounded = Math.round(value);
      const expected = Math.abs(rounded).toLocaleString("en-US");
      const sign = rounded < 0 ? "−" : "";
      expect(formatUsdFull(value)).toBe(`${sign}$${expected}`);
      expect(formatUsdFull(value, "ru")).toBe(`${sign}${expected.replace(/,/g, NBSP)}${NBSP}$`);
    }
  });

  it("percentages carry a sign", () => {
    expect(formatPct(12.06)).toBe("+12.1%");
    expect(formatPct(-4)).toBe("−4.0%");
    expect(formatPct(0)).toBe("0.0%");
    expect(formatPct(12.06, true, "ru")).toBe(`+12,1${NBSP}%`);
    expect(formatPct(3, false, "ru")).toBe(`3,0${NBSP}%`);
  });
});
