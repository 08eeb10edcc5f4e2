// Extracts numeric claims about China–Central Asia trade from English, Russian and Chinese text.
// Deterministic and explainable: every decision is a rule over the word lists in lexicon.ts.
//
// Pipeline, for each sentence in order:
//  1. Sentence split (splitSentences): ". ! ?" before an upper-case letter, digit or quote (not
//     after an abbreviation such as "долл." or "U.S."), "。！？" always, and line breaks unless the
//     next line continues in lower case. A sentence longer than MAX_SENTENCE_CHARS is cut into
//     chunks, so hostile input (100 kB without a full stop) costs linear time.
//  2. Number-phrase scan (scanNumbers): one left-to-right pass reading numbers the way the sentence's
//     language writes them (Russian "43,8" is a decimal; English "1,234" groups thousands), then what
//     follows: a range ("20–22"), "%", a multiple ("100 times", "60多倍"), a scale (billion, млрд, 亿)
//     and a currency (before: "$", "US$"; after: "dollars", "долл. США", "美元", "元", "юаней").
//  3. Everything else is read from the sentence with the lexicon matchers (matcher.ts): partners,
//     China, other countries, flow words, topics, comparators, record, growth and share words,
//     targets, attribution, periods (years, part-years, month ranges, "last year", spans).
//  4. For each money figure, percentage and multiple, the words nearest to it decide: which partner
//     (a list item's name right before it — "Uzbekistan ($13.7 billion", "Кыргызстан — 22,7 млрд" —
//     else its clause, then the nearest clause that names one), which flow (the nearest flow word
//     and who exports: "exports to China" and "поставки … в Китай" are China's imports), which period
//     (the nearest year that is not a comparison base such as "compared to 2022" or "three times the
//     2014 figure"), the comparator (the word right before it), the growth rate (a percentage next to
//     a growth word attaches to the nearest money figure, else stands alone), a multiple ("doubled";
//     "twice", "в шесть раз", "三倍" only beside a growth or comparison word). A bare percentage beside
//     a money figure in parentheses is that list item's share.
//  5. Filters that reject what is not China–Central Asia trade: no China (except in Chinese texts,
//     which imply it), another country in the figure's clause, the nearest topic word is investment /
//     contracts / GDP / population (or there is no trade word at all), a target or forecast ("goal",
//     "to $40bn by 2030", "有望"), a country's trade with the whole world, one province or port
//     (Xinjiang), a transport-mode slice, a commodity or product-group slice ("gas exports",
//     "agricultural products worth …", "农产品"), a quantity (bcm), and a change of level written as
//     money ("rose by $5.4 billion", "a $5.4 billion increase", "увеличился на $2 млрд", "增加54亿美元").
//  6. Context (the product reads whole articles, headline first): a sentence that states a trade
//     figure but names no partner takes it from earlier sentences — "the two countries", "bilateral",
//     "двусторонний", "两国", "双边" only when the context names exactly one partner (or CA5) with
//     China; "exports to China", "trade with China", "the country's" from the latest sentence naming
//     one partner; a bare "trade turnover" figure in a text about China's trade with one partner. A
//     ranking frame without a trade word ("Лидером по объёмам стал Казахстан — 30,1 млрд", "followed
//     by …", "其中哈萨克斯坦为…") is trade when the context is China's trade, and a bare "млрд" takes the
//     context's currency. A missing period comes from the context, except for a figure said to be
//     current ("today", "сейчас", "如今"), which stays undated; a part of a year without its year
//     ("前5个月") takes the sentence's only year, else the context's, else the text's date. The fields
//     taken are listed in `assertion.inherited`.
//
// Offsets: `start`/`end` span the figure's phrase (currency, number, scale, currency word or "%",
// or the multiple word such as "doubled"); `sentenceStart`/`sentenceEnd` span its sentence. Both are
// UTF-16 offsets into the original text.

import { CENTRAL_ASIA, REGION_CODE, type Flow, type PartnerCode } from "../core/reference/codes";
import { parsePeriod } from "../core/period";
import type { ExtractedAssertion, ExtractedClaim, ExtractOptions, Language } from "./extraction-schema";
import { emptyAssertion } from "./extraction-schema";
import * as L from "./lexicon";
import { Matcher, type Mention } from "./matcher";

export type { ExtractedClaim, ExtractedAssertion, ExtractOptions } from "./extraction-schema";

/** Sentences longer than this are cut into chunks: a real sentence with a trade figure is far shorter. */
export const MAX_SENTENCE_CHARS = 1200;
/** At most this many claims from one sentence, and from one text (hostile input stays bounded). */
export const MAX_CLAIMS_PER_SENTENCE = 10;
export const MAX_CLAIMS_PER_TEXT = 1000;
/** Money figures below this are prices or fees, not trade between countries. */
const MIN_TRADE_VALUE = 1e6;
const MAX_TRADE_VALUE = 1e14;
/** At most this many numbers are read from one sentence. */
const MAX_NUMBERS_PER_SENTENCE = 60;

const M = {
  partners: new Matcher(L.PARTNER_TERMS),
  leaders: new Matcher(L.LEADER_TERMS),
  regionRefs: new Matcher(L.REGION_REFERENCE_TERMS),
  bilateral: new Matcher(L.BILATERAL_TERMS),
  china: new Matcher(L.CHINA_TERMS),
  others: new Matcher(L.OTHER_COUNTRY_TERMS),
  currencySuffix: new Matcher(L.CURRENCY_SUFFIXES),
  scale: new Matcher(L.SCALE_TERMS),
  percent: new Matcher(L.PERCENT_TERMS),
  quantityUnit: new Matcher(L.QUANTITY_UNIT_TERMS),
  flows: new Matcher(L.FLOW_TERMS),
  nonTrade: new Matcher(L.NON_TRADE_TOPIC_TERMS),
  totalTrade: new Matcher(L.TOTAL_TRADE_TERMS),
  subnational: new Matcher(L.SUBNATIONAL_TERMS),
  transport: new Matcher(L.TRANSPORT_MODE_TERMS),
  commodity: new Matcher(L.COMMODITY_TERMS),
  target: new Matcher(L.TARGET_TERMS),
  comparatorCue: new Matcher<{ kind: "more" | "less" | "hedge"; text: string }>([
    ...L.MORE_THAN_TERMS.map(([t, v]) => [t, { kind: "more" as const, text: v }] as const),
    ...L.LESS_THAN_TERMS.map(([t, v]) => [t, { kind: "less" as const, text: v }] as const),
    ...L.HEDGE_TERMS.map(([t, v]) => [t, { kind: "hedge" as const, text: v }] as const),
  ]),
  record: new Matcher(L.RECORD_TERMS),
  growth: new Matcher(L.GROWTH_TERMS),
  share: new Matcher(L.SHARE_TERMS),
  multipleWord: new Matcher(L.MULTIPLE_WORD_TERMS),
  multipleFactor: new Matcher(L.MULTIPLE_FACTOR_TERMS),
  factorComparison: new Matcher(L.FACTOR_COMPARISON_TERMS),
  ranking: new Matcher(L.RANKING_TERMS),
  partnerRef: new Matcher(L.PARTNER_REFERENCE_TERMS),
  currentTime: new Matcher(L.CURRENT_TIME_TERMS),
  changeNoun: new Matcher(L.CHANGE_NOUN_TERMS),
  multipleSuffix: new Matcher(L.MULTIPLE_SUFFIX_TERMS),
  attribution: new Matcher(L.ATTRIBUTION_TERMS),
  months: new Matcher(L.MONTHS),
  numberWords: new Matcher(L.NUMBER_WORDS),
  relativeYear: new Matcher(L.RELATIVE_YEAR_TERMS),
  basePeriod: new Matcher(L.BASE_PERIOD_TERMS),
  partYear: new Matcher(L.PART_YEAR_TERMS),
  since: new Matcher(L.SINCE_TERMS),
  deadline: new Matcher(L.DEADLINE_TERMS),
};

const FILLER_AFTER_CUE = new RegExp(
  `^\\s*(?:(?:${L.COMPARATOR_FILLERS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")}|为|為|达|達|达到|達到)\\s*)?$`,
  "iu",
);

// ---------------------------------------------------------------------------------------------
// Sentences

export interface SentenceSpan {
  start: number;
  end: number;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
const SPACED_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
const isSpacedLetter = (ch: string | undefined): boolean => ch !== undefined && SPACED_LETTER.test(ch);
const LOWER = /\p{Ll}/u;
const CLOSERS = "\"'”’»」』）)]";

/** Sentence boundaries, trimmed of surrounding whitespace; long sentences are cut into chunks. */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  for (const span of sentenceSpans(text)) if (span) sentences.push(span);
  return sentences;
}

/**
 * The sentences of splitSentences one at a time, as the scan reaches them, and a null for each
 * stretch that holds none (only whitespace), so a caller can pause however the text is written.
 */
function* sentenceSpans(text: string): Generator<SentenceSpan | null, void, void> {
  let start = 0;
  let raw: SentenceSpan | null = null;
  const cut = (end: number): SentenceSpan => {
    const span = { start, end };
    start = end;
    return span;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "。" || ch === "！" || ch === "？") {
      let end = i + 1;
      while (end < text.length && CLOSERS.includes(text[end] ?? "")) end++;
      raw = cut(end);
      i = end - 1;
    } else if (ch === "." || ch === "!" || ch === "?") {
      let end = i + 1;
      while (end < text.length && CLOSERS.includes(text[end] ?? "")) end++;
      if (end < text.length && !isSpace(text[end])) continue;
      let next = end;
      while (next < text.length && isSpace(text[next])) next++;
      const following = text[next];
      if (ch === "." && following !== undefined) {
        if (LOWER.test(following)) continue;
        // The token before the dot: an abbreviation or an initial does not end the sentence.
        let wordStart = i;
        while (wordStart > 0 && i - wordStart < 12 && /[\p{L}.]/u.test(text[wordStart - 1] ?? "")) wordStart--;
        const word = text.slice(wordStart, i).toLowerCase();
        if (L.SENTENCE_ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text.slice(wordStart, i))) continue;
      }
      raw = cut(end);
      i = end - 1;
    } else if (ch === "\n") {
      let next = i + 1;
      while (next < text.length && (text[next] === " " || text[next] === "\t" || text[next] === "\r")) next++;
      // A hard-wrapped line continues in lower case; anything else (a headline, a paragraph) is a new sentence.
      if (next < text.length && LOWER.test(text[next] ?? "")) continue;
      raw = cut(i + 1);
    }
    if (raw) {
      const chunks = trimmedChunks(text, raw);
      if (chunks === null) yield null;
      else yield* chunks;
      raw = null;
    }
  }
  if (start < text.length) yield* trimmedChunks(text, { start, end: text.length }) ?? [null];
}

/** A raw span trimmed of surrounding whitespace and cut into chunks of at most MAX_SENTENCE_CHARS; null when only whitespace is left. */
function trimmedChunks(text: string, span: SentenceSpan): SentenceSpan[] | null {
  let { start: s, end: e } = span;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e === s) return null;
  if (e - s <= MAX_SENTENCE_CHARS) return [{ start: s, end: e }];
  const chunks: SentenceSpan[] = [];
  while (e - s > MAX_SENTENCE_CHARS) {
    // Cut at the last space or comma in the chunk's final fifth, else hard.
    let cutAt = s + MAX_SENTENCE_CHARS;
    for (let j = cutAt; j > s + MAX_SENTENCE_CHARS * 0.8; j--) {
      if (isSpace(text[j]) || text[j] === "," || text[j] === "，") {
        cutAt = j + 1;
        break;
      }
    }
    chunks.push({ start: s, end: cutAt });
    s = cutAt;
    while (s < e && isSpace(text[s])) s++;
  }
  if (e > s) chunks.push({ start: s, end: e });
  return chunks;
}

/** The sentence's language from its script: any run of Chinese characters wins, then Cyrillic over Latin. */
export function detectLanguage(sentence: string): Language {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  const limit = Math.min(sentence.length, 600);
  for (let i = 0; i < limit; i++) {
    const code = sentence.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) han++;
    else if (code >= 0x0400 && code <= 0x04ff) cyrillic++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  if (han >= 4 || (han > 0 && han * 3 >= latin + cyrillic)) return "zh";
  return cyrillic > latin ? "ru" : "en";
}

// ---------------------------------------------------------------------------------------------
// Numbers

type NumberKind = "money" | "percent" | "multiple" | "plain";

interface NumberPhrase {
  /** Phrase span in the sentence: prefix currency through unit. */
  start: number;
  end: number;
  /** The digits alone. */
  numStart: number;
  numEnd: number;
  kind: NumberKind;
  /** The number as written (midpoint of a range). */
  number: number;
  range: [number, number] | null;
  decimals: number;
  integerDigits: number;
  grouped: boolean;
  scale: number | null;
  currency: L.Currency | null;
  /** Currency word written after the scale (vs a prefix sign) — used to let a later figure inherit it. */
  currencyWritten: boolean;
  /** "100多亿", "60多倍": more than. */
  moreSuffix: boolean;
  /** After the figure: "以上" (or more) / "左右" (about). */
  afterCue: "more" | "hedge" | null;
  quantity: boolean;
  /** Followed by "月" (a Chinese month number). */
  month: boolean;
  /** Followed by "年" (a Chinese year). */
  yearMarker: boolean;
}

interface ParsedNumber {
  end: number;
  value: number;
  decimals: number;
  integerDigits: number;
  grouped: boolean;
}

function countDigits(s: string, from: number, cap: number): number {
  let n = 0;
  while (n < cap && isDigit(s[from + n])) n++;
  return n;
}

/** Reads one number at `i` (a digit). Null for a digit run too long to be a figure. */
function readNumber(s: string, i: number, language: Language): ParsedNumber | null {
  const run = countDigits(s, i, 40);
  if (run > 15) return null;
  let j = i + run;
  let digits = s.slice(i, j);
  let integerDigits = run;
  let grouped = false;
  let decimals = 0;
  let fraction = "";
  for (;;) {
    const ch = s[j];
    const next = countDigits(s, j + 1, 20);
    if (next === 0) break;
    const threeThenEnd = next === 3;
    if (ch === "," && language !== "ru" && threeThenEnd && fraction === "" && (!grouped ? integerDigits <= 3 : true)) {
      digits += s.slice(j + 1, j + 4);
      integerDigits += 3;
      grouped = true;
      j += 4;
      continue;
    }
    if (
      (ch === " " || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009") &&
      language === "ru" &&
      threeThenEnd &&
      (grouped || integerDigits <= 3)
    ) {
      digits += s.slice(j + 1, j + 4);
      integerDigits += 3;
      grouped = true;
      j += 4;
      continue;
    }
    if ((ch === "." || ch === ",") && next <= 6) {
      // A second separator after decimals ("1.2.3") ends the number before it.
      fraction = s.slice(j + 1, j + 1 + next);
      decimals = next;
      j += 1 + next;
    }
    break;
  }
  if (integerDigits > 15) return null;
  const value = Number(fraction ? `${digits}.${fraction}` : digits);
  if (!Number.isFinite(value)) return null;
  return { end: j, value, decimals, integerDigits, grouped };
}

/** The first mention of `matcher` starting exactly at `pos` (within a short window). */
function termAt<T>(matcher: Matcher<T>, s: string, pos: number, window = 24): Mention<T> | null {
  const first = matcher.findAll(s.slice(pos, pos + window), 4)[0];
  if (!first || first.start !== 0) return null;
  return { ...first, start: pos + first.start, end: pos + first.end };
}

function skipSpaces(s: string, pos: number, max = 2): number {
  let p = pos;
  while (p < s.length && p - pos < max && isSpace(s[p])) p++;
  return p;
}

function prefixCurrency(s: string, numStart: number): { start: number; currency: L.Currency } | null {
  let p = numStart;
  let spaces = 0;
  while (p > 0 && spaces < 2 && isSpace(s[p - 1])) {
    p--;
    spaces++;
  }
  for (const [prefix, currency] of L.CURRENCY_PREFIXES) {
    if (p >= prefix.length && s.slice(p - prefix.length, p) === prefix) {
      const before = s[p - prefix.length - 1];
      // "AUS$" or "MUSD" is not ours; a letter glued before a word-like prefix disqualifies it.
      if (/^[A-Z]/.test(prefix) && isSpacedLetter(before)) continue;
      // Only a sign may be separated by spaces from the number ("$ 2.2"); so may "US$ 1" and "USD 5".
      return { start: p - prefix.length, currency };
    }
  }
  return null;
}

function scanNumbers(s: string, language: Language): NumberPhrase[] {
  const phrases: NumberPhrase[] = [];
  let i = 0;
  while (i < s.length && phrases.length < MAX_NUMBERS_PER_SENTENCE) {
    if (!isDigit(s[i])) {
      i++;
      continue;
    }
    // A digit glued to a letter is a code ("H1", "X001", "CO2"), except after a currency code ("USD41bn").
    const afterCode = /(?:USD|RMB|CNY|EUR)$/.test(s.slice(Math.max(0, i - 3), i));
    const glued = (isSpacedLetter(s[i - 1]) && !afterCode) || isDigit(s[i - 1]) || ((s[i - 1] === "." || s[i - 1] === ",") && isDigit(s[i - 2]));
    const parsed = glued ? null : readNumber(s, i, language);
    if (!parsed) {
      i += Math.max(1, countDigits(s, i, 1_000_000));
      continue;
    }
    const numStart = i;
    let numEnd = parsed.end;
    let number = parsed.value;
    let range: [number, number] | null = null;
    let decimals = parsed.decimals;
    // A range: "20–22", "2013-2024", "1-7月".
    {
      let p = numEnd;
      if (s[p] === " " && /[-–—]/.test(s[p + 1] ?? "")) p++;
      if (/[-–—~～]/.test(s[p] ?? "")) {
        let q = p + 1;
        if (s[q] === " ") q++;
        if (isDigit(s[q])) {
          const second = readNumber(s, q, language);
          if (second && second.value > number) {
            range = [number, second.value];
            number = (number + second.value) / 2;
            decimals = Math.max(decimals, second.decimals);
            numEnd = second.end;
          }
        }
      }
    }
    let k = numEnd;
    let moreSuffix = false;
    if (s[k] === "多" || s[k] === "余" || s[k] === "餘") {
      moreSuffix = true;
      k++;
    }
    const phrase: NumberPhrase = {
      start: numStart,
      end: numEnd,
      numStart,
      numEnd,
      kind: "plain",
      number,
      range,
      decimals,
      integerDigits: parsed.integerDigits,
      grouped: parsed.grouped,
      scale: null,
      currency: null,
      currencyWritten: false,
      moreSuffix,
      afterCue: null,
      quantity: false,
      month: s[k] === "月",
      yearMarker: s[k] === "年",
    };
    const prefix = prefixCurrency(s, numStart);
    const afterSpace = skipSpaces(s, k);
    // "процентных пунктов" (percentage points) is a change of a share, not a percentage.
    const percentTerm = termAt(M.percent, s, afterSpace);
    const percent = percentTerm && !/^процентн/iu.test(s.slice(percentTerm.start, percentTerm.end)) ? percentTerm : null;
    const multiple = termAt(M.multipleSuffix, s, /[-‐]/.test(s[k] ?? "") ? k : afterSpace);
    if (percent && !prefix) {
      phrase.kind = "percent";
      phrase.end = percent.end;
    } else if (
      multiple &&
      !prefix &&
      (multiple.term !== "раз" && multiple.term !== "раза" ? true : /\bв\s*$|в\s$/iu.test(s.slice(Math.max(0, numStart - 3), numStart)))
    ) {
      phrase.kind = "multiple";
      phrase.end = multiple.end;
    } else {
      let p = afterSpace;
      let scale = termAt(M.scale, s, p);
      if (!scale && prefix && p === k) {
        // "$5b", "$90m": a single-letter scale glued to the number after a currency sign.
        const letter = (s[k] ?? "").toLowerCase();
        const value = L.GLUED_SCALES[letter];
        if (value !== undefined && !isSpacedLetter(s[k + 1])) scale = { start: k, end: k + 1, value, term: letter };
      }
      if (scale) {
        phrase.scale = scale.value;
        phrase.end = scale.end;
        p = scale.end;
        if ((s[p] === "多" || s[p] === "余") && !moreSuffix) {
          phrase.moreSuffix = true;
          p++;
        }
        if (termAt(M.quantityUnit, s, skipSpaces(s, p))) phrase.quantity = true;
      }
      // "млрд. долларов": an abbreviation's dot before the currency word.
      const dotted = scale && s[p] === "." && isSpace(s[p + 1]) ? p + 1 : p;
      let suffix = phrase.quantity ? null : termAt(M.currencySuffix, s, skipSpaces(s, p), 24);
      if (!suffix && dotted !== p && !phrase.quantity) suffix = termAt(M.currencySuffix, s, skipSpaces(s, dotted), 24);
      if (suffix) {
        phrase.currency = suffix.value;
        phrase.currencyWritten = true;
        phrase.end = suffix.end;
      } else if (prefix) {
        phrase.currency = prefix.currency;
      }
      if (prefix) phrase.start = prefix.start;
      if (phrase.currency !== null || phrase.scale !== null) phrase.kind = phrase.quantity ? "plain" : "money";
      const tail = s.slice(phrase.end, phrase.end + 4);
      if (/^\s*以上/.test(tail)) phrase.afterCue = "more";
      else if (/^\s*左右/.test(tail)) phrase.afterCue = "hedge";
    }
    phrases.push(phrase);
    i = Math.max(phrase.end, numEnd, i + 1);
  }
  return phrases;
}

/** The rounding unit of a figure: one unit of its last written digit, times its scale. */
function precisionOf(phrase: NumberPhrase): number {
  const unit = 10 ** -phrase.decimals * (phrase.scale ?? 1);
  return Number(unit.toPrecision(6));
}

// ---------------------------------------------------------------------------------------------
// Periods

interface PeriodExpr {
  start: number;
  end: number;
  /** Null when the expression cannot be resolved (a relative year without a text date). */
  period: string | null;
  span: boolean;
  from?: string | null;
  to?: string | null;
  base: boolean;
  /** "by 2030": a deadline, not a period. */
  deadline: boolean;
  resolvedFrom: string | null;
}

interface YearToken {
  start: number;
  end: number;
  year: number;
  used: boolean;
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1950 && n <= 2100;
}

/** A part of a year written with its months: 1-3 is Q1, 1-6 is H1, else "M1-5". */
function partYearLabel(year: number, from: number, to: number): string | null {
  const quarters: Record<string, string> = { "1-3": "Q1", "4-6": "Q2", "7-9": "Q3", "10-12": "Q4", "1-6": "H1", "7-12": "H2" };
  if (from === 1 && to === 12) return String(year);
  const named = quarters[`${from}-${to}`];
  const label = named ? `${year}${named}` : from === to ? `${year}M${String(from).padStart(2, "0")}` : `${year}M${from}-${to}`;
  return parsePeriod(label)?.period ?? null;
}

interface DateInfo {
  year: number;
  /** 1–12, or null when the date gives only a year. */
  month: number | null;
  text: string;
}

function findPeriods(
  s: string,
  numbers: NumberPhrase[],
  date: DateInfo | null,
  clauseOf: (pos: number) => [number, number],
  contextYear: number | null,
): PeriodExpr[] {
  const exprs: PeriodExpr[] = [];
  /** Parts of a year written without their year ("前5个月", "in January-May"): resolved at the end. */
  const pending: { start: number; end: number; from: number; to: number | null; suffix: string | null }[] = [];
  const years: YearToken[] = [];
  const spansFromRanges: PeriodExpr[] = [];
  for (const n of numbers) {
    if (n.kind !== "plain" || n.decimals > 0 || n.grouped) continue;
    if (n.range && isYear(n.range[0]) && isYear(n.range[1]) && n.integerDigits === 4) {
      spansFromRanges.push(span(n.start, n.end + (n.yearMarker ? 1 : 0), n.range[0], n.range[1]));
    } else if (!n.range && n.integerDigits === 4 && isYear(n.number)) {
      years.push({ start: n.start, end: n.end + (n.yearMarker ? 1 : 0), year: n.number, used: false });
    }
  }
  const relatives = M.relativeYear.findAll(s, 20).map((m) => ({ ...m, used: false }));

  function span(start: number, end: number, from: number, to: number): PeriodExpr {
    return { start, end, period: `${from}-${to}`, span: true, from: String(from), to: String(to), base: false, deadline: false, resolvedFrom: null };
  }
  function relativeYearValue(m: Mention<0 | -1>): { year: number | null; resolvedFrom: string | null } {
    if (!date) return { year: null, resolvedFrom: null };
    return { year: date.year + m.value, resolvedFrom: `'${s.slice(m.start, m.end)}' with text date ${date.text}` };
  }
  /** A year next to a part-year expression: after it ("first half of 2023", "январе-мае 2025 года") or before ("2025年1-5月"). */
  function yearNear(start: number, end: number): { year: number | null; resolvedFrom: string | null; start: number; end: number } | null {
    const after = years.find((y) => !y.used && y.start >= end && y.start - end <= 12);
    const afterRel = relatives.find((r) => !r.used && r.start >= end && r.start - end <= 8);
    const before = [...years].reverse().find((y) => !y.used && y.end <= start && start - y.end <= 6);
    const beforeRel = [...relatives].reverse().find((r) => !r.used && r.end <= start && start - r.end <= 4);
    if (after) {
      after.used = true;
      return { year: after.year, resolvedFrom: null, start: after.start, end: after.end };
    }
    if (afterRel) {
      afterRel.used = true;
      return { ...relativeYearValue(afterRel), start: afterRel.start, end: afterRel.end };
    }
    if (before) {
      before.used = true;
      return { year: before.year, resolvedFrom: null, start: before.start, end: before.end };
    }
    if (beforeRel) {
      beforeRel.used = true;
      return { ...relativeYearValue(beforeRel), start: beforeRel.start, end: beforeRel.end };
    }
    return null;
  }
  function pushPart(start: number, end: number, from: number, to: number | null, suffix: string | null) {
    const near = yearNear(start, end);
    if (!near) {
      pending.push({ start, end, from, to, suffix });
      return;
    }
    const label =
      near.year === null ? null : suffix ? (parsePeriod(`${near.year}${suffix}`)?.period ?? null) : partYearLabel(near.year, from, to ?? from);
    exprs.push({
      start: Math.min(start, near.start),
      end: Math.max(end, near.end),
      period: label,
      span: false,
      base: false,
      deadline: false,
      resolvedFrom: near.resolvedFrom,
    });
  }

  // Named parts of a year: "first half", "Q1", "上半年", "前三季度".
  for (const m of M.partYear.findAll(s, 20)) pushPart(m.start, m.end, 0, null, m.value);
  // Month ranges and single months: "January-May 2025", "в январе–ноябре 2024 года", "in March 2024".
  // English month names are capitalised: lower-case "may" is the verb.
  const months = M.months.findAll(s, 40).filter((m) => !/[a-z]/.test(s[m.start] ?? ""));
  for (let i = 0; i < months.length; i++) {
    const first = months[i];
    if (!first) continue;
    const second = months[i + 1];
    if (second && /^\s*(?:-|–|—|to|through|till|until|and|по|до)?\s*$/iu.test(s.slice(first.end, second.start)) && second.value > first.value) {
      pushPart(first.start, second.end, first.value, second.value, null);
      i++;
    } else {
      const year = years.find((y) => !y.used && y.start >= first.end && y.start - first.end <= 3);
      if (year) pushPart(first.start, first.end, first.value, first.value, null);
    }
  }
  // Chinese month numbers: "1-7月", "1至5月", "前5个月", "前五个月".
  for (const n of numbers) {
    if (!n.month) continue;
    if (n.range && n.range[0] >= 1 && n.range[1] <= 12) pushPart(n.start, n.end + 1, n.range[0], n.range[1], null);
  }
  for (const match of s.matchAll(/(?:前|头)([0-9]{1,2}|[一二三四五六七八九十]{1,3})个?月|([0-9]{1,2})\s?(?:至|到|—|－)\s?([0-9]{1,2})月/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    if (exprs.some((e) => e.start <= start && e.end >= end)) continue;
    if (match[1] !== undefined) {
      const n = /^[0-9]/.test(match[1]) ? Number(match[1]) : (zhNumber(match[1]) ?? 0);
      if (n >= 2 && n <= 12) pushPart(start, end, 1, n, null);
    } else if (match[2] !== undefined && match[3] !== undefined) {
      const from = Number(match[2]);
      const to = Number(match[3]);
      if (from >= 1 && to <= 12 && to > from) pushPart(start, end, from, to, null);
    }
  }
  // The whole year without its number: "全年", "for the full year", "за весь год", "по итогам года".
  for (const match of s.matchAll(/全年|(?:for|in|over)\s+the\s+(?:full|whole|entire)\s+year|за\s+(?:весь|целый)\s+год|по\s+итогам\s+года/giu)) {
    const start = match.index;
    const end = start + match[0].length;
    if (exprs.some((e) => e.start <= start && e.end >= end)) continue;
    pushPart(start, end, 1, 12, null);
  }
  // "first five months of 2025", "за пять месяцев", "the first 11 months".
  for (const match of s.matchAll(/([0-9]{1,2}|[\p{L}]{2,12})[\s-]{1,3}(?:months?|месяц\p{L}{0,4})/giu)) {
    const word = match[1] ?? "";
    const n = /^[0-9]/.test(word) ? Number(word) : (M.numberWords.findAll(word, 1).find((w) => w.start === 0 && w.end === word.length)?.value ?? 0);
    if (n < 2 || n > 12) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (exprs.some((e) => e.start <= start && e.end >= end)) continue;
    // "over the past 11 months" is a rolling window, not the first months of a year.
    if (/(?:past|last|previous|последни\p{L}*|прошедши\p{L}*)\s*$/iu.test(s.slice(Math.max(0, start - 12), start))) continue;
    if (n === 12) continue;
    pushPart(start, end, 1, n, null);
  }

  // Spans: "between 2002 and 2003", "from 2013 to 2024", "с 2013 по 2024 год", "2013年至2024年".
  exprs.push(...spansFromRanges);
  const free = () => years.filter((y) => !y.used);
  const freeYears = free();
  for (let i = 0; i + 1 < freeYears.length; i++) {
    const a = freeYears[i];
    const b = freeYears[i + 1];
    if (!a || !b || b.year <= a.year) continue;
    const between = s.slice(a.end, b.start);
    const before = s.slice(Math.max(0, a.start - 10), a.start);
    const joined = /^\s*(?:and|to|through|по|до|и)\s*$/iu.test(between) && /(?:between|from|с|со|от|между)\s*$/iu.test(before);
    const joinedZh = /^(?:年)?\s*(?:至|到|—|－|-)\s*$/u.test(between);
    if (joined || joinedZh) {
      a.used = true;
      b.used = true;
      exprs.push(span(a.start, b.end, a.year, b.year));
      i++;
    }
  }
  // "since 1991": a span to the text's date.
  for (const m of M.since.findAll(s, 10)) {
    const [, clauseEnd] = clauseOf(m.start);
    const year =
      m.term === "以来" || m.term === "以來"
        ? [...years].reverse().find((y) => !y.used && y.end <= m.start && m.start - y.end <= 2)
        : free().find((y) => y.start > m.end && y.start < clauseEnd && (m.term !== "自" || y.start - m.end <= 1));
    if (!year) continue;
    year.used = true;
    const to = date ? latestYear(date) : null;
    exprs.push({
      start: Math.min(m.start, year.start),
      end: Math.max(m.end, year.end),
      period: to !== null && to > year.year ? `${year.year}-${to}` : null,
      span: true,
      from: String(year.year),
      to: to === null ? null : String(to),
      base: false,
      deadline: false,
      resolvedFrom: to === null ? null : `'${s.slice(m.start, m.end)} ${year.year}' to text date ${date?.text}`,
    });
  }
  // "over the past ten years", "за последние 10 лет", "30年来": a span ending at the text's date.
  if (date) {
    for (const match of s.matchAll(
      /(?:(?:over|in|during|for)\s+the\s+(?:past|last)\s+([0-9]{1,2}|[a-z]{3,8})\s+years|(?:over|in|during)\s+the\s+(?:past|last)\s+(decade)|за\s+(?:последние\s+)?([0-9]{1,2}|\p{L}{3,12})\s+лет|([0-9]{1,2}|[一二三四五六七八九十]{1,3})多?年来)/giu,
    )) {
      const word = match[1] ?? match[3] ?? match[4] ?? (match[2] ? "10" : "");
      const n = /^[0-9]/.test(word)
        ? Number(word)
        : /^[一二三四五六七八九十]+$/u.test(word)
          ? (zhNumber(word) ?? (word.length === 2 && word.endsWith("十") ? (zhNumber(word[0] ?? "") ?? 0) * 10 : 0))
          : (M.numberWords.findAll(word, 1).find((w) => w.start === 0 && w.end === word.length)?.value ?? 0);
      if (n < 2 || n > 60) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (exprs.some((e) => e.start < end && e.end > start)) continue;
      const to = latestYear(date);
      exprs.push({
        start,
        end,
        period: `${to - n + 1}-${to}`,
        span: true,
        from: String(to - n + 1),
        to: String(to),
        base: false,
        deadline: false,
        resolvedFrom: `'${match[0]}' to text date ${date.text}`,
      });
    }
  }
  // Deadlines: "by 2030", "к 2030 году", "到2030年" (but "增长到2024年的…" is "grew to", and "达到" is "reached").
  const deadlines = M.deadline
    .findAll(s, 20)
    .filter(
      (m) =>
        !(
          (m.term === "到" || m.term === "至") &&
          /(?:增长|增長|增加|提高|上升|扩大|擴大|达|達|升|增)$/u.test(s.slice(Math.max(0, m.start - 2), m.start))
        ),
    );
  const latestOther = (y: YearToken) => Math.max(-Infinity, ...years.filter((o) => o !== y).map((o) => o.year));
  for (const y of free()) {
    const d = deadlines.find((m) => m.end <= y.start && y.start - m.end <= 1 + (m.term === "到" || m.term === "至" ? 0 : 1));
    // Without the text's date, a deadline is a year later than any other in the sentence.
    if (d && (date === null ? y.year > latestOther(y) : y.year > date.year)) {
      y.used = true;
      exprs.push({ start: d.start, end: y.end, period: null, span: false, base: false, deadline: true, resolvedFrom: null });
    }
  }
  // Remaining years and relative years are points.
  for (const y of free())
    exprs.push({ start: y.start, end: y.end, period: String(y.year), span: false, base: false, deadline: false, resolvedFrom: null });
  for (const r of relatives) {
    if (r.used) continue;
    const { year, resolvedFrom } = relativeYearValue(r);
    exprs.push({ start: r.start, end: r.end, period: year === null ? null : String(year), span: false, base: false, deadline: false, resolvedFrom });
  }
  // Comparison bases: "compared to 2022", "over the same period last year", "上年同期", and a year
  // that names a level compared with ("three times the 2014 figure", "уровня 2014 года", "是2014年的3倍").
  const bases = M.basePeriod.findAll(s, 20);
  for (const e of exprs) {
    if (e.span || e.deadline) continue;
    if (bases.some((b) => b.end <= e.start && /^\s*(?:the\s+|in\s+|of\s+|в\s+|с\s+)?$/iu.test(s.slice(b.end, e.start)))) e.base = true;
    if (bases.some((b) => b.start >= e.end && b.start - e.end <= 1 && (b.term === "同期" || b.term === "上年同期"))) e.base = true;
    const lead = s.slice(Math.max(0, e.start - 36), e.start);
    const comparing = /(?:times|fold|twice|double|than|above|below|exceed\p{L}*|surpass\p{L}*|from|of)\s+(?:the\s+|its\s+|their\s+)?$/iu;
    if (/^(?:['’]s)?\s*(?:figures?|levels?|values?|totals?|mark)\b/iu.test(s.slice(e.end, e.end + 12)) && comparing.test(lead)) e.base = true;
    if (/(?:times|fold|twice|double|than|above|below|from)\s+(?:the\s+)?(?:level|figure)s?\s+(?:of|in)\s+$/iu.test(lead)) e.base = true;
    if (/уровн\p{L}*\s+$/iu.test(lead)) e.base = true;
    if (/^(?:年)?的[^，。,；;]{0,6}倍/u.test(s.slice(e.end, e.end + 10))) e.base = true;
  }
  // Parts of a year without their year: the year written elsewhere in the sentence (when it names
  // only one), else the context's year, else the text's date (the latest such part before it).
  if (pending.length > 0) {
    const points = exprs.filter((e) => !e.span && !e.deadline && !e.base && e.period !== null && /^\d{4}$/.test(e.period) && e.resolvedFrom === null);
    const distinct = [...new Set(points.map((e) => e.period))];
    for (const part of pending) {
      let year: number | null = null;
      let resolvedFrom: string | null = null;
      let start = part.start;
      let end = part.end;
      const phrase = s.slice(part.start, part.end);
      if (distinct.length === 1 && points[0]) {
        year = Number(points[0].period);
        for (const p of points) exprs.splice(exprs.indexOf(p), 1);
        start = Math.min(start, points[0].start);
        end = Math.max(end, points[0].end);
        points.length = 0;
        distinct.length = 0;
      } else if (contextYear !== null) {
        year = contextYear;
        resolvedFrom = `'${phrase}' with the year ${contextYear} of an earlier sentence`;
      } else if (date) {
        const lastMonth = part.suffix ? lastMonthOf(part.suffix) : (part.to ?? part.from);
        year = date.month !== null && lastMonth !== null && lastMonth >= date.month ? date.year - 1 : date.year;
        resolvedFrom = `'${phrase}' with text date ${date.text}`;
      }
      const label =
        year === null
          ? null
          : part.suffix
            ? (parsePeriod(`${year}${part.suffix}`)?.period ?? null)
            : partYearLabel(year, part.from, part.to ?? part.from);
      exprs.push({ start, end, period: label, span: false, base: false, deadline: false, resolvedFrom: label === null ? null : resolvedFrom });
    }
  }
  return exprs.sort((a, b) => a.start - b.start);
}

/**
 * The latest year a text's figures can cover: the text's year, except early in a year (January to
 * March) or when the date gives no month, when the latest full year is the one before.
 */
function latestYear(date: DateInfo): number {
  return date.month === null || date.month <= 3 ? date.year - 1 : date.year;
}

/** The last month of a part-year suffix: "H1" → 6, "Q3" → 9, "M1-9" → 9. */
function lastMonthOf(suffix: string): number | null {
  const named: Record<string, number> = { H1: 6, H2: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12 };
  if (named[suffix] !== undefined) return named[suffix] ?? null;
  const m = /^M(?:\d{1,2}-)?(\d{1,2})$/.exec(suffix);
  return m ? Number(m[1]) : null;
}

function zhNumber(text: string): number | null {
  const digits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (text === "十") return 10;
  if (text.startsWith("十")) return 10 + (digits[text.slice(1)] ?? 0);
  if (text.length === 1) return digits[text] ?? null;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Sentence analysis

/** What earlier sentences of the text (a headline first) say, for sentences that leave it out. */
interface Context {
  /** Partners of the last claim sentence, or named with China (a headline). */
  partners: PartnerCode[] | null;
  /** Partners named by the latest sentence that names any, with China or not ("Kazakhstan's exports grow"). */
  named: PartnerCode[] | null;
  period: string | null;
  /** Whether an earlier sentence is about China's trade (a claim, or China with a trade word). */
  chinaTrade: boolean;
  /** The currency of the last money claim, for a bare "30,1 млрд" in a later sentence about the same trade. */
  currency: "USD" | "CNY" | null;
}

/** A context's partner when it is exactly one (a country or the region): only then may "the two countries" take it. */
function single(partners: PartnerCode[] | null): PartnerCode[] | null {
  return partners !== null && partners.length === 1 ? partners : null;
}

function yearOf(period: string | null): number | null {
  const match = period === null ? null : /^(\d{4})(?!-\d{4})/.exec(period);
  return match ? Number(match[1]) : null;
}

interface PartnerMention extends Mention<PartnerCode> {
  qualifier: boolean;
}

interface SentenceFacts {
  s: string;
  language: Language;
  clauses: [number, number][];
  parens: [number, number][];
  partners: PartnerMention[];
  regionRefs: Mention<"region">[];
  bilateral: Mention<"bilateral">[];
  china: Mention<"CHN">[];
  others: Mention<"other">[];
  flows: Mention<L.FlowCue>[];
  nonTrade: Mention<"non_trade">[];
  totalTrade: Mention<"total_trade">[];
  commodity: Mention<"commodity">[];
  targets: Mention<"target">[];
  record: Mention<"record">[];
  growth: Mention<1 | -1>[];
  share: Mention<"share">[];
  attribution: Mention<L.Attribution>[];
  ranking: Mention<"ranking">[];
  currentTime: Mention<"now">[];
  periods: PeriodExpr[];
}

/**
 * "其中哈萨克斯坦…" is "of which Kazakhstan", not "中哈" (China–Kazakhstan): the 中 of 其中, 之中, 当中,
 * 集中 … is blanked (same length, so offsets hold) before partners and China are looked for.
 */
function maskNonAbbreviations(s: string): string {
  return s.includes("中") ? s.replace(/([其之当當集空途心高程])中/gu, "$1\u3000") : s;
}

function clauseBounds(s: string): [number, number][] {
  const clauses: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const isBreak =
      ch === ";" ||
      ch === "；" ||
      ch === "，" ||
      ch === "：" ||
      ch === "(" ||
      ch === ")" ||
      ch === "（" ||
      ch === "）" ||
      (ch === ":" && !isDigit(s[i + 1])) ||
      // A comma between digits is part of a number ("1,234", "43,8").
      (ch === "," && !(isDigit(s[i - 1]) && isDigit(s[i + 1])));
    if (isBreak) {
      clauses.push([start, i]);
      start = i + 1;
    }
  }
  clauses.push([start, s.length]);
  return clauses;
}

function parenRanges(s: string): [number, number][] {
  const ranges: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "(" || ch === "（") open.push(i);
    else if ((ch === ")" || ch === "）") && open.length > 0) ranges.push([open.pop() ?? 0, i + 1]);
  }
  return ranges;
}

function gatherFacts(s: string, language: Language, date: DateInfo | null, numbers: NumberPhrase[], contextYear: number | null): SentenceFacts {
  const clauses = clauseBounds(s);
  const clauseOf = (pos: number): [number, number] => clauses.find(([a, b]) => pos >= a && pos <= b) ?? [0, s.length];
  const others = M.others.findAll(s, 100).filter((m) => {
    // "US$", "US dollars", "U.S. dollars" are a currency, not a country.
    if (m.term === "=US" || m.term === "=U.S.") return !/^\s*(?:\$|dollars?|D\b)/iu.test(s.slice(m.end, m.end + 10));
    // "долл. США" inside a figure's phrase is its currency.
    return !numbers.some((n) => m.start < n.end && m.end > n.start);
  });
  const masked = maskNonAbbreviations(s);
  const partners: PartnerMention[] = M.partners
    .findAll(masked, 200)
    .filter((m) => {
      const clash = L.AMBIGUOUS_ABBREVIATIONS[m.term];
      return clash === undefined || !s.includes(clash);
    })
    .map((m) => ({
      ...m,
      // "the largest partner of China in Central Asia": the region only locates a named country.
      qualifier:
        m.value === REGION_CODE &&
        /(?:\b(?:in|among|within|across)\s+(?:the\s+)?|(?:^|\s)(?:в|среди|во)\s+|在)$/iu.test(s.slice(Math.max(0, m.start - 10), m.start)),
    }));
  const targets = M.target.findAll(s, 50).filter((m) => !(m.term === "将" && s[m.end] === "近") && !(m.term === "將" && s[m.end] === "近"));
  return {
    s,
    language,
    clauses,
    parens: parenRanges(s),
    partners,
    regionRefs: M.regionRefs.findAll(s, 50),
    bilateral: M.bilateral.findAll(s, 50),
    china: M.china.findAll(masked, 200),
    others,
    flows: M.flows.findAll(s, 100),
    nonTrade: M.nonTrade.findAll(s, 100),
    totalTrade: M.totalTrade.findAll(s, 20),
    commodity: M.commodity.findAll(s, 50),
    targets,
    record: M.record.findAll(s, 20),
    growth: M.growth.findAll(s, 100),
    share: M.share.findAll(s, 50),
    attribution: M.attribution.findAll(s, 10),
    ranking: M.ranking.findAll(s, 20),
    currentTime: M.currentTime.findAll(s, 10),
    periods: findPeriods(s, numbers, date, clauseOf, contextYear),
  };
}

const inRange = (pos: number, [a, b]: [number, number]) => pos >= a && pos < b;

/** The innermost parentheses around a phrase, or null. */
function parenOf(f: SentenceFacts, start: number, end: number): [number, number] | null {
  let best: [number, number] | null = null;
  for (const r of f.parens) if (start > r[0] && end < r[1] && (best === null || r[0] > best[0])) best = r;
  return best;
}

function clauseIndex(f: SentenceFacts, pos: number): number {
  const index = f.clauses.findIndex(([a, b]) => pos >= a && pos <= b);
  return index < 0 ? 0 : index;
}

function inClause<T extends { start: number }>(f: SentenceFacts, items: T[], index: number): T[] {
  const bounds = f.clauses[index];
  return bounds ? items.filter((m) => inRange(m.start, bounds)) : [];
}

/**
 * The word a figure is about: the nearest before it in its clause, else the nearest after it in its
 * clause ("provided $2bn in loans"), else the nearest before it in the sentence, else after it.
 */
function nearestTopic<T extends { start: number; end: number }>(f: SentenceFacts, items: T[], pos: number, end: number): T | null {
  const clause = f.clauses[clauseIndex(f, pos)] ?? [0, f.s.length];
  const before = items.filter((m) => m.end <= pos);
  const after = items.filter((m) => m.start >= end).sort((a, b) => a.start - b.start);
  const last = (list: T[]) => list.reduce<T | null>((best, m) => (best === null || m.end > best.end ? m : best), null);
  return last(before.filter((m) => m.start >= clause[0])) ?? after.find((m) => m.start < clause[1]) ?? last(before) ?? after[0] ?? null;
}

function isTargetClause(f: SentenceFacts, pos: number, end: number): boolean {
  const [a, b] = f.clauses[clauseIndex(f, pos)] ?? [0, f.s.length];
  if (f.targets.some((m) => m.start >= a && m.end <= pos)) return true;
  // A deadline year in the clause ("to $40bn by 2030") or right after the figure.
  return f.periods.some((e) => e.deadline && ((e.start >= a && e.start < b) || (e.start >= end && e.start - end <= 20)));
}

function clauseHasTarget(f: SentenceFacts, pos: number): boolean {
  const [a, b] = f.clauses[clauseIndex(f, pos)] ?? [0, f.s.length];
  return f.targets.some((m) => m.start >= a && m.start < b) || f.periods.some((e) => e.deadline && e.start >= a && e.start < b);
}

/** Partner codes of a set of mentions: all five named is the region; a region that only locates a country gives way to it. */
function combinePartners(f: SentenceFacts, mentions: PartnerMention[], pos: number): PartnerCode[] {
  const specific: PartnerCode[] = [];
  for (const m of mentions) if (m.value !== REGION_CODE && !specific.includes(m.value)) specific.push(m.value);
  const regions = mentions.filter((m) => m.value === REGION_CODE);
  if (specific.length === CENTRAL_ASIA.length) return [REGION_CODE];
  if (specific.length === 0) return regions.length > 0 ? [REGION_CODE] : [];
  const free = regions.filter((m) => !m.qualifier);
  if (free.length > 0 && f.bilateral.length === 0) {
    const distance = (m: PartnerMention) => (m.end <= pos ? pos - m.end : m.start - pos);
    const nearest = mentions.reduce((best, m) => (distance(m) < distance(best) ? m : best));
    if (nearest.value === REGION_CODE) return [REGION_CODE];
  }
  return specific.sort((a, b) => CENTRAL_ASIA.indexOf(a as (typeof CENTRAL_ASIA)[number]) - CENTRAL_ASIA.indexOf(b as (typeof CENTRAL_ASIA)[number]));
}

const LIST_ITEM_GAP =
  /^[\s:：–—-]*[(（]?\s*(?:(?:at|with|с|со|为|為|达|達)\s*)?(?:(?:about|around|nearly|almost|over|more than|около|почти|более|свыше|примерно|约|近|超过)\s*)?$/iu;

/** Partners named in the figure's clause, else the nearest clause before it that names one, else after. */
function partnersFor(f: SentenceFacts, pos: number, share: boolean): PartnerCode[] {
  let mentions = f.partners;
  if (share) {
    // "China accounted for 65% of Turkmenistan's trade": a partner after a share is its denominator,
    // which is the claim's partner only when none comes before.
    const before = mentions.filter((m) => m.end <= pos);
    if (before.length > 0) mentions = before;
  }
  if (mentions.length === 0) return [];
  // A list item: the name right before the figure ("Кыргызстан — 22,7 млрд", "Uzbekistan ($13.7 billion",
  // "哈萨克斯坦410亿美元") is its partner, whatever else the clause names.
  const item = mentions.find((m) => m.end <= pos && pos - m.end <= 16 && LIST_ITEM_GAP.test(f.s.slice(m.end, pos)) && m.value !== REGION_CODE);
  if (item) return [item.value];
  const own = clauseIndex(f, pos);
  const order: number[] = [own];
  for (let i = own - 1; i >= 0; i--) order.push(i);
  for (let i = own + 1; i < f.clauses.length; i++) order.push(i);
  for (const index of order) {
    const found = inClause(f, mentions, index);
    if (found.length === 0) continue;
    // "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan": commas in a list of names do not end the clause.
    let first = index;
    let last = index;
    while (first > 0 && listJoint(f, mentions, first - 1, first)) first--;
    while (last + 1 < f.clauses.length && listJoint(f, mentions, last, last + 1)) last++;
    const list: PartnerMention[] = [];
    for (let i = first; i <= last; i++) list.push(...inClause(f, mentions, i));
    return combinePartners(f, list, pos);
  }
  return [];
}

/** Whether clause `a` ends with a partner's name and clause `b` (the next) starts with one. */
function listJoint(f: SentenceFacts, mentions: PartnerMention[], a: number, b: number): boolean {
  const first = f.clauses[a];
  const second = f.clauses[b];
  if (!first || !second) return false;
  const endsWithName = mentions.some((m) => m.start >= first[0] && m.end <= first[1] && /^[\s–—-]*$/u.test(f.s.slice(m.end, first[1])));
  const startsWithName = mentions.some(
    (m) => m.start >= second[0] && m.start < second[1] && /^\s*(?:and\s+|и\s+|和|与|與)?$/u.test(f.s.slice(second[0], m.start)),
  );
  return endsWithName && startsWithName;
}

type Side = "CHN" | "partner";

interface FlowState {
  subject: Side | null;
}

function sideOf(f: SentenceFacts, start: number): Side | null {
  if (f.china.some((m) => m.start === start)) return "CHN";
  if (f.partners.some((m) => m.start === start) || f.regionRefs.some((m) => m.start === start)) return "partner";
  return null;
}

/** Flow on China's side for a figure: the nearest flow word, and who exports. */
function flowFor(f: SentenceFacts, pos: number, end: number, state: FlowState): { flow: Flow; cue: Mention<L.FlowCue> | null } {
  const cue = nearestTopic(f, f.flows, pos, end);
  if (!cue || cue.value === "turnover" || cue.value === "china_exports" || cue.value === "china_imports") {
    return { flow: cue && cue.value !== "exports" && cue.value !== "imports" ? cue.value : "turnover", cue };
  }
  const exportsCue = cue.value === "exports";
  const countries = [...f.china.map((m) => m.start), ...f.partners.map((m) => m.start), ...f.regionRefs.map((m) => m.start)].sort((a, b) => a - b);
  const endOf = (start: number) =>
    f.china.find((m) => m.start === start)?.end ??
    f.partners.find((m) => m.start === start)?.end ??
    f.regionRefs.find((m) => m.start === start)?.end ??
    start;
  const clause = f.clauses[clauseIndex(f, cue.start)] ?? [0, f.s.length];
  let exporter: Side | null = null;
  let subject: Side | null = null;

  // A country right after the flow word: "exports to China", "imports from China", "экспорт Казахстана в Китай".
  const after = countries.find((start) => start >= cue.end && start - cue.end <= 30 && start < clause[1]);
  // A country right before it: "China's exports", "Kazakh exports", "自中亚进口", "对中国的出口".
  const before = [...countries].reverse().find((start) => endOf(start) <= cue.start && cue.start - endOf(start) <= 4 && start >= clause[0]);
  if (before !== undefined) {
    const side = sideOf(f, before);
    const word = f.s.slice(before, endOf(before));
    const prep = f.s.slice(Math.max(0, before - 1), before);
    const gap = f.s.slice(endOf(before), cue.start);
    // 对/向 X: X is the destination ("对中国的出口", "对华出口"); 自/从 X: X is the origin ("自中亚进口").
    const destination = /[对對向]$/u.test(prep) || word === "对华" || word === "對華";
    if (side && destination) exporter = exportsCue ? other(side) : side;
    else if (side && /[自从從由]$/u.test(prep)) exporter = side;
    else if (side && /^(?:['’]s|\s|-|的)*$/u.test(gap)) subject = side;
  }
  if (exporter === null && subject === null && after !== undefined) {
    const side = sideOf(f, after);
    const gap = f.s.slice(cue.end, after).toLowerCase();
    // "to X" names where goods go, "from X" where they come from, whichever the flow word.
    if (side && /(?:^|\s)(?:to|into|в|во|на)(?:\s|$)/u.test(gap)) exporter = other(side);
    else if (side && /(?:^|\s)(?:from|из|от)(?:\s|$)/u.test(gap)) exporter = side;
    // Russian genitive: "экспорт Казахстана" is Kazakhstan's exports.
    else if (side && /^\s*$/u.test(gap) && f.language === "ru") subject = side;
  }
  if (exporter === null && subject === null) subject = state.subject;
  if (exporter === null && subject === null) {
    // The nearest country before the flow word is the one whose exports or imports these are.
    const prior = [...countries].reverse().find((start) => endOf(start) <= cue.start);
    subject = prior !== undefined ? sideOf(f, prior) : null;
  }
  if (exporter === null && subject === null) subject = "CHN";
  if (exporter === null && subject !== null) exporter = exportsCue ? subject : other(subject);
  state.subject = subject ?? (exportsCue ? exporter : other(exporter ?? "CHN"));
  return { flow: exporter === "CHN" ? "china_exports" : "china_imports", cue };
}

/** Whether China is the destination or origin of an export/import word: "exports to China", "импорт из Китая", "对华出口". */
function chinaIsCounterpart(f: SentenceFacts, cue: Mention<L.FlowCue>): boolean {
  if (cue.value === "turnover") {
    // "trade with China", "товарооборот с Китаем", "与中国的贸易", "对华贸易".
    const after = f.china.find((m) => m.start >= cue.end && m.start - cue.end <= 30);
    if (after && /(?:^|\s)(?:with|с|со)\s(?:\S+\s)?$/iu.test(f.s.slice(cue.end, after.start))) return true;
    const before = f.china.find((m) => m.end <= cue.start && cue.start - m.end <= 4);
    return (
      before !== undefined &&
      (before.term === "对华" || before.term === "對華" || /[与與同和跟对對]$/u.test(f.s.slice(Math.max(0, before.start - 1), before.start)))
    );
  }
  if (cue.value !== "exports" && cue.value !== "imports") return false;
  const after = f.china.find((m) => m.start >= cue.end && m.start - cue.end <= 30);
  if (after && /(?:^|\s)(?:to|into|from|в|во|из|на)\s(?:\S+\s)?$/iu.test(f.s.slice(cue.end, after.start))) return true;
  const before = f.china.find((m) => m.end <= cue.start && cue.start - m.end <= 4);
  return (
    before !== undefined &&
    (before.term === "对华" || before.term === "對華" || /[对對向自从從由]$/u.test(f.s.slice(Math.max(0, before.start - 1), before.start)))
  );
}

function other(side: Side): Side {
  return side === "CHN" ? "partner" : "CHN";
}

function comparatorCue(f: SentenceFacts, phraseStart: number): { kind: "more" | "less" | "hedge"; text: string } | null {
  const clause = f.clauses[clauseIndex(f, phraseStart)] ?? [0, f.s.length];
  const from = Math.max(clause[0], phraseStart - 40);
  const slice = f.s.slice(from, phraseStart);
  const cues = M.comparatorCue.findAll(slice, 20);
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    if (cue && FILLER_AFTER_CUE.test(slice.slice(cue.end))) return { kind: cue.value.kind, text: slice.slice(cue.start, cue.end) };
  }
  return null;
}

/** Whether another country (not China or a partner) is the nearest country to the figure in its clause. */
function aboutOtherCountry(f: SentenceFacts, pos: number): boolean {
  const index = clauseIndex(f, pos);
  const others = inClause(f, f.others, index);
  if (others.length === 0) return false;
  const ours = [...inClause(f, f.china, index), ...inClause(f, f.partners, index)];
  if (ours.length === 0) return true;
  const distance = (m: { start: number; end: number }) => (m.end <= pos ? pos - m.end : m.start - pos);
  return Math.min(...others.map(distance)) < Math.min(...ours.map(distance));
}

interface Draft {
  phraseStart: number;
  phraseEnd: number;
  kind: "money" | "growth" | "share" | "multiple";
  role: "from" | "to" | null;
  inParen: boolean;
  assertion: ExtractedAssertion;
}

function periodFor(f: SentenceFacts, pos: number, end: number, draft: Pick<Draft, "kind" | "role">): PeriodExpr | null {
  const usable = f.periods.filter((e) => !e.deadline && !e.base);
  if (draft.kind === "growth" || draft.kind === "multiple") {
    const span = usable.find((e) => e.span);
    if (span) return span;
  }
  const own = clauseIndex(f, pos);
  const distance = (e: PeriodExpr) => {
    if (e.start >= end) {
      // "$31.2bn in 2022", "286.42 billion yuan in 2013": a year right after the figure belongs to it.
      const gap = f.s.slice(end, e.start);
      return /^\s*(?:in|for|in the year|в|за|по итогам)?\s*$/iu.test(gap) ? 0 : e.start - end;
    }
    return pos - e.end;
  };
  const points = usable.filter((e) => !e.span);
  const sameClause = points.filter((e) => clauseIndex(f, e.start) === own);
  const pool = sameClause.length > 0 ? sameClause : points;
  const best = pool.reduce<PeriodExpr | null>((b, e) => (b === null || distance(e) < distance(b) ? e : b), null);
  if (best) return best;
  const span = usable.find((e) => e.span && e.from && e.to);
  if (span && draft.role) return { ...span, period: draft.role === "from" ? (span.from ?? null) : (span.to ?? null), span: false };
  return span ?? null;
}

function roleOf(f: SentenceFacts, phraseStart: number): "from" | "to" | null {
  const clause = f.clauses[clauseIndex(f, phraseStart)] ?? [0, f.s.length];
  const before = f.s.slice(Math.max(clause[0], phraseStart - 24), phraseStart).toLowerCase();
  const stripped = before.replace(
    /(?:about|around|approximately|nearly|almost|more than|over|some|около|почти|более|свыше|примерно|约|近|超过)\s*$/u,
    "",
  );
  if (/(?:^|\s)(?:from|с|от)\s*$/u.test(stripped) || /[从從由]$/u.test(stripped)) return "from";
  if (/(?:^|\s)(?:to|до)\s*$/u.test(stripped) || /(?:增至|增长到|增加到|升至|达到)$/u.test(stripped)) return "to";
  return null;
}

interface SentenceResult {
  drafts: Draft[];
  /** Partners named with China in a sentence without a claim (a headline): context for the next sentences. */
  topicPartners: PartnerCode[] | null;
  topicPeriod: string | null;
  /** Partners the sentence names at all, with China or not. */
  named: PartnerCode[] | null;
  /** Whether the sentence is about China's trade: a claim, or China (or a Chinese text) with a trade word. */
  chinaTrade: boolean;
}

const NO_RESULT: SentenceResult = { drafts: [], topicPartners: null, topicPeriod: null, named: null, chinaTrade: false };
const ANY_LETTER = /[A-Za-z\u00C0-\u024F\u0400-\u052F\u3400-\u9fff\uf900-\ufaff]/;

/** The partner codes a set of mentions names: the specific countries, or the region (also when all five are named). */
function namedCodes(mentions: Mention<PartnerCode>[]): PartnerCode[] | null {
  if (mentions.length === 0) return null;
  const specific = [...new Set(mentions.map((m) => m.value).filter((p) => p !== REGION_CODE))];
  return (specific.length === 0 || specific.length === CENTRAL_ASIA.length ? [REGION_CODE] : specific) as PartnerCode[];
}

function unambiguous(s: string, mentions: Mention<PartnerCode>[]): Mention<PartnerCode>[] {
  return mentions.filter((m) => {
    const clash = L.AMBIGUOUS_ABBREVIATIONS[m.term];
    return clash === undefined || !s.includes(clash);
  });
}

/** Leaders named in a sentence ("Токаев", "Xi Jinping"): the partners they stand for, and whether China's is among them. */
function leaderMentions(s: string): { partners: PartnerCode[] | null; china: boolean } {
  const found = M.leaders.findAll(s, 20);
  if (found.length === 0) return { partners: null, china: false };
  const partners = found.filter((m): m is Mention<PartnerCode> => m.value !== "CHN");
  return { partners: namedCodes(partners), china: found.length > partners.length };
}

/** A sentence without figures only matters as context: the partners it names, and whether it is about China's trade. */
function topicOnly(s: string, language: Language): SentenceResult {
  const masked = maskNonAbbreviations(s);
  const leaders = leaderMentions(s);
  const named = namedCodes(unambiguous(s, M.partners.findAll(masked, 200))) ?? leaders.partners;
  const china = M.china.findAll(masked, 1).length > 0 || leaders.china || (language === "zh" && M.others.findAll(s, 1).length === 0);
  const chinaTrade = china && M.flows.findAll(s, 1).length > 0;
  if (named === null) return { ...NO_RESULT, chinaTrade };
  return { drafts: [], topicPartners: china ? named : null, topicPeriod: null, named, chinaTrade };
}

const HEDGE_EN = "(?:(?:about|around|nearly|almost|some|roughly|approximately|more\\s+than|over|just\\s+over|an\\s+estimated)\\s+)?";
const HEDGE_RU = "(?:(?:почти|около|более|свыше|примерно|порядка)\\s+)?";
const CHANGE_BEFORE_EN = new RegExp(
  `(?:(?:grew|grow(?:s|n)?|increas[a-z]*|rose|risen|rises?|jump[a-z]*|climb[a-z]*|gain[a-z]*|expand[a-z]*|surg[a-z]*|fell|falls?|fallen|decreas[a-z]*|declin[a-z]*|drop[a-z]*|shr[au]nk|contract[a-z]*|up|down)\\s+by|(?:increase|rise|growth|gain|jump|decline|drop|fall|decrease)\\s+of|(?:^|\\s)(?:up|down)|\\b(?:added|gained))\\s+${HEDGE_EN}$`,
  "iu",
);
const CHANGE_BY = new RegExp(`(?:^|\\s)(?:by|на)\\s+${HEDGE_EN}${HEDGE_RU}$`, "iu");
const CHANGE_BEFORE_RU = new RegExp(
  `(?:(?:вырос|возрос|увелич|сократ|сниз|уменьш|упал|прибав|повыс|рост|прирост|сокращени|снижени)\\p{L}*\\s+(?:(?:почти|примерно|около|более\\s+чем)\\s+)?на\\s+|прирост\\p{L}*\\s+(?:состав\\p{L}*\\s+|в\\s+)|(?:прибав|добав)\\p{L}*\\s+)${HEDGE_RU}$`,
  "iu",
);
const CHANGE_BEFORE_ZH = /(?:增加|增长|增長|减少|減少|下降|增多|扩大|擴大|多出|增量)了?(?:约|約|近|超过|超過)?$/u;

/** Money written as a change of level ("rose by $5.4 billion", "a $5.4 billion increase", "увеличился на $2 млрд", "增加54亿美元"). */
function isAbsoluteChange(f: SentenceFacts, n: NumberPhrase): boolean {
  const [a, b] = f.clauses[clauseIndex(f, n.start)] ?? [0, f.s.length];
  const before = f.s.slice(Math.max(a, n.start - 48), n.start);
  if (CHANGE_BEFORE_EN.test(before) || CHANGE_BEFORE_RU.test(before) || CHANGE_BEFORE_ZH.test(before)) return true;
  // "by $2 billion" / "на 2 млрд" after a growth word earlier in the clause ("increased in 2024 by $2 billion").
  if (CHANGE_BY.test(before) && f.growth.some((g) => g.start >= a && g.end <= n.start)) return true;
  const after = f.s.slice(n.end, Math.min(b, n.end + 24));
  const noun = M.changeNoun.findAll(after, 2)[0];
  return noun !== undefined && /^\s*$/u.test(after.slice(0, noun.start));
}

function analyseSentence(s: string, language: Language, date: DateInfo | null, context: Context): SentenceResult {
  // Fast paths keep hostile input (100,000 one-character "sentences") cheap.
  if (!ANY_LETTER.test(s)) return NO_RESULT;
  if (!/[0-9]/.test(s) && M.multipleWord.findAll(s, 1).length === 0 && M.multipleFactor.findAll(s, 1).length === 0) return topicOnly(s, language);
  const numbers = scanNumbers(s, language);
  const f = gatherFacts(s, language, date, numbers, yearOf(context.period));
  const namedPartners = f.partners.length > 0;
  const chinaNamed = f.china.length > 0;
  const chinaImplied = chinaNamed || (language === "zh" && f.others.length === 0);
  const named = namedCodes(f.partners);
  const topic = (): SentenceResult => {
    const resolved = f.periods.filter((e) => !e.deadline && !e.base && !e.span && e.period !== null);
    // A headline that names leaders rather than countries ("Мирзиёев и Си Цзиньпин обсудили торговлю").
    const leaders = namedPartners ? null : leaderMentions(s);
    const leaderPartners = leaders !== null && (chinaImplied || leaders.china) ? leaders.partners : null;
    return {
      drafts: [],
      topicPartners: namedPartners && chinaImplied ? combinePartners(f, f.partners, s.length) : leaderPartners,
      topicPeriod: resolved.length === 1 ? (resolved[0]?.period ?? null) : null,
      named: named ?? leaders?.partners ?? null,
      chinaTrade: (chinaImplied || leaders?.china === true) && f.flows.length > 0,
    };
  };
  const words = M.multipleWord.findAll(s, 20);
  const factors = M.multipleFactor.findAll(s, 20);
  const figures = numbers.filter((n) => n.kind !== "plain");
  if (figures.length === 0 && words.length === 0 && factors.length === 0) return topic();
  // One province, port or transport mode: not a national total.
  if (M.subnational.findAll(s, 1).length > 0 || M.transport.findAll(s, 1).length > 0) return topic();

  const anaphora = f.bilateral.length > 0 || f.regionRefs.length > 0;
  // A ranking or volume frame without a trade word ("Лидером по объёмам стал Казахстан — 30,1 млрд",
  // "followed by Uzbekistan ($13.7 billion)") is trade when the context is China's trade, or when the
  // sentence names China and a partner.
  const rankingFrame = f.ranking.length > 0 && namedPartners && (context.chinaTrade || chinaNamed);
  // A turnover figure that names no country at all ("Trade turnover reached $5.3 billion"), in a text
  // about China's trade with one partner, is that trade.
  const bareTurnover =
    !namedPartners &&
    !chinaNamed &&
    f.others.length === 0 &&
    language !== "zh" &&
    context.chinaTrade &&
    single(context.partners) !== null &&
    f.flows.some((m) => m.value === "turnover") &&
    !/\b(?:total|overall|entire|foreign|external|world|global|countries|partners|its|country['’]s)\b|(?:^|[^\p{L}])(?:общ(?:ий|его|ем|им)|совокупн\p{L}*|внешн\p{L}*|всего|стран\p{L}*|мир\p{L}*|партн[её]р\p{L}*)(?![\p{L}])/iu.test(
      s,
    );
  // China must be a side: named, implied by a Chinese-language text that names no other country,
  // or carried by "the two countries" / "these countries" / a ranking frame from an earlier sentence about China.
  const chinaSide = chinaImplied || (anaphora && context.partners !== null) || rankingFrame || bareTurnover;
  if (!chinaSide) return topic();

  const attribution = f.attribution[0] ?? null;
  const recordOk = f.record.filter((m) => !clauseHasTarget(f, m.start));
  const flowState: FlowState = { subject: null };
  const drafts: Draft[] = [];
  // "today", "сейчас", "如今" without a year: the figure is not dated by an earlier sentence.
  const saysNow = f.currentTime.length > 0;

  let partnerRef: boolean | null = null;
  const resolvePartners = (
    pos: number,
    end: number,
    share: boolean,
    flowCue: Mention<L.FlowCue> | null,
  ): { partners: PartnerCode[]; inherited: boolean } => {
    const own = partnersFor(f, pos, share);
    if (own.length > 0) return { partners: own, inherited: false };
    // "exports to China" / "imports from China" / "trade with China" name China as the other side, so the
    // partner is the one under discussion (named by an earlier sentence, with China or not); "China's
    // exports" may be to the whole world.
    const directional = flowCue !== null && chinaIsCounterpart(f, flowCue);
    const fromContext = single(context.partners);
    if ((anaphora || language === "zh" || bareTurnover) && fromContext !== null) return { partners: fromContext, inherited: true };
    const fromNamed = single(context.named) ?? fromContext;
    // "China is the country's largest trading partner": the country is the one named before.
    partnerRef ??= chinaNamed && M.partnerRef.findAll(s, 1).length > 0;
    if ((directional || partnerRef) && fromNamed !== null) return { partners: fromNamed, inherited: true };
    if (f.regionRefs.length > 0 && chinaNamed) return { partners: [REGION_CODE], inherited: false };
    return { partners: [], inherited: false };
  };

  const rankingCues: Mention<L.FlowCue>[] = rankingFrame ? f.ranking.map((m) => ({ ...m, value: "turnover" as const })) : [];
  // A ranking frame stands for trade before money figures (and a list item's share beside one), not before any percentage.
  const topicOk = (pos: number, end: number, allowTotalTrade: boolean, ranking = true): Mention<L.FlowCue> | null => {
    const topics: Mention<string>[] = [...f.flows, ...f.nonTrade, ...(ranking ? rankingCues : [])];
    const nearest = nearestTopic(f, topics, pos, end);
    if (!nearest || f.nonTrade.includes(nearest as Mention<"non_trade">)) return null;
    // A ranking word is weaker than a topic: "GDP … followed by Uzbekistan ($100 billion)" is not trade.
    if (rankingCues.includes(nearest as Mention<L.FlowCue>) && f.nonTrade.some((m) => m.start < end)) return null;
    const cue = nearest as Mention<L.FlowCue>;
    if (!allowTotalTrade) {
      const [a, b] = f.clauses[clauseIndex(f, pos)] ?? [0, s.length];
      const total = f.totalTrade.filter((m) => m.start >= a && m.start < b);
      // "foreign trade turnover with China" is bilateral; "with the outside world" is not.
      if (total.some((m) => language === "zh" || !f.china.some((c) => c.start > m.start && c.start < b))) return null;
    }
    // A commodity named next to the flow word ("gas exports", "экспорт чая"), or between it and the figure
    // in the flow word's or the figure's clause: a slice of trade, not its total.
    const cueClause = clauseIndex(f, cue.start);
    const ownClause = clauseIndex(f, pos);
    const sliced = f.commodity.some(
      (m) =>
        (m.start >= cue.start - 14 && m.start <= cue.end + 12) ||
        (m.start >= cue.end && m.end <= pos && (clauseIndex(f, m.start) === cueClause || clauseIndex(f, m.start) === ownClause)) ||
        // "agricultural products worth $1.2 billion", "农产品12亿美元": the goods right before the figure.
        (m.end <= pos && pos - m.end <= 24 && clauseIndex(f, m.start) === ownClause),
    );
    if (sliced) return null;
    return cue;
  };

  const finish = (draft: Draft, pos: number, end: number, share: boolean, cue: Mention<L.FlowCue> | null): Draft | null => {
    // China must come before the figure or in its clause: in "Kazakhstan's trade turnover was $140bn, of
    // which China's share was 20%", the $140bn is not China's.
    if (chinaNamed && language !== "zh" && !f.china.some((m) => m.start < pos || clauseIndex(f, m.start) === clauseIndex(f, pos))) return null;
    const { partners, inherited } = resolvePartners(pos, end, share, cue);
    if (partners.length === 0) return null;
    const a = draft.assertion;
    a.partners = partners;
    if (inherited) a.inherited.push("partners");
    a.flow = flowFor(f, pos, end, flowState).flow;
    const period = periodFor(f, pos, end, draft);
    if (period) {
      a.period = period.period;
      a.periodResolvedFrom = period.resolvedFrom;
    } else if (context.period !== null && !saysNow) {
      a.period = context.period;
      a.inherited.push("period");
    }
    if (attribution) {
      a.attribution = attribution.value;
      a.attributionText = s.slice(attribution.start, attribution.end);
    }
    return draft;
  };

  // Money figures.
  let lastCurrency: L.Currency | null = null;
  for (const n of numbers) {
    if (n.kind !== "money") continue;
    let currency = n.currency;
    if (currency === null && lastCurrency !== null && n.scale !== null) {
      // "from about US$ 1 billion to more than 3 billion", "…до 40 млрд долларов, сейчас … 31,5 миллиард":
      // a bare scale takes the currency of an earlier figure in the sentence.
      currency = lastCurrency;
    } else if (currency === null && n.scale !== null && n.scale >= 1e6 && context.chinaTrade && context.currency !== null && language !== "zh") {
      // "на втором месте Узбекистан — 13,7 млрд" after a sentence in dollars: the same currency.
      currency = context.currency;
    } else if (
      currency === null &&
      n.scale !== null &&
      n.scale >= 1e9 &&
      language === "ru" &&
      chinaNamed &&
      namedPartners &&
      f.flows.some((m) => m.value === "turnover")
    ) {
      // "товарооборот с Китаем у Кыргызстана составил 19,8 млрд": Russian reports of turnover with
      // China give billions in dollars, and leave the currency out once the topic is clear.
      currency = "USD";
    }
    if (n.currency !== null) lastCurrency = n.currency;
    if (currency === null || currency === "OTHER") continue;
    const value = n.number * (n.scale ?? 1);
    if (value < MIN_TRADE_VALUE || value > MAX_TRADE_VALUE) continue;
    if (isTargetClause(f, n.start, n.end)) continue;
    if (aboutOtherCountry(f, n.start)) continue;
    // A change of level is not a level: "rose by $5.4 billion" says nothing of the total.
    if (isAbsoluteChange(f, n)) continue;
    const cue = topicOk(n.start, n.end, false);
    if (!cue) continue;
    const comparator = comparatorCue(f, n.start);
    const inParen = f.parens.some((r) => n.start > r[0] && n.end < r[1]);
    const role = roleOf(f, n.start);
    const a = emptyAssertion();
    a.value = Number(value.toPrecision(12));
    a.currency = currency;
    a.precision = precisionOf(n);
    a.range = n.range && n.scale ? [n.range[0] * n.scale, n.range[1] * n.scale] : null;
    const more = comparator?.kind === "more" || n.moreSuffix || n.afterCue === "more";
    const less = comparator?.kind === "less";
    if (comparator?.kind === "hedge") a.hedge = comparator.text;
    else if (n.afterCue === "hedge") a.hedge = "左右";
    a.record = recordOk.length > 0 && !inParen && role !== "from";
    a.comparator = more ? "more_than" : less ? "less_than" : a.record ? "record" : "approximately";
    const draft = finish({ phraseStart: n.start, phraseEnd: n.end, kind: "money", role, inParen, assertion: a }, n.start, n.end, false, cue);
    if (draft) drafts.push(draft);
  }

  // Percentages: growth or share.
  const growths: { n: NumberPhrase; pct: number; hedge: string | null }[] = [];
  for (const n of numbers) {
    if (n.kind !== "percent") continue;
    const index = clauseIndex(f, n.start);
    const [ca, cb] = f.clauses[index] ?? [0, s.length];
    const near = <T>(items: Mention<T>[]) =>
      items
        .filter((m) => m.start >= ca && m.start < cb && (m.end <= n.start ? n.start - m.end <= 60 : m.start >= n.end && m.start - n.end <= 40))
        .map((m) => ({ m, d: m.end <= n.start ? n.start - m.end : m.start - n.end }))
        .sort((x, y) => x.d - y.d)[0] ?? null;
    let growth = near(f.growth);
    // "grew by $2.5 billion, or 20%, to …": an appositive rate takes the growth word of the clause before.
    if (growth === null && index > 0 && /^\s*(?:or|или|即|或)\s*$/iu.test(s.slice(ca, n.start))) {
      const [pa, pb] = f.clauses[index - 1] ?? [0, 0];
      const previous = f.growth.filter((m) => m.start >= pa && m.end <= pb).pop();
      if (previous) growth = { m: previous, d: n.start - previous.end };
    }
    const share = near(f.share);
    const ofAfter = /^\s*(?:of|от|из)\s/iu.test(s.slice(n.end, n.end + 5));
    // "China's share … rose to 20%": a level reached, not a growth rate.
    const toLevel =
      /(?:\bto|\sдо|至|到)\s*$/iu.test(s.slice(Math.max(ca, n.start - 6), n.start)) && f.share.some((m) => m.start >= ca && m.start < cb);
    // "followed by Uzbekistan ($13.7 billion, 14.5 percent)": a bare percentage beside a money figure in
    // parentheses is that partner's share.
    const paren = parenOf(f, n.start, n.end);
    const listShare =
      paren !== null &&
      growth === null &&
      !/[+\-−]\s*$/u.test(s.slice(Math.max(paren[0], n.start - 2), n.start)) &&
      numbers.some((m) => m.kind === "money" && m.start > paren[0] && m.end < paren[1]);
    const isShare = listShare || (share !== null && (growth === null || share.d < growth.d || ofAfter || toLevel));
    if (!isShare && growth === null) continue;
    if (isTargetClause(f, n.start, n.end)) continue;
    if (aboutOtherCountry(f, n.start)) continue;
    const cue = topicOk(n.start, n.end, true, listShare);
    if (!cue) continue;
    const comparator = comparatorCue(f, n.start);
    if (isShare) {
      const a = emptyAssertion();
      a.comparator = "share_pct";
      a.sharePct = n.number;
      a.range = n.range;
      a.hedge = comparator?.text ?? null;
      const draft = finish(
        { phraseStart: n.start, phraseEnd: n.end, kind: "share", role: null, inParen: false, assertion: a },
        n.start,
        n.end,
        true,
        cue,
      );
      if (draft) drafts.push(draft);
    } else if (growth) {
      growths.push({ n, pct: n.number * growth.m.value, hedge: comparator?.text ?? null });
    }
  }

  // Multiples: "doubled", "100 times", "в 6 раз", "60多倍".
  const multiples: { start: number; end: number; multiple: number; hedge: string | null }[] = [];
  for (const n of numbers) {
    if (n.kind === "multiple")
      multiples.push({ start: n.start, end: n.end, multiple: n.number, hedge: n.moreSuffix ? "多" : (comparatorCue(f, n.start)?.text ?? null) });
  }
  for (const w of words) multiples.push({ start: w.start, end: w.end, multiple: w.value, hedge: comparatorCue(f, w.start)?.text ?? null });
  // "twice", "five times", "в шесть раз", "三倍": growth only beside a growth or comparison word; after a fall, the inverse.
  for (const w of factors) {
    if (multiples.some((x) => w.start < x.end && w.end > x.start)) continue;
    const [ca, cb] = f.clauses[clauseIndex(f, w.start)] ?? [0, s.length];
    const growth = f.growth
      .filter((g) => g.start >= ca && g.start < cb && (g.end <= w.start ? w.start - g.end <= 40 : g.start - w.end <= 20))
      .sort((x, y) => Math.abs(x.start - w.start) - Math.abs(y.start - w.start))[0];
    const before = s.slice(Math.max(ca, w.start - 12), w.start);
    const compared = /是/u.test(before) || M.factorComparison.findAll(s.slice(w.end, Math.min(cb, w.end + 30)), 4).some((m) => m.term !== "是");
    if (!growth && !compared) continue;
    const multiple = growth && growth.value < 0 ? Number((1 / w.value).toPrecision(6)) : w.value;
    multiples.push({ start: w.start, end: w.end, multiple, hedge: comparatorCue(f, w.start)?.text ?? null });
  }

  // A growth rate belongs to the nearest money figure that is not a "from" base; without one it is its own claim.
  const moneyDrafts = drafts.filter((d) => d.kind === "money" && d.role !== "from" && !d.inParen);
  // Nearest by the gap between the two phrases, same clause first; a figure takes one growth rate.
  const attach = (start: number, end: number, taken: (d: Draft) => boolean): Draft | null => {
    // Inside parentheses, a rate belongs to the figure beside it: "Uzbekistan ($13.7 billion, up 12%)".
    const paren = parenOf(f, start, end);
    if (paren) {
      const beside = drafts.find((d) => d.kind === "money" && d.phraseStart > paren[0] && d.phraseEnd < paren[1] && !taken(d));
      if (beside) return beside;
    }
    const own = clauseIndex(f, start);
    const gap = (d: Draft) => (d.phraseEnd <= start ? start - d.phraseEnd : d.phraseStart - end) + (clauseIndex(f, d.phraseStart) === own ? 0 : 1000);
    const free = moneyDrafts.filter((d) => !taken(d)).sort((x, y) => gap(x) - gap(y));
    return free[0] ?? (moneyDrafts.length > 0 ? (moneyDrafts[0] ?? null) : null);
  };
  for (const g of growths) {
    const host = attach(g.n.start, g.n.end, (d) => d.assertion.growthPct !== null);
    if (host) {
      if (host.assertion.growthPct === null) host.assertion.growthPct = g.pct;
      continue;
    }
    const a = emptyAssertion();
    a.comparator = "growth_pct";
    a.growthPct = g.pct;
    a.range = g.n.range;
    a.hedge = g.hedge;
    a.record = recordOk.length > 0;
    const cue = topicOk(g.n.start, g.n.end, true, false);
    const draft = finish(
      { phraseStart: g.n.start, phraseEnd: g.n.end, kind: "growth", role: null, inParen: false, assertion: a },
      g.n.start,
      g.n.end,
      false,
      cue,
    );
    if (draft) drafts.push(draft);
  }
  for (const x of multiples) {
    if (isTargetClause(f, x.start, x.end) || aboutOtherCountry(f, x.start)) continue;
    const cue = topicOk(x.start, x.end, true, false);
    if (!cue) continue;
    const host = attach(x.start, x.end, (d) => d.assertion.growthMultiple !== null);
    if (host) {
      if (host.assertion.growthMultiple === null) host.assertion.growthMultiple = x.multiple;
      continue;
    }
    // A growth-only sentence with both a rate and a multiple ("more than doubled, up 116%") is one claim.
    const sibling = drafts.find((d) => d.kind === "growth" && d.assertion.growthMultiple === null);
    if (sibling) {
      sibling.assertion.growthMultiple = x.multiple;
      continue;
    }
    const a = emptyAssertion();
    a.comparator = "growth_pct";
    a.growthMultiple = x.multiple;
    a.hedge = x.hedge;
    a.record = recordOk.length > 0;
    const draft = finish(
      { phraseStart: x.start, phraseEnd: x.end, kind: "multiple", role: null, inParen: false, assertion: a },
      x.start,
      x.end,
      false,
      cue,
    );
    if (draft) drafts.push(draft);
  }

  drafts.sort((a, b) => a.phraseStart - b.phraseStart);
  if (drafts.length === 0) return topic();
  return { drafts: drafts.slice(0, MAX_CLAIMS_PER_SENTENCE), topicPartners: null, topicPeriod: null, named, chinaTrade: true };
}

function parseDate(date: string | undefined): DateInfo | null {
  if (!date) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return null;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : null, text: date.trim() };
}

/**
 * Numeric China–Central Asia trade claims in `text`, in text order. See the comment at the top of
 * this file for the pipeline and the meaning of the offsets.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const steps = extractionSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * extractClaims one step at a time: the generator pauses after each sentence (and each stretch of
 * whitespace), at most MAX_SENTENCE_CHARS of work, and returns the claims. A server drives it with
 * pauses so that one long text never holds the event loop (check.ts); the claims are the same.
 */
export function* extractionSteps(text: string, options: ExtractOptions = {}): Generator<void, ExtractedClaim[], void> {
  const date = parseDate(options.date);
  const context: Context = { partners: null, named: null, period: null, chinaTrade: false, currency: null };
  const claims: ExtractedClaim[] = [];
  for (const span of sentenceSpans(text)) {
    if (claims.length >= MAX_CLAIMS_PER_TEXT) break;
    yield;
    if (span === null) continue;
    const sentence = text.slice(span.start, span.end);
    const language = options.language ?? detectLanguage(sentence);
    const result = analyseSentence(sentence, language, date, context);
    for (const draft of result.drafts) {
      if (claims.length >= MAX_CLAIMS_PER_TEXT) break;
      const start = span.start + draft.phraseStart;
      const end = span.start + draft.phraseEnd;
      claims.push({
        start,
        end,
        text: text.slice(start, end),
        sentenceStart: span.start,
        sentenceEnd: span.end,
        language,
        assertion: draft.assertion,
      });
    }
    if (result.named) context.named = result.named;
    if (result.chinaTrade) context.chinaTrade = true;
    const last = result.drafts[result.drafts.length - 1];
    if (last) {
      // A sentence about several partners ("followed by Uzbekistan …, Turkmenistan …") leaves the
      // earlier context's partner in place: "the two countries" after it would be ambiguous.
      const sets = new Set(result.drafts.map((d) => [...d.assertion.partners].sort().join(",")));
      if (sets.size === 1) context.partners = last.assertion.partners;
      else if (context.partners === null) context.partners = [...new Set(result.drafts.flatMap((d) => d.assertion.partners))];
      context.period = last.assertion.period ?? context.period;
      const money = [...result.drafts].reverse().find((d) => d.assertion.currency !== null);
      if (money) context.currency = money.assertion.currency;
    } else if (result.topicPartners && result.topicPartners.length > 0) {
      context.partners = result.topicPartners;
      if (result.topicPeriod !== null) context.period = result.topicPeriod;
    }
  }
  return claims;
}

/** The partner codes the extractor can return, for callers that list them. */
export const EXTRACTABLE_PARTNERS: readonly PartnerCode[] = [...CENTRAL_ASIA, REGION_CODE];
