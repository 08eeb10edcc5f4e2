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

/** What a figure competes with: the same reporter, partner, period, flow and goods. */
export interface Competitor extends SourceRank {
  partner: string;
  period: string;
  reporter: string;
  flow: string;
  commodity?: string;
}

export function competitionKey(r: Omit<Competitor, keyof SourceRank>): string {
  return [r.partner, r.period, r.reporter, r.flow, r.commodity ?? "TOTAL"].join("|");
}

/**
 * Marks the preferred figure of each competition in a stream of rows, by the
 * rule above. The rows must come with each competition's figures next to
 * each other, as the API's order (partner, period, reporter, flow, goods, …)
 * has them; then one group is held at a time, so a stream of millions of rows
 * stays flat in memory. `eligible` says whose figures can be preferred at
 * all (a reporter that is no series never is). push() returns the rows of
 * groups that are complete; flush() the last group.
 */
export class PreferredMarker<T> {
  private group: { row: T; competitor: Competitor }[] = [];

  constructor(
    private readonly competitorOf: (row: T) => Competitor,
    private readonly mark: (row: T, preferred: boolean) => T,
    private readonly eligible: (row: T) => boolean = () => true,
  ) {}

  push(row: T): T[] {
    const competitor = this.competitorOf(row);
    const first = this.group[0]?.competitor;
    // field by field rather than competitionKey(): this runs once per row of a whole-table CSV
    if (first && sameCompetition(first, competitor)) {
      this.group.push({ row, competitor });
      return [];
    }
    const done = this.flush();
    this.group = [{ row, competitor }];
    return done;
  }

  flush(): T[] {
    const group = this.group;
    this.group = [];
    if (!group.length) return [];
    let best = 0;
    for (let i = 1; i < group.length; i++) if (outranks(group[i]!.competitor, group[best]!.competitor)) best = i;
    return group.map(({ row }, i) => this.mark(row, i === best && this.eligible(row)));
  }
}

function sameCompetition(a: Competitor, b: Competitor): boolean {
  return (
    a.partner === b.partner &&
    a.period === b.period &&
    a.reporter === b.reporter &&
    a.flow === b.flow &&
    (a.commodity ?? "TOTAL") === (b.commodity ?? "TOTAL")
  );
}

/** The same marking for a whole array (in the order described above). */
export function markPreferred<T>(rows: readonly T[], marker: PreferredMarker<T>): T[] {
  const out: T[] = [];
  for (const row of rows) out.push(...marker.push(row));
  out.push(...marker.flush());
  return out;
}
