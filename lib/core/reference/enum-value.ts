/** The member of a closed list that a written value names, compared without case or surrounding space; null when none. */
export function matchEnum<const T extends string>(allowed: readonly T[], raw: string): T | null {
  const wanted = raw.trim().toLowerCase();
  return allowed.find((value) => value.toLowerCase() === wanted) ?? null;
}
