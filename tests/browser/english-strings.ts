// Finds English interface strings on a page meant to be in another language:
// every visible text run and every human-facing attribute (aria-label, title,
// placeholder, alt) that holds a Latin word outside an element marked
// lang="en" (quotes, source titles and project names are English in their
// original and are marked so). Used by tests/browser/russian.test.ts and,
// from the shell, by tests/browser/list-english.ts.
import type { Page } from "playwright-core";

/**
 * Latin words a Russian page may show: names of formats, standards,
 * organisations' abbreviations, reporter and country codes, the product's
 * name. Compared case-sensitively, so "API" passes and "Api" does not.
 */
export const ALLOWED_LATIN = [
  "Caravan",
  "API",
  "CSV",
  "JSON",
  "PNG",
  "SVG",
  "URL",
  "BibTeX",
  "oEmbed",
  "iframe",
  "HTML",
  "ZIP",
  "README",
  "OpenAPI",
  "ClaimReview",
  "GACC",
  "EDB",
  "COW",
  "IMF",
  "DOTS",
  "WEO",
  "AEI",
  "GEM",
  "HS",
  "ISO",
  "UN",
  "Comtrade",
  "Trade",
  "v4.0",
  "English",
  "UTC",
  "CHN",
  "KAZ",
  "KGZ",
  "TJK",
  "TKM",
  "UZB",
  "CA5",
  "EDB",
  "UNSTATED",
  // period notation of the data: 2024H1, 2024M1-11, 2024Q3
  "H1",
  "H2",
  "Q1",
  "Q2",
  "Q3",
  "Q4",
];

export interface EnglishString {
  /** "text" for a text run, otherwise the attribute's name */
  where: string;
  /** a short CSS path to the element */
  element: string;
  text: string;
  words: string[];
}

/**
 * The names Caravan shows as their publishers wrote them: every source's
 * publisher and title (from /api/v1/sources). A text run must still mark them
 * lang="en"; in an attribute, which cannot mark part of itself, they are
 * taken out before the words are looked at.
 */
export async function originalNames(origin: string): Promise<string[]> {
  const body = (await (await fetch(`${origin}/api/v1/sources`)).json()) as { data: { publisher: string; title: string }[] };
  const names = body.data.flatMap((s) => [s.publisher, s.title]).filter((n) => /[A-Za-z]/.test(n));
  // longest first, so a publisher's longer name is taken out before a shorter one inside it
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** Every English string on the page as it is now (run it again after opening panels). */
export async function findEnglishStrings(
  page: Page,
  names: readonly string[] = [],
  allowed: readonly string[] = ALLOWED_LATIN,
): Promise<EnglishString[]> {
  // tsx (the shell entry) names inner functions with an __name helper that the page does not have
  await page.evaluate("globalThis.__name ??= (f) => f");
  return page.evaluate(
    ([allowedWords, originalNames]) => {
      const allow = new Set(allowedWords);
      const found: { where: string; element: string; text: string; words: string[] }[] = [];
      // code, and what the reader typed (a textarea holds their own words)
      const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "CODE", "PRE", "KBD", "SAMP", "TEXTAREA"]);
      const pathOf = (el: Element): string => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          const id = e.id ? `#${e.id}` : "";
          const cls = typeof e.className === "string" && e.className ? `.${e.className.trim().split(/\s+/).slice(0, 2).join(".")}` : "";
          parts.unshift(`${e.tagName.toLowerCase()}${id}${cls}`);
        }
        return parts.join(" > ");
      };
      // In English by its own mark (lang="en…" on it or an ancestor), or not meant to be read.
      const exempt = (el: Element): boolean => {
        // inside the body: the page's own <html lang> is the language it claims, not a mark of an English part
        const langOwner = el.closest("body [lang]");
        if (langOwner && /^en\b/i.test(langOwner.getAttribute("lang") ?? "")) return true;
        if (el.closest("[translate='no'], [aria-hidden='true'], svg desc")) return true;
        for (let e: Element | null = el; e; e = e.parentElement) if (SKIP_TAGS.has(e.tagName)) return true;
        return false;
      };
      const visible = (el: Element): boolean => {
        // text inside a closed <details> still belongs to the page (it is a click away)
        const style = getComputedStyle(el);
        return style.display !== "none" && style.visibility !== "hidden";
      };
      const latinWords = (text: string): string[] =>
        (text.match(/[A-Za-z][A-Za-z0-9.'’-]*[A-Za-z0-9]|[A-Za-z]/g) ?? []).filter((w) => {
          if (allow.has(w) || allow.has(w.replace(/[.'’-]+$/, ""))) return false;
          // codes and periods: "2024H1", single letters used as marks ("×")
          if (w.length < 2) return false;
          // URLs, e-mail and file names are addresses, not interface words
          if (/^(https?|www)\b/.test(w) || /\.(csv|json|png|svg|zip)$/i.test(w)) return false;
          return true;
        });
      const report = (where: string, el: Element, text: string) => {
        let clean = text.replace(/\s+/g, " ").trim();
        if (where !== "text") for (const name of originalNames) clean = clean.split(name).join(" ");
        if (!clean) return;
        // URLs and paths shown as text
        const withoutAddresses = clean.replace(/\b(?:https?:\/\/|\/api\/|\/ru\/|\/embed\/)\S*/g, " ");
        const words = latinWords(withoutAddresses);
        if (words.length) found.push({ where, element: pathOf(el), text: clean.slice(0, 160), words });
      };

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || exempt(parent) || !visible(parent)) continue;
        report("text", parent, node.textContent ?? "");
      }
      for (const el of Array.from(document.querySelectorAll("[aria-label], [title], [placeholder], img[alt], [aria-roledescription]"))) {
        if (exempt(el)) continue;
        for (const attr of ["aria-label", "title", "placeholder", "alt", "aria-roledescription"]) {
          const value = el.getAttribute(attr);
          if (value) report(attr, el, value);
        }
      }
      // the document's own title
      report("document.title", document.documentElement, document.title);
      return found;
    },
    [allowed as string[], names as string[]] as const,
  );
}
