// Pure parts of the importer: cell checks, layout detection, mapping to China's side.
import { describe, expect, it } from "vitest";
import { detectLayout, parseImportFile } from "@/lib/trade/import-layout";
import { type SourceLookup } from "@/lib/core/import/layout-kit";
import { readCsv } from "@/lib/core/csv-reader";
import { magnitudeProblem, parseImportPeriod, parseUsd } from "@/lib/core/import/values";

const SOURCES: SourceLookup = {
  ids: new Set(["chn-src", "kaz-src"]),
  idByUrl: new Map([["https://example.org/chn", "chn-src"]]),
  idByMatch: new Map([["cow", "kaz-src"]]),
};

describe("parseUsd", () => {
  it("accepts plain and exponent numbers, rounded to cents", () => {
    expect(parseUsd("6788625828.839999", true)).toEqual({ ok: true, value: 6788625828.84 });
    expect(parseUsd("4.382e10", true)).toEqual({ ok: true, value: 43_820_000_000 });
    expect(parseUsd("0", true)).toEqual({ ok: true, value: 0 });
  });
  it.each([
    ["", /no value/],
    ["abc", /not a number/],
    ["12,345,678", /thousands separators/],
    ["-5000000", /negative/],
    ["43.8", /too small .*thousands, millions or billions/],
    ["4e13", /larger than \$1 trillion/],
  ])("refuses %j", (raw, message) => {
    const checked = parseUsd(raw, true);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });
  it("lets small values through for a single commodity", () => {
    expect(parseUsd("43.8", false)).toEqual({ ok: true, value: 43.8 });
  });
});

describe("parseImportPeriod", () => {
  it("reads years and part-years", () => {
    expect(parseImportPeriod("2024")).toEqual({ ok: true, value: { year: 2024, period: "2024", periodKind: "full_year" } });
    expect(parseImportPeriod("2023H1")).toMatchObject({ ok: true, value: { periodKind: "part_year" } });
  });
  it.each(["20x4", "1800", "2024.5", "", String(new Date().getUTCFullYear() + 1)])("refuses %j", (raw) => {
    expect(parseImportPeriod(raw).ok).toBe(false);
  });
});

describe("magnitudeProblem", () => {
  it("is silent within the usual spread between reporters", () => {
    expect(magnitudeProblem(5.3e9, [22.7e9, 19.8e9], "KGZ turnover")).toBeNull();
  });
  it("names thousands for a figure 1000× too small", () => {
    expect(magnitudeProblem(43_820_000, [41e9, 43.8e9, 31.4e9], "KAZ turnover")).toMatch(/10\^3× smaller.*thousands of USD/);
  });
  it("needs reference figures", () => {
    expect(magnitudeProblem(1e6, [], "x")).toBeNull();
  });
});

describe("readCsv", () => {
  it("keeps the starting line of each record, across quoted newlines and blank lines", () => {
    const table = readCsv('a,b\n1,2\n\n"x\ny",3\n4\n');
    expect(table.records.map((r) => r.line)).toEqual([2, 4]);
    expect(table.issues).toEqual([{ line: 6, column: null, message: "expected 2 fields as in the header, found 1" }]);
  });
  it("reports an unclosed quote instead of throwing", () => {
    expect(readCsv('a,b\n1,"2\n').issues[0]?.message).toMatch(/not readable as CSV/);
  });
});

describe("detectLayout", () => {
  it.each([
    [["period", "partner", "reporter", "flow", "value_usd", "source_id"], "caravan"],
    [["year", "partner_country", "reporting_side", "flow", "value_usd", "source_file"], "tidy"],
    [["refYear", "reporterISO", "flowCode", "partnerISO", "primaryValue"], "comtrade"],
    [["Year", "Trade Flow Code", "Reporter ISO", "Partner ISO", "Trade Value (US$)"], "comtrade"],
    [["reporter", "partner", "year", "flow_code", "trade_value_usd"], "comtrade"],
    [["a", "b"], null],
  ])("%j is %s", (header, layout) => {
    expect(detectLayout(header)).toBe(layout);
  });
});

describe("Comtrade lines seen from China's side", () => {
  const file = [
    "reporter,partner,year,flow_code,trade_value_usd",
    "CHN,KAZ,2024,X,25000000000",
    "China,Kazakhstan,2024,M,18000000000",
    "KAZ,CHN,2024,M,16000000000",
    "398,156,2024,X,14000000000",
  ].join("\n");
  it("maps China's X/M and a partner's M/X to china_exports / china_imports by the right reporter", () => {
    const parsed = parseImportFile(file, SOURCES, { sourceId: "chn-src" });
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => [r.observation.reporterCode, r.observation.partnerIso3, r.observation.flow])).toEqual([
      ["CHN", "KAZ", "china_exports"],
      ["CHN", "KAZ", "china_imports"],
      ["KAZ", "KAZ", "china_exports"],
      ["KAZ", "KAZ", "china_imports"],
    ]);
    expect(parsed.rows.every((r) => r.observation.sourceId === "chn-src")).toBe(true);
  });
  it("declares the built-in UN Comtrade source when none is named", () => {
    const parsed = parseImportFile(file, SOURCES);
    expect([...parsed.declaredSources.keys()]).toEqual(["un-comtrade"]);
    expect(parsed.rows[0]?.observation.sourceId).toBe("un-comtrade");
  });
  it("refuses lines that are not China–Central Asia", () => {
    const parsed = parseImportFile(
      ["reporter,partner,year,flow_code,trade_value_usd", "CHN,DEU,2024,X,1e10", "KAZ,UZB,2024,M,1e9", "CHN,CHN,2024,M,1e9"].join("\n"),
      SOURCES,
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => [i.line, i.column])).toEqual([
      [2, "partner"],
      [3, "partner"],
      [4, "partner"],
    ]);
  });
});
