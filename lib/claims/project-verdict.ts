// Project-theme claims ("solar and wind plants in Kazakhstan, Uzbekistan and
// Kyrgyzstan", "the Digital Innovation Center in Astana"), judged per record
// source: named projects, AEI tracker deals, GEM pipelines. The explanations
// are in the locale asked for (English by default). Pure, browser-safe.
import type { Locale } from "../core/i18n/routing";
import type { ProjectKind, ProjectRow, ProjectStatus } from "../projects/schemas";
import type { ProjectAssertion, Technology } from "./assertion";
import type { Check, ClaimVerdict, ReferenceData, Verdict } from "./verdict-core";
import { combine } from "./verdict-core";
import { verdictText, type VerdictText } from "./verdict-text";

const PROJECT_SOURCE_ORDER: ProjectKind[] = ["named", "aei_deal", "pipeline"];

/** Operational with a Chinese party named; an AEI deal counts as done (the tracker records completed deals, not a status). */
function established(p: ProjectRow): boolean {
  return !!p.chineseParties && (p.status === "operational" || (p.kind === "aei_deal" && p.status === "unknown"));
}

function inProgress(p: ProjectRow): boolean {
  return !!p.chineseParties && (p.status === "under-construction" || (p.kind !== "aei_deal" && p.status === "unknown"));
}

function statusCounts(tx: VerdictText, records: ProjectRow[]): string {
  const counts = new Map<ProjectStatus, number>();
  for (const r of records) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return tx.list([...counts].map(([s, n]) => tx.t("projects.statusCount", { n: String(n), status: tx.t(`projects.statusMany.${s}`) })));
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

export function projectVerdicts(a: ProjectAssertion, projects: ProjectRow[], reference?: ReferenceData, locale?: Locale): ClaimVerdict[] {
  const tx = verdictText(locale);
  const relevant = relevantRecords(a, projects, reference);
  const verdicts: ClaimVerdict[] = [];
  for (const kind of PROJECT_SOURCE_ORDER) {
    const records = relevant.records.filter((p) => p.kind === kind);
    const waste = relevant.waste.filter((p) => p.kind === kind);
    // a claim naming one project can only be checked against records that have names
    if (records.length + waste.length === 0 || (a.nameIncludes && records.every((r) => r.name === null))) continue;
    verdicts.push(projectVerdictFor(tx, a, kind, { ...relevant, records, waste }));
  }
  if (verdicts.length === 0) {
    const theme = tx.t(`projects.theme.${a.theme}`);
    verdicts.push(
      result(
        tx,
        "named",
        "not checkable with this data",
        a.countries
          ? tx.t("projects.noneTaggedIn", { theme, countries: tx.list(a.countries.map((c) => tx.country(c))) })
          : tx.t("projects.noneTagged", { theme }),
        [],
      ),
    );
  }
  return verdicts;
}

function result(
  tx: VerdictText,
  kind: ProjectKind,
  verdict: Verdict,
  explanation: string,
  used: ProjectRow[],
  extraSourceIds: string[] = [],
): ClaimVerdict {
  return {
    reporter: kind,
    reporterName: tx.t(`projects.kind.${kind}`),
    year: null,
    period: null,
    value: used.length,
    unit: "records",
    verdict,
    role: "judged",
    explanation: tx.sentence(tx.withWho(tx.t(`projects.who.${kind}`), explanation), verdict),
    figures: [],
    sourceIds: [...new Set([...used.map((u) => u.sourceId), ...extraSourceIds])],
    projectIds: used.map((u) => u.id),
  };
}

function projectVerdictFor(tx: VerdictText, a: ProjectAssertion, kind: ProjectKind, relevant: Relevant): ClaimVerdict {
  const { records, unspecified, waste } = relevant;
  const deals = kind === "aei_deal";
  const theme = tx.t(`projects.theme.${a.theme}`);
  const status = (r: ProjectRow) => tx.t(`projects.status.${r.status}`);
  const extras: string[] = [];
  const unspecifiedCount = records.filter((r) => unspecified.has(r.id)).length;
  if (unspecifiedCount) {
    extras.push(
      unspecifiedCount === records.length ? tx.t("projects.unspecifiedAll") : tx.t("projects.unspecifiedSome", { n: String(unspecifiedCount) }),
    );
  }
  if (waste.length) {
    const companies = tx.list([...new Set(waste.map((w) => w.chineseParties ?? w.label))].map(tx.quoted));
    extras.push(tx.t(deals ? "projects.wasteDeals" : "projects.wasteRecords", { n: waste.length, companies }));
  }
  const noParty = records.filter((r) => !r.chineseParties);
  if (noParty.length) extras.push(tx.t("projects.noParty", { n: noParty.length }));
  const withExtras = (text: string) => tx.clauses([text, ...extras]);
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
      const values = { name: tx.quoted(a.nameIncludes), records: tx.t("projects.themeRecordsAmong", { n: records.length, theme }) };
      const text = !nearest
        ? tx.t("projects.notFound", values)
        : (() => {
            const nearestValues = {
              ...values,
              nearest: tx.quoted(nearest.name ?? ""),
              status: when ? tx.t("projects.statusWhen", { status: status(nearest), year: String(when) }) : status(nearest),
            };
            return a.place
              ? tx.t("projects.notFoundNearestIn", { ...nearestValues, place: tx.quoted(a.place) })
              : tx.t("projects.notFoundNearest", nearestValues);
          })();
      return result(tx, kind, "not found in the data", text, []);
    }
    const withParty = matched.filter((r) => r.chineseParties);
    const m = matched[0]!;
    const name = tx.quoted(m.name ?? "");
    if (withParty.length === 0) {
      const others = records.filter((r) => !matched.includes(r) && established(r));
      const here = tx.t("projects.hereNoParty", {
        name,
        status: m.startYear ? tx.t("projects.statusSince", { status: status(m), year: String(m.startYear) }) : status(m),
      });
      return result(
        tx,
        kind,
        "partly supported",
        others.length ? tx.clauses([here, tx.t("projects.othersOperate", { n: others.length, theme })]) : here,
        matched,
      );
    }
    const verdict = combine([withParty.some(established) ? "pass" : "near"]);
    const parties = tx.clauses(withParty.map((r) => tx.quoted(r.chineseParties ?? "")));
    return result(tx, kind, verdict, tx.t("projects.matched", { name, counts: statusCounts(tx, matched), parties }), matched);
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
    const parts = perCountry.map((pc) => {
      const country = tx.country(pc.country);
      return pc.records.length === 0
        ? tx.t("projects.countryNone", { country })
        : deals
          ? tx.t("projects.countryDeals", { country, deals: tx.t("projects.deals", { n: pc.records.length }) })
          : tx.t("projects.countryRecords", {
              country,
              records: tx.t("projects.records", { n: pc.records.length }),
              counts: statusCounts(tx, pc.records),
              n: String(pc.established),
            });
    });
    return result(tx, kind, verdict, withExtras(tx.clauses(parts)), records, wasteIds);
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
      ? tx.t(deals ? "projects.noDealLeft" : "projects.noRecordLeft")
      : deals
        ? tx.t("projects.dealsRecorded", { n: records.length })
        : tx.t("projects.recordsCounts", { records: tx.t("projects.records", { n: records.length }), counts: statusCounts(tx, records) });
  const highlight = deals ? [] : [done.length ? tx.t("projects.operatingWithParty", { n: String(done.length) }) : tx.t("projects.noneOperational")];
  return result(tx, kind, verdict, withExtras(tx.clauses([what, ...highlight])), records, wasteIds);
}
