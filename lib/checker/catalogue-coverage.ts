// How many of the article's own trade claims (the hand-made catalogue,
// prisma/data/claims.json) the checker finds unaided in the article's text:
// a catalogue claim counts as found when an extracted claim lies inside its
// quote in the article and reads the same partners and year.
import fs from "node:fs";
import path from "node:path";
import { readClaimCatalogue } from "../claims/seed-files";
import type { ClaimRecord } from "../claims/assertion";
import { extractClaims } from "./extract";

export const ARTICLE_FILE = path.resolve("prisma/data/china-central-asia-community-of-shared-destiny.txt");
/** The article's date (May 2025, before the Astana summit it announces), for its relative years. */
export const ARTICLE_DATE = "2025-05-01";

export interface CatalogueCoverage {
  /** the catalogue's trade claims */
  tradeClaims: number;
  /** those that state a figure (the checker looks for figures, not for "steady growth") */
  withFigure: number;
  found: number;
  foundIds: string[];
  missedIds: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function catalogueCoverage(
  articleText: string = fs.readFileSync(ARTICLE_FILE, "utf8"),
  catalogue: ClaimRecord[] = readClaimCatalogue(),
): CatalogueCoverage {
  const extracted = extractClaims(articleText, { date: ARTICLE_DATE });
  const trade = catalogue.filter((c) => c.assertion.metric === "turnover");
  const withFigure = trade.filter((c) => c.assertion.metric === "turnover" && c.assertion.threshold !== undefined);
  const foundIds: string[] = [];
  const missedIds: string[] = [];
  for (const claim of withFigure) {
    if (claim.assertion.metric !== "turnover") continue;
    const assertion = claim.assertion;
    const at = articleText.indexOf(claim.quote);
    const hit =
      at >= 0 &&
      extracted.some(
        (e) =>
          e.start >= at &&
          e.end <= at + claim.quote.length &&
          sameSet(e.assertion.partners, assertion.partners) &&
          e.assertion.period === String(assertion.years.to),
      );
    (hit ? foundIds : missedIds).push(claim.id);
  }
  return { tradeClaims: trade.length, withFigure: withFigure.length, found: foundIds.length, foundIds, missedIds };
}
