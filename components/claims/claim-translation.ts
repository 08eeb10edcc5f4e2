import type { useTranslations } from "next-intl";

type ClaimsT = ReturnType<typeof useTranslations<"claims">>;
type Loose = ((key: string) => string) & { has: (key: string) => boolean };

/**
 * A claim's translation in the reader's language (messages/<locale>/claims.json):
 * `gloss`, its quote; `location`, where it stands in the article. English has
 * empty entries (the claim is in English already) and gets "", as does a claim
 * added to the data before its translation.
 */
export function claimTranslation(t: ClaimsT, map: "gloss" | "location", claimId: string, locale: string): string {
  if (locale === "en") return "";
  const loose = t as unknown as Loose;
  const key = `${map}.${claimId}`;
  return loose.has(key) ? loose(key) : "";
}
