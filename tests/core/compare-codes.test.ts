// compareCodes stands in for localeCompare in code paths the browser runs while
// a page hydrates: it must order every code Caravan sorts exactly as localeCompare does.
import { describe, expect, it } from "vitest";
import { COUNTRIES, compareCodes } from "@/lib/core/reference/codes";
import { SECTORS } from "@/lib/projects/schemas";

const sign = (n: number) => Math.sign(n);

describe("compareCodes", () => {
  const upperCase = [...COUNTRIES.map((c) => c.iso3), "CA5", "A1", "A10", "A2", "AB", "A-B"];
  const lowerCase = [...SECTORS, "partner", "energy-gas", "energy", "energyx", "a-b", "ab", "a1", "a10"];
  it.each([
    ["upper-case codes", upperCase],
    ["lower-case slugs", lowerCase],
  ])("orders %s as localeCompare does", (_, codes) => {
    for (const a of codes) for (const b of codes) expect([a, b, sign(compareCodes(a, b))]).toEqual([a, b, sign(a.localeCompare(b))]);
  });

  it("differs from localeCompare across cases, which is why it is kept to codes of one case", () => {
    expect(sign(compareCodes("b", "C"))).not.toBe(sign("b".localeCompare("C")));
  });
});
