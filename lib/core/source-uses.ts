// Which sources a view rests on: the uses of rows that carry a source id (and, for trade figures, a
// reporter). In core, zod-free, so that a slice can summarise a view's sources for its page and the
// browser's bundles stay light; lib/share/source-uses.ts adds the mirror's and the verdicts' uses.
/** One source a view rests on, and (for trade figures) whose figures it carried. */
export interface SourceUse {
  sourceId: string;
  /** the trade reporter of the figures taken from it (CHN, KAZ, EDB, …); absent for records and reference data */
  reporter?: string | null;
}

/** The uses of trade rows (or any rows with a source id and a reporter): what the Cite panel and the citation take. */
export function sourceUsesOf(rows: readonly { sourceId: string | null; reporter?: string | null }[]): SourceUse[] {
  const out = new Map<string, SourceUse>();
  for (const row of rows)
    if (row.sourceId) out.set(`${row.sourceId}|${row.reporter ?? ""}`, { sourceId: row.sourceId, reporter: row.reporter ?? null });
  return [...out.values()];
}
