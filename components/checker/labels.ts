// The checker's words in the page's language: verdicts, reporters, countries, flows.
import { useTranslations } from "next-intl";
import type { Verdict } from "@/lib/claims/verdict-core";

/** A verdict's message key (the verdicts carry spaces and an apostrophe, which message keys avoid). */
export const VERDICT_KEY: Record<Verdict, "supported" | "partlySupported" | "contradicted" | "notCheckable" | "notFound" | "otherSide"> = {
  supported: "supported",
  "partly supported": "partlySupported",
  contradicted: "contradicted",
  "not checkable with this data": "notCheckable",
  "not found in the data": "notFound",
  "other side's figure": "otherSide",
};

/** The labels the checker's components share; unknown codes are shown as they are. */
export function useCheckerLabels() {
  const verdicts = useTranslations("verdicts");
  const ref = useTranslations("reference");
  return {
    verdict: (verdict: Verdict) => verdicts(`label.${VERDICT_KEY[verdict]}`),
    reporter: (code: string) =>
      ref.has(`reporterShort.${code}` as "reporterShort.CHN") ? ref(`reporterShort.${code}` as "reporterShort.CHN") : code,
    country: (code: string) => (ref.has(`countries.${code}` as "countries.CHN") ? ref(`countries.${code}` as "countries.CHN") : code),
  };
}

/**
 * The language of a piece of the checked text by its letters (Cyrillic → ru, Han → zh, Latin → en), when the reader
 * did not say: so its quotes are marked in their own language on a page in another one. Undefined without letters.
 */
export function scriptLang(text: string): "en" | "ru" | "zh" | undefined {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const counts = [
    ["ru", count(/\p{Script=Cyrillic}/gu)],
    ["zh", count(/\p{Script=Han}/gu) * 2],
    ["en", count(/[A-Za-z]/g)],
  ] as const;
  const [lang, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? lang : undefined;
}
