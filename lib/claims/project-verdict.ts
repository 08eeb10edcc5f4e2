// Project-theme claims ("solar and wind plants in Kazakhstan, Uzbekistan and
// Kyrgyzstan", "the Digital Innovation Center in Astana"), judged per record
// source: named projects, AEI tracker deals, GEM pipelines. Pure, browser-safe.
import { COUNTRY_NAMES } from "../core/reference/codes";
import { PROJECT_KIND_LABELS, STATUS_LABELS, type ProjectKind, type ProjectRow } from "../projects/schemas";
import type { ProjectAssertion, Technology } from "./assertion";
import type { Check, ClaimVerdict, ReferenceData, Verdict } from "./verdict-core";
import { combine, plural } from "./verdict-core";

const PROJECT_SOURCE_ORDER: ProjectKind[] = ["named", "aei_deal", "pipeline"];

/** Operational with a Chinese party named; an AEI deal counts as done (the tracker records completed deals, not a status). */
function established(p: ProjectRow): boolean {
  return !!p.chineseParties && (p.status === "operational" || (p.kind === "aei_deal" && p.status === "unknown"));
}

function inProgress(p: ProjectRow): boolean {
  return !!p.chineseParties && (p.status === "under-construction" || (p.kind !== "aei_deal" && p.status === "unknown"));
}

function statusCounts(records: ProjectRow[]): string {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${STATUS_LABELS[s as keyof typeof STATUS_LABELS].toLowerCase()}`).join(", ");
}

// ---------------------------------------------------------------- renewables: which technology a record is

const TECHNOLOGY_WORDS: Record<Technology, RegExp> = {
  solar: /solar|\bPV\b|photovoltaic|\bMWp\b/i,
  wind: /\bwind\b/i,
  hydro: /hydro|\bHPP\b/i,
};
const WASTE_WORDS = /waste|incinerat|garbage|\bMSW\b/i;
/** AEI's energy subsector for everything not fossil, nuclear or hydro: solar, wind, waste-to-energy alike. */
const UNSPECIFIED_RENEWABLE = /alternative/i;

type RenewableKind =
  { kind: "counted"; identified: boolean } | { kind: "waste"; company: { company: string; sourceId: string } | null } | { kind: "other" };

/**
 * Renewables evidence is solar, wind and hydro only. A waste-to-energy plant
 * is left out (by its name, or by a company known to build only those: see
 * prisma/data/reference/README.md); an AEI "Alternative" deal that says no
 * technology counts, but never as more than weak evidence.
 */
function renewableKind(p: ProjectRow, wanted: readonly Technology[], reference: ReferenceData | undefined): RenewableKind {
  const text = `${p.name ?? ""} ${p.subsector ?? ""}`;
  const company = reference?.wasteToEnergyCompanies.find((c) => (p.chineseParties ?? "").toLowerCase().includes(c.match.toLowerCase())) ?? null;
  if (WASTE_WORDS.test(text) || company) return { kind: "waste", company };
  const techs = (Object.keys(TECHNOLOGY_WORDS) as Technology[]).filter((t) => TECHNOLOGY_WORDS[t].test(text));
  if (techs.some((t) => wanted.includes(t))) return { kind: "counted", identified: true };
  if (techs.length === 0 && UNSPECIFIED_RENEWABLE.test(text)) return { kind: "counted", identified: false };
  return { kind: "other" };
}

interface Relevant {
  records: ProjectRow[];
  /** records that count only as weak evidence: the technology is not stated */
  unspecified: Set<string>;
  /** waste-to-energy records left out, and the sources that say they are */
  waste: ProjectRow[];
  wasteSourceIds: string[];
}

function relevantRecords(a: ProjectAssertion, projects: ProjectRow[], reference: ReferenceData | undefined): Relevant {
  const keywords = a.keywords?.map((k) => k.toLowerCase());
  const records = projects.filter(
    (p) =>
      p.themes.includes(a.theme) &&
      (!a.countries || p.countries.some((c) => (a.countries as string[]).includes(c))) &&
      (!keywords || keywords.some((k) => `${p.name ?? ""} ${p.subsector ?? ""}`.toLowerCase().includes(k))),
  );
  if (a.theme !== "renewables") return { records, unspecified: new Set(), waste: [], wasteSourceIds: [] };
  const wanted = a.technologies ?? (["solar", "wind", "hydro"] as const);
  const out: Relevant = { records: [], unspecified: new Set(), waste: [], wasteSourceIds: [] };
  for (const p of records) {
    const kind = renewableKind(p, wanted, reference);
    if (kind.kind === "waste") {
      out.waste.push(p);
      if (kind.company && !out.wasteSourceIds.includes(kind.company.sourceId)) out.wasteSourceIds.push(kind.company.sourceId);
    } else if (kind.kind === "counted") {
      out.records.push(p);
      if (!kind.identified) out.unspecified.add(p.id);
    }
  }
  return out;
}

// ---------------------------------------------------------------- verdicts

export function projectVerdicts(a: ProjectAssertion, projects: ProjectRow[], reference?: ReferenceData): ClaimVerdict[] {
  const relevant = relevantRecords(a, projects, reference);
  const verdicts: ClaimVerdict[] = [];
  for (const kind of PROJECT_SOURCE_ORDER) {
    const records = relevant.records.filter((p) => p.kind === kind);
    const waste = relevant.waste.filter((p) => p.kind === kind);
    // a claim naming one project can only be checked against records that have names
    if (records.length + waste.length === 0 || (a.nameIncludes && records.every((r) => r.name === null))) continue;
    verdicts.push(projectVerdictFor(a, kind, { ...relevant, records, waste }));
  }
  if (verdicts.length === 0) {
    verdicts.push(
      result(
        "named",
        "not checkable with this data",
        `No project record here is tagged ${a.theme}${a.countries ? ` in ${a.countries.map((c) => COUNTRY_NAMES[c]).join(", ")}` : ""} (absence from these lists is not evidence of absence)`,
        [],
      ),
    );
  }
  return verdicts;
}

const WHO: Record<ProjectKind, string> = { named: "Named projects", aei_deal: "AEI tracker", pipeline: "GEM pipelines" };

function result(kind: ProjectKind, verdict: Verdict, explanation: string, used: ProjectRow[], extraSourceIds: string[] = []): ClaimVerdict {
  return {
    reporter: kind,
    reporterName: PROJECT_KIND_LABELS[kind],
    year: null,
    period: null,
    value: used.length,
    unit: "records",
    verdict,
    role: "judged",
    explanation: `${WHO[kind]}: ${explanation} — ${verdict}.`,
    figures: [],
    sourceIds: [...new Set([...used.map((u) => u.sourceId), ...extraSourceIds])],
    projectIds: used.map((u) => u.id),
  };
}

function projectVerdictFor(a: ProjectAssertion, kind: ProjectKind, relevant: Relevant): ClaimVerdict {
  const { records, unspecified, waste } = relevant;
  const noParty = records.filter((r) => !r.chineseParties);
  const noPartyText = noParty.length ? `; ${plural(noParty.length, "record")} name${noParty.length === 1 ? "s" : ""} no Chinese party` : "";
  const unit = kind === "aei_deal" ? "deal" : "record";
  const wasteText = waste.length
    ? `; ${plural(waste.length, unit)} by waste-to-energy builders (${[...new Set(waste.map((w) => w.chineseParties ?? w.label))].join(", ")}) left out: that is not solar, wind or hydro`
    : "";
  const unspecifiedCount = records.filter((r) => unspecified.has(r.id)).length;
  const unspecifiedText = unspecifiedCount
    ? `; ${unspecifiedCount === records.length ? "all" : unspecifiedCount} filed as “Alternative” energy without saying which technology, so weak evidence`
    : "";
  const extras = `${unspecifiedText}${wasteText}${noPartyText}`;
  const wasteIds = relevant.wasteSourceIds;

  if (a.nameIncludes) {
    const needle = a.nameIncludes.toLowerCase();
    const matched = records.filter((r) => (r.name ?? "").toLowerCase().includes(needle));
    if (matched.length === 0) {
      // another record nearby is a different project: name it so the reader can judge, but never count it
      const place = a.place?.toLowerCase();
      const nearby = records.filter((r) => r.name && (!place || `${r.name} ${r.coordPrecision ?? ""}`.toLowerCase().includes(place)));
      const nearest = nearby.find(established) ?? nearby[0];
      const when = nearest ? (nearest.completionYear ?? nearest.startYear) : null;
      const nearestText = nearest
        ? `; the nearest${a.place ? ` in ${a.place}` : ""}, ${nearest.name} (${STATUS_LABELS[nearest.status].toLowerCase()}${when ? `, ${when}` : ""}), is a different project and is not counted`
        : "";
      return result(
        kind,
        "not found in the data",
        `nothing named “${a.nameIncludes}” among ${plural(records.length, `${a.theme} record`)}${nearestText} (these lists are not exhaustive)`,
        [],
      );
    }
    const withParty = matched.filter((r) => r.chineseParties);
    const m = matched[0]!;
    const since = m.startYear ? ` since ${m.startYear}` : "";
    if (withParty.length === 0) {
      const others = records.filter((r) => !matched.includes(r) && established(r));
      return result(
        kind,
        "partly supported",
        `${m.name} is here (${STATUS_LABELS[m.status].toLowerCase()}${since}), but no source read names a Chinese financier or contractor for it${others.length ? `; ${plural(others.length, "other " + a.theme + " record")} with a Chinese party operate` : ""}`,
        matched,
      );
    }
    const verdict = combine([withParty.some(established) ? "pass" : "near"]);
    return result(
      kind,
      verdict,
      `${m.name}: ${statusCounts(matched)}; Chinese parties: ${withParty.map((r) => r.chineseParties).join("; ")}`,
      matched,
    );
  }

  // a record whose technology is not stated is weak evidence: at most "near"
  const strong = (r: ProjectRow) => established(r) && !unspecified.has(r.id);

  if (a.countries) {
    const perCountry = a.countries.map((c) => {
      const inCountry = records.filter((r) => r.countries.includes(c));
      return { country: c, records: inCountry, established: inCountry.filter(strong).length };
    });
    const checks: Check[] = perCountry.map((pc) => (pc.established > 0 ? "pass" : pc.records.length > 0 ? "near" : "unknown"));
    const verdict = combine(checks);
    const parts = perCountry.map((pc) =>
      pc.records.length === 0
        ? `${COUNTRY_NAMES[pc.country]}: none`
        : kind === "aei_deal"
          ? `${COUNTRY_NAMES[pc.country]}: ${plural(pc.records.length, "deal")}`
          : `${COUNTRY_NAMES[pc.country]}: ${plural(pc.records.length, "record")} (${statusCounts(pc.records)}; ${pc.established} operational with a Chinese party)`,
    );
    return result(kind, verdict, `${parts.join("; ")}${extras}`, records, wasteIds);
  }

  const done = records.filter(strong);
  const going = records.filter((r) => inProgress(r) || (established(r) && unspecified.has(r.id)));
  const check: Check =
    done.length > 0
      ? "pass"
      : going.length > 0 || records.some((r) => r.status === "planned")
        ? "near"
        : records.length > 0 && records.every((r) => r.status === "cancelled")
          ? "fail"
          : records.length > 0
            ? "near"
            : "unknown";
  const verdict = combine([check]);
  const what =
    records.length === 0
      ? `no ${unit} left to count`
      : kind === "aei_deal"
        ? `${plural(records.length, "deal")} recorded`
        : `${plural(records.length, "record")} (${statusCounts(records)})`;
  const highlight = kind === "aei_deal" ? "" : done.length ? `; ${done.length} operational with a Chinese party` : "; none operational yet";
  return result(kind, verdict, `${what}${highlight}${extras}`, records, wasteIds);
}
