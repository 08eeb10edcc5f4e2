// Every language has every message English has, with the same placeholders
// and markup tags, and nothing else: a missing key would show the key on the
// page, a missing placeholder would drop a number.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
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

/** The arguments ({count}, {name}) and the rich-text tags (<link>) of an ICU message, at any depth (inside plural branches too). */
function slots(message: string): { args: string[]; tags: string[] } {
  const args = new Set<string>();
  const tags = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) args.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        args.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        tags.add(el.value);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return { args: [...args].sort(), tags: [...tags].sort() };
}

/**
 * English arguments a translation may leave out, each for a stated reason
 * (a translation may always add arguments, e.g. a count its plural needs).
 */
const MAY_DROP: Record<string, { args: string[]; why: string }> = {
  "share.ui.groupLabelClaim": { args: ["title"], why: "the English quote cannot be marked lang=en inside an aria-label" },
  "share.citation.others": { args: ["count"], why: "«ещё {n}» needs no plural form" },
  "projects.view.amountBySector": { args: ["basis"], why: "the basis is an English label from the data, shown beside the chart" },
  "projects.view.amountByCountry": { args: ["basis"], why: "the basis is an English label from the data, shown beside the chart" },
};

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

    it(`${locale} keeps every argument and tag of each English message (it may add some: a plural's count, <en> around names left in English)`, () => {
      const differing = [...english].flatMap(([key, en]) => {
        const translated = other.get(key);
        if (translated === undefined) return [];
        const a = slots(en);
        const b = slots(translated);
        const missingTags = a.tags.filter((t) => !b.tags.includes(t));
        const missingArgs = a.args.filter((arg) => !b.args.includes(arg) && !MAY_DROP[key]?.args.includes(arg));
        return missingArgs.length || missingTags.length
          ? [`${key}: arguments missing: ${missingArgs.join()}; tags missing: ${missingTags.join()}`]
          : [];
      });
      expect(differing).toEqual([]);
    });

    it(`${locale}'s messages all parse as ICU`, () => {
      const broken = [...other].filter(([, message]) => {
        try {
          parse(message);
          return false;
        } catch {
          return true;
        }
      });
      expect(broken.map(([key]) => key)).toEqual([]);
    });

    it(`${locale} leaves no message empty where English has text`, () => {
      expect([...english].filter(([key, en]) => en.trim() !== "" && (other.get(key) ?? "").trim() === "").map(([key]) => key)).toEqual([]);
    });
  }
});
