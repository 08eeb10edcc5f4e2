// Every language has every message English has, with the same placeholders
// and markup tags, and nothing else: a missing key would show the key on the
// page, a missing placeholder would drop a number.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/core/i18n/routing";
import { MESSAGES } from "@/messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** The {placeholders} (first word inside braces) and <tags> of an ICU message, sorted. */
function slots(message: string): string[] {
  const placeholders = [...message.matchAll(/\{\s*([A-Za-z0-9_]+)/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<\/?([A-Za-z0-9_]+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...placeholders, ...tags])].sort();
}

const english = leaves(MESSAGES.en as unknown as Tree);

describe("messages", () => {
  it("English has messages (the comparison below is not over nothing)", () => {
    expect(english.size).toBeGreaterThan(30);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const other = leaves(MESSAGES[locale] as unknown as Tree);

    it(`${locale} has exactly English's keys`, () => {
      expect([...other.keys()].filter((k) => !english.has(k))).toEqual([]);
      expect([...english.keys()].filter((k) => !other.has(k))).toEqual([]);
    });

    it(`${locale} keeps every placeholder and tag of each English message`, () => {
      const differing = [...english].filter(([key, en]) => other.has(key) && slots(en).join() !== slots(other.get(key)!).join());
      expect(differing.map(([key, en]) => `${key}: ${slots(en).join()} ≠ ${slots(other.get(key)!).join()}`)).toEqual([]);
    });

    it(`${locale} leaves no message empty where English has text`, () => {
      expect([...english].filter(([key, en]) => en.trim() !== "" && (other.get(key) ?? "").trim() === "").map(([key]) => key)).toEqual([]);
    });
  }
});
