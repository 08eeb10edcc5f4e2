// The pages' messages are compiled at build time (next.config.js: next-intl's `precompile`, which
// compiles with icu-minify and formats with its small formatter), while Vitest and the scripts
// format the same strings with intl-messageformat. Every message of every language must read the
// same both ways, for every branch of its plurals and selects, or a page would say something the
// tests never saw.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import format from "icu-minify/format";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/core/i18n/routing";
import { MESSAGES } from "@/messages";

type Tree = { [key: string]: string | Tree };
type Values = Record<string, string | number | ((chunks: unknown[]) => string)>;

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

/** Value sets that reach every branch: each plural count class (and =N case), each select option. */
function valueSets(message: string): Values[] {
  const numbers = new Set<string>();
  const strings = new Set<string>();
  const tags = new Set<string>();
  const choices = new Map<string, Set<string>>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.date || el.type === TYPE.time) strings.add(el.value);
      if (el.type === TYPE.number) numbers.add(el.value);
      if (el.type === TYPE.plural) numbers.add(el.value);
      if (el.type === TYPE.select) {
        const options = choices.get(el.value) ?? new Set<string>();
        for (const key of Object.keys(el.options)) options.add(key);
        choices.set(el.value, options);
      }
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) {
        tags.add(el.value);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  const base: Values = {};
  for (const name of strings) base[name] = `«${name}»`;
  for (const name of tags) base[name] = (chunks) => `<${name}>${chunks.join("")}</${name}>`;
  const counts = [0, 1, 2, 3, 5, 11, 21, 22, 1.5, 1234567];
  const sets: Values[] = numbers.size ? counts.map((n) => ({ ...base, ...Object.fromEntries([...numbers].map((k) => [k, n])) })) : [base];
  return [...choices].reduce(
    (acc, [name, options]) => acc.flatMap((set) => [...options, "none-of-these"].map((option) => ({ ...set, [name]: option }))),
    sets,
  );
}

const cache = { number: new Map<string, Intl.NumberFormat>(), plural: new Map<string, Intl.PluralRules>() };
const formatters = {
  getNumberFormat: (locale?: string | string[], options?: Intl.NumberFormatOptions) => {
    const key = JSON.stringify([locale, options]);
    return cache.number.get(key) ?? cache.number.set(key, new Intl.NumberFormat(locale, options)).get(key)!;
  },
  getPluralRules: (locale?: string | string[], options?: Intl.PluralRulesOptions) => {
    const key = JSON.stringify([locale, options]);
    return cache.plural.get(key) ?? cache.plural.set(key, new Intl.PluralRules(locale, options)).get(key)!;
  },
  getDateTimeFormat: (locale?: string | string[], options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
};

const asText = (result: unknown): string => (Array.isArray(result) ? result.join("") : String(result));

describe("precompiled messages", () => {
  for (const locale of LOCALES) {
    const messages = leaves(MESSAGES[locale] as unknown as Tree);

    it(`${locale}: every message reads the same compiled (the pages) as parsed (intl-messageformat)`, () => {
      expect(messages.length).toBeGreaterThan(100);
      const mismatches: string[] = [];
      for (const [key, message] of messages) {
        const compiled = compile(message);
        const reference = new IntlMessageFormat(message, locale);
        for (const values of valueSets(message)) {
          const expected = asText(reference.format(values));
          const actual = asText(format(compiled, locale, values, { formatters }));
          if (actual !== expected) mismatches.push(`${key} ${JSON.stringify(values)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it("reaches every branch of a message's plurals and selects (so a wrong branch would show)", () => {
    const message = "{n, plural, one {a} few {b} many {c} other {d}} {side, select, china {e} partner {f} other {g}}";
    const outputs = new Set(valueSets(message).map((values) => asText(new IntlMessageFormat(message, "ru").format(values))));
    for (const plural of ["a", "b", "c", "d"]) for (const select of ["e", "f", "g"]) expect(outputs).toContain(`${plural} ${select}`);
  });
});
