import { describe, expect, it } from "vitest";
import { matchesQuery } from "@/components/tables/table-search";

describe("searching a table", () => {
  it("finds rows holding every word of the query, in any order and case", () => {
    expect(matchesQuery("Kazakhstan 2024 China's customs", "customs kazakhstan")).toBe(true);
    expect(matchesQuery("Kazakhstan 2024 China's customs", "customs uzbekistan")).toBe(false);
  });

  it("ignores accents and extra spaces", () => {
    expect(matchesQuery("Société Générale", "  societe   generale ")).toBe(true);
  });

  it("lets every row through an empty query", () => {
    expect(matchesQuery("anything", "")).toBe(true);
    expect(matchesQuery("anything", "   ")).toBe(true);
  });
});
