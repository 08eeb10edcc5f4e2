// The rule, written once, for a reporter that has several figures for the
// same partner, period, flow and goods (a statistics office's dataset and
// ministers' press quotes, or an original page and a copy of it): the figure
// from the most authoritative source is the one Caravan's series, verdicts
// and mirror comparison use. Most authoritative = lowest source priority
// (prisma/data/sources.csv: datasets before press pages, copies last); a tie
// goes to the smaller source id, so the choice never depends on row order.
// The other figures stay visible in the data table and the API.

/** Priority of a source the caller does not know: after every listed one. */
export const UNKNOWN_SOURCE_PRIORITY = 1000;

export interface SourceRank {
  priority: number;
  sourceId: string;
}

export function outranks(a: SourceRank, b: SourceRank): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.sourceId < b.sourceId);
}

/** The preferred item for each key. */
export function pickPreferred<T>(items: Iterable<T>, keyOf: (item: T) => string, rankOf: (item: T) => SourceRank): Map<string, T> {
  const best = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const current = best.get(key);
    if (current === undefined || outranks(rankOf(item), rankOf(current))) best.set(key, item);
  }
  return best;
}
