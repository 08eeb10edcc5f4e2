import { describe, expect, it } from "vitest";
import { matchEnum } from "@/lib/core/reference/enum-value";

describe("matchEnum", () => {
  const REPORTERS = ["CHN", "KAZ", "partner"] as const;
  it("finds the member whatever the case and surrounding space", () => {
    expect(matchEnum(REPORTERS, "chn")).toBe("CHN");
    expect(matchEnum(REPORTERS, " Partner ")).toBe("partner");
  });
  it("returns null for anything else, never a near miss", () => {
    expect(matchEnum(REPORTERS, "CH")).toBeNull();
    expect(matchEnum(REPORTERS, "")).toBeNull();
    expect(matchEnum(REPORTERS, "CHN~KAZ")).toBeNull();
  });
});
