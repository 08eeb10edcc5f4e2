import { describe, expect, it } from "vitest";
import { outranks, pickPreferred, UNKNOWN_SOURCE_PRIORITY, type SourceRank } from "@/lib/trade/preferred";
import { permutations } from "./fixtures";

interface Item extends SourceRank {
  key: string;
  label: string;
}

const pick = (items: Item[]) =>
  pickPreferred(
    items,
    (item) => item.key,
    (item) => ({ priority: item.priority, sourceId: item.sourceId }),
  );

describe("preferred sources", () => {
  describe("outranks", () => {
    it("prefers the lower priority, whatever the source ids", () => {
      expect(outranks({ priority: 1, sourceId: "z" }, { priority: 2, sourceId: "a" })).toBe(true);
      expect(outranks({ priority: 2, sourceId: "a" }, { priority: 1, sourceId: "z" })).toBe(false);
    });

    it("breaks a tie in priority by the smaller source id", () => {
      expect(outranks({ priority: 5, sourceId: "a-source" }, { priority: 5, sourceId: "b-source" })).toBe(true);
      expect(outranks({ priority: 5, sourceId: "b-source" }, { priority: 5, sourceId: "a-source" })).toBe(false);
    });

    it("never lets a rank outrank itself, so exactly one of two different ranks wins", () => {
      const ranks: SourceRank[] = [
        { priority: 1, sourceId: "a" },
        { priority: 1, sourceId: "b" },
        { priority: 2, sourceId: "a" },
        { priority: UNKNOWN_SOURCE_PRIORITY, sourceId: "0" },
      ];
      for (const a of ranks) {
        expect(outranks(a, { ...a })).toBe(false);
        for (const b of ranks) {
          if (a === b) continue;
          expect(outranks(a, b) !== outranks(b, a), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(true);
        }
      }
    });

    it("ranks a source of unknown priority after every listed one", () => {
      expect(outranks({ priority: 999, sourceId: "zzz" }, { priority: UNKNOWN_SOURCE_PRIORITY, sourceId: "aaa" })).toBe(true);
    });
  });

  describe("pickPreferred", () => {
    const candidates: Item[] = [
      { key: "KAZ|2024", label: "press quote", priority: 50, sourceId: "press-a" },
      { key: "KAZ|2024", label: "dataset b", priority: 10, sourceId: "dataset-b" },
      { key: "KAZ|2024", label: "dataset a", priority: 10, sourceId: "dataset-a" },
      { key: "KAZ|2024", label: "copy", priority: 90, sourceId: "0-copy" },
    ];

    it("keeps the lowest priority, a tie going to the smaller source id", () => {
      expect(pick(candidates).get("KAZ|2024")!.label).toBe("dataset a");
    });

    it("picks the same item whatever order the items come in", () => {
      const all = permutations(candidates);
      expect(all).toHaveLength(24);
      for (const order of all) {
        expect(pick(order).get("KAZ|2024")!.label, order.map((o) => o.label).join(", ")).toBe("dataset a");
      }
    });

    it("picks the same item for a tie in priority whatever the order", () => {
      const tied: Item[] = ["c", "a", "b"].map((id) => ({ key: "k", label: id, priority: 3, sourceId: id }));
      for (const order of permutations(tied)) expect(pick(order).get("k")!.label).toBe("a");
    });

    it("chooses per key, one item for each key present", () => {
      const items: Item[] = [
        { key: "KAZ", label: "kaz-2", priority: 2, sourceId: "s" },
        { key: "UZB", label: "uzb-9", priority: 9, sourceId: "s" },
        { key: "KAZ", label: "kaz-1", priority: 1, sourceId: "t" },
        { key: "UZB", label: "uzb-3", priority: 3, sourceId: "u" },
        { key: "KGZ", label: "kgz-only", priority: 100, sourceId: "v" },
      ];
      for (const order of permutations(items)) {
        const best = pick(order);
        expect([...best.keys()].sort()).toEqual(["KAZ", "KGZ", "UZB"]);
        expect(best.get("KAZ")!.label).toBe("kaz-1");
        expect(best.get("UZB")!.label).toBe("uzb-3");
        expect(best.get("KGZ")!.label).toBe("kgz-only");
      }
    });

    it("returns the item itself, not a copy", () => {
      const only = candidates[1]!;
      expect(pick([only]).get(only.key)).toBe(only);
    });

    it("returns nothing for no items", () => {
      expect(pick([]).size).toBe(0);
    });
  });
});
