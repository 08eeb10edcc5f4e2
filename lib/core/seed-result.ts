/** What one slice's seed did: rows it created, rows that were already there. */
export interface SeedResult {
  created: number;
  existing: number;
}
