import { describe, expect, it } from "vitest";
import { classifyAeiDeal, readProjectSeedData } from "@/lib/projects/seed-files";
import { parseWktLines } from "@/lib/projects/wkt";
import { sectorAmounts } from "@/lib/projects/summary";

describe("project files", () => {
  const data = readProjectSeedData();
  it("reads every row of the three files once", () => {
    expect(data.projects).toHaveLength(90 + 150 + 4);
    expect(new Set(data.projects.map((p) => p.id)).size).toBe(data.projects.length);
  });
  it("gives every record a country and a source that is in the list", () => {
    const sources = new Set(data.sources.map((s) => s.id));
    for (const p of data.projects) {
      expect(p.countries.length).toBeGreaterThan(0);
      expect(sources.has(p.sourceId)).toBe(true);
    }
    expect(sources).toContain("aei-cgit");
    expect(sources).toContain("gem-gas-pipelines");
    expect(sources).toContain("aiddata-gcdf3");
  });
  it("keeps the amount basis with every amount", () => {
    for (const p of data.projects) if (p.amountUsd !== null) expect(p.amountBasis).toBeTruthy();
  });
  it("maps AEI sectors without inventing themes", () => {
    expect(classifyAeiDeal("Energy", "Gas")).toEqual({ sector: "energy-gas", themes: ["oil-gas"] });
    expect(classifyAeiDeal("Energy", "Alternative")).toEqual({ sector: "renewables", themes: ["renewables"] });
    expect(classifyAeiDeal("Transport", "Autos")).toEqual({ sector: "transport", themes: [] });
    expect(classifyAeiDeal("Real estate", "Construction").sector).toBe("real-estate");
  });
});

describe("parseWktLines", () => {
  it("reads LINESTRING and MULTILINESTRING as lon/lat", () => {
    expect(parseWktLines("LINESTRING (64.4 39.7, 69.2 41.3)")).toEqual({
      type: "MultiLineString",
      coordinates: [
        [
          [64.4, 39.7],
          [69.2, 41.3],
        ],
      ],
    });
    expect(parseWktLines("MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))")?.coordinates).toHaveLength(2);
  });
  it("refuses anything else rather than guessing", () => {
    expect(parseWktLines("POINT (1 2)")).toBeNull();
    expect(parseWktLines("LINESTRING (1 2)")).toBeNull();
    expect(parseWktLines("LINESTRING (1 2, 3 x)")).toBeNull();
    expect(parseWktLines("LINESTRING (500 2, 3 4)")).toBeNull();
    expect(parseWktLines("--")).toBeNull();
  });
});

describe("sectorAmounts", () => {
  it("sums only within one amount basis", () => {
    const rows: Parameters<typeof sectorAmounts>[0] = [
      { sector: "renewables", amountUsd: 100, amountBasis: "A" },
      { sector: "renewables", amountUsd: 50, amountBasis: "A" },
      { sector: "renewables", amountUsd: 7, amountBasis: "B" },
      { sector: "mining", amountUsd: null, amountBasis: null },
    ];
    expect(sectorAmounts(rows, "A")).toEqual([{ key: "renewables", value: 150, count: 2 }]);
    expect(sectorAmounts(rows, "B")).toEqual([{ key: "renewables", value: 7, count: 1 }]);
  });
});
