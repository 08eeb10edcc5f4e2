// "Cite this" as a reader pastes it: the original providers first, then
// Caravan with the permalink and the access date; the BibTeX a reference
// manager imports as one @misc entry, with TeX's special characters escaped.
import bibtexLib from "bibtex";
import { describe, expect, it } from "vitest";
import type { SourceRef } from "@/lib/core/sources";
import { bibtexEscape, buildCitation, dataProviders, providersText } from "@/lib/share/citation";
import { sourceUsesOf } from "@/lib/share/source-uses";

const { parseBibFile } = bibtexLib;

const source = (id: string, publisher: string, kind: SourceRef["kind"], priority = 40): SourceRef => ({
  id,
  publisher,
  title: `${publisher}: a title`,
  url: `https://example.org/${id}`,
  licence: "Facts quoted from a public page",
  methodNote: null,
  priority,
  kind,
});

const SOURCES: SourceRef[] = [
  source("press-astanatimes-2025-01", "The Astana Times", "press"),
  source("press-wenews-2023", "WE News English", "press"),
  source("kaz-bns-foreign-trade", "Bureau of National Statistics of Kazakhstan (stat.gov.kz)", "dataset", 10),
  source("press-timesca-edb-2024", "The Times of Central Asia", "press"),
  source("cow-trade-v4", "Correlates of War Project", "dataset", 30),
  source("press-prime-2025-tokayev", "PRIME (1prime.ru)", "press", 45),
];
const USES = sourceUsesOf([
  { sourceId: "press-astanatimes-2025-01", reporter: "CHN" },
  { sourceId: "press-wenews-2023", reporter: "CHN" },
  { sourceId: "kaz-bns-foreign-trade", reporter: "KAZ" },
  { sourceId: "press-timesca-edb-2024", reporter: "EDB" },
  { sourceId: "cow-trade-v4", reporter: "COW" },
  { sourceId: "press-prime-2025-tokayev", reporter: "UNSTATED" },
  { sourceId: "press-astanatimes-2025-01", reporter: "CHN" },
]);
const URL_ = "https://caravan.example/countries/KAZ?time=2015..2024";

describe("the providers of a view", () => {
  it("credit a figure taken from a press page to the side that published it, with the page it was taken from", () => {
    const providers = dataProviders(SOURCES, USES);
    expect(providers.map((p) => p.name)).toEqual([
      "China's customs (GACC)",
      "Bureau of National Statistics of Kazakhstan (stat.gov.kz)",
      "Eurasian Development Bank",
      "Correlates of War Project",
      "PRIME (1prime.ru) (side not stated)",
    ]);
    expect(providers[0]!.via).toEqual(["The Astana Times", "WE News English"]);
    expect(providers[1]!.via).toEqual([]);
    expect(providersText(providers, 1)).toContain("China's customs (GACC), as published by The Astana Times and 1 other;");
  });

  it("without reporters, name each source's publisher", () => {
    expect(dataProviders(SOURCES.slice(2, 3)).map((p) => p.name)).toEqual(["Bureau of National Statistics of Kazakhstan (stat.gov.kz)"]);
  });
});

describe("a citation", () => {
  const citation = buildCitation({
    title: "China–Kazakhstan turnover by reporter",
    url: URL_,
    accessed: new Date("2026-12-01T09:30:00Z"),
    sources: SOURCES,
    uses: USES,
  });

  it("names the original providers before Caravan, then the permalink and the access date", () => {
    const caravan = citation.text.indexOf("Caravan");
    for (const name of [
      "China's customs (GACC)",
      "Bureau of National Statistics of Kazakhstan",
      "Eurasian Development Bank",
      "Correlates of War Project",
    ]) {
      const at = citation.text.indexOf(name);
      expect(at, name).toBeGreaterThanOrEqual(0);
      expect(at, name).toBeLessThan(caravan);
    }
    expect(citation.text.indexOf(URL_)).toBeGreaterThan(caravan);
    expect(citation.text).toMatch(/\(accessed 2026-12-01\)\.$/);
  });

  it("is one @misc entry that a BibTeX parser reads, providers first and Caravan last among the authors", () => {
    const file = parseBibFile(citation.bibtex);
    expect(file.entries_raw).toHaveLength(1);
    const entry = file.entries_raw[0]!;
    expect(entry.type).toBe("misc");
    expect(entry._id).toBe(citation.key);
    expect(Object.keys(entry.fields)).toEqual(expect.arrayContaining(["author", "title", "url", "urldate", "year", "howpublished", "note"]));
    expect(entry.getFieldAsString("url")).toBe(URL_);
    expect(entry.getFieldAsString("urldate")).toBe("2026-12-01");
    expect(String(entry.getFieldAsString("year"))).toBe("2026");
    const authors = /author\s*=\s*\{(.*)\},\n/.exec(citation.bibtex)![1]!;
    expect(authors.split(" and ").map((a) => a.replace(/^\{|\}$/g, ""))).toEqual([
      "China's customs (GACC)",
      "Bureau of National Statistics of Kazakhstan (stat.gov.kz)",
      "Eurasian Development Bank",
      "Correlates of War Project",
      "PRIME (1prime.ru) (side not stated)",
      "Caravan",
    ]);
  });

  it("escapes every TeX special, so the entry stays balanced and prints the text as written", () => {
    const nasty = "50% of {trade} & #1 in $ under_score ~ ^ \\ end";
    const tricky = buildCitation({
      title: nasty,
      url: "https://caravan.example/?a=1&b={x}",
      accessed: "2026-12-01",
      sources: [source("x", "Bureau & Co and Sons, Ltd", "dataset")],
    });
    const file = parseBibFile(tricky.bibtex);
    expect(file.entries_raw).toHaveLength(1);
    // braces balance inside every field
    let depth = 0;
    for (const char of tricky.bibtex.replace(/\\[{}]/g, "")) {
      if (char === "{") depth++;
      if (char === "}") depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const unescape = (tex: string) =>
      tex
        .replace(/\\textbackslash\{\}/g, "\\")
        .replace(/\\textasciitilde\{\}/g, "~")
        .replace(/\\textasciicircum\{\}/g, "^")
        .replace(/\\([{}&%$#_])/g, "$1");
    expect(unescape(bibtexEscape(nasty))).toBe(nasty);
    expect(tricky.bibtex).toContain("{Bureau \\& Co and Sons, Ltd}");
    expect(tricky.bibtex).toContain("url          = {https://caravan.example/?a=1&b=%7Bx%7D}");
  });
});
