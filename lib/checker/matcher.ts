// Compiles a lexicon list (lexicon.ts) into one regular expression per list and finds its terms in
// a text. Each term is a literal with, at most, a letter class after a stem and `\s+` between words: no
// nested quantifiers, so matching is linear in the text and hostile input cannot make it backtrack
// catastrophically. Word boundaries are lookarounds on letters and digits, so "Kazakhstan" does not
// match inside "Kazakhstanis" unless written as a stem, and terms in Chinese script need none.

import type { TermList } from "./lexicon";

export interface Mention<T> {
  start: number;
  end: number;
  value: T;
  /** The lexicon term that matched (as written in lexicon.ts). */
  term: string;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Letters of the spaced scripts the lexicon uses (Latin, Latin-1/Extended, Greek, Cyrillic) and digits.
// Written out rather than \p{L}: a regex without the `u` flag runs several times faster in V8, and the
// lexicon needs no characters outside the Basic Multilingual Plane.
const LETTER = "0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F";

function escapeLiteral(ch: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch;
}

/** One term → a regex source. Exported for tests of the syntax. */
export function termSource(term: string): { source: string; caseSensitive: boolean } {
  const caseSensitive = term.startsWith("=") && term.length > 1;
  const body = caseSensitive ? term.slice(1) : term;
  let source = "";
  for (const ch of body) {
    if (ch === "*") source += `[${LETTER.slice(3)}]*`;
    else if (ch === " ") source += "\\s+";
    else if (ch === "'" || ch === "’") source += "['’]";
    else if (ch === "-") source += "[-\\u2010\\u2011\\u2013]";
    else source += escapeLiteral(ch);
  }
  const first = body[0] ?? "";
  const last = body[body.length - 1] ?? "";
  // Boundaries only where the term itself starts or ends with a letter or digit of a spaced script.
  const left = WORD_CHAR.test(first) && !CJK.test(first) ? `(?<![${LETTER}])` : "";
  const right = last !== "*" && WORD_CHAR.test(last) && !CJK.test(last) ? `(?![${LETTER}])` : "";
  return { source: `${left}${source}${right}`, caseSensitive };
}

export class Matcher<T> {
  private readonly regexes: { regex: RegExp; terms: (readonly [string, T])[] }[] = [];

  constructor(list: TermList<T>) {
    // Longest first, so that of two terms matching at one place the longer wins ("trade turnover" over "trade").
    const sorted = [...list].sort((a, b) => b[0].length - a[0].length);
    for (const caseSensitive of [false, true]) {
      const terms = sorted.filter(([term]) => termSource(term).caseSensitive === caseSensitive);
      if (terms.length === 0) continue;
      const source = terms.map(([term]) => `(${termSource(term).source})`).join("|");
      this.regexes.push({ regex: new RegExp(source, caseSensitive ? "g" : "gi"), terms });
    }
  }

  /** Non-overlapping matches in text order, at most `limit` (hostile input stays bounded). */
  findAll(text: string, limit = 400): Mention<T>[] {
    const found: Mention<T>[] = [];
    for (const { regex, terms } of this.regexes) {
      regex.lastIndex = 0;
      let count = 0;
      for (let match = regex.exec(text); match !== null && count < limit; match = regex.exec(text)) {
        // The capture group that took part names the term; groups are in `terms` order.
        let index = 1;
        while (index < match.length && match[index] === undefined) index++;
        const entry = terms[index - 1];
        if (entry) found.push({ start: match.index, end: match.index + match[0].length, value: entry[1], term: entry[0] });
        count++;
        if (match[0].length === 0) regex.lastIndex++;
      }
    }
    if (this.regexes.length < 2) return found;
    // Two regexes (case-sensitive and not) may overlap: keep the earlier, then the longer.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Mention<T>[] = [];
    for (const mention of found) {
      const previous = kept[kept.length - 1];
      if (previous && mention.start < previous.end) continue;
      kept.push(mention);
    }
    return kept.slice(0, limit);
  }
}
