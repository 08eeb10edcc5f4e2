// Which sources a view rests on, as the Cite panel and the citation take them: pure functions over
// rows, kept apart from citation.ts so that a dashboard can say what it cites without loading the
// citation's messages (both languages' share and reference texts) into its first JavaScript.
import { sourceUsesOf, type SourceUse } from "../core/source-uses";

export { sourceUsesOf, type SourceUse } from "../core/source-uses";

/** The uses of mirror rows: China's side is CHN, the other the partner's own statistics. */
export function mirrorSourceUses(rows: readonly { partner: string; chinaSourceId: string | null; partnerSourceId: string | null }[]): SourceUse[] {
  return sourceUsesOf(
    rows.flatMap((r) => [
      { sourceId: r.chinaSourceId, reporter: "CHN" },
      { sourceId: r.partnerSourceId, reporter: r.partner },
    ]),
  );
}

/** The uses of a claim's verdicts: each judged figure with its reporter, and the other sources (records, reference data) as their publishers'. */
export function verdictSourceUses(
  verdicts: readonly { sourceIds: string[]; figures: { sourceId: string; reporter: string; measure?: string }[] }[],
): SourceUse[] {
  return sourceUsesOf(
    verdicts.flatMap((v) => [
      ...v.figures.map((f) => ({ sourceId: f.sourceId, reporter: f.measure === "gdp" ? null : f.reporter })),
      ...v.sourceIds.filter((id) => !v.figures.some((f) => f.sourceId === id)).map((id) => ({ sourceId: id, reporter: null })),
    ]),
  );
}
