// Computes each claim's verdicts from the stored figures and project records,
// at request time: new data changes a verdict with no code change. Pure and
// browser-safe, so it is unit-tested on hand-made data sets.
import { preferredRows, indexSources, selectionTotals } from "../trade/series";
import { reporterLabel } from "../core/reference/codes";
import { formatUsdBn } from "../core/format";
import { CENTRAL_ASIA, COUNTRY_NAMES, REGION_CODE } from "../core/reference/codes";
import { PROJECT_KIND_LABELS, STATUS_LABELS, type ProjectKind, type ProjectRow } from "../projects/schemas";
import type { TradeRow } from "../trade/schemas";
import { type SourceRef } from "../core/sources";
import type { ClaimRecord, ProjectAssertion, TradeAssertion } from "./assertion";

export const VERDICTS = ["supported", "partly supported", "contradicted", "not checkable with this data"] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ClaimVerdict {
  /** a trade reporter (CHN, KAZ, EDB, COW…) or a project source (named, aei_deal, pipeline) */
  reporter: string;
  reporterName: string;
  year: number | null;
  /** US dollars for trade claims, a number of records for project claims */
  value: number | null;
  unit: "usd" | "records";
  verdict: Verdict;
  /** one sentence with the numbers */
  explanation: string;
  sourceIds: string[];
  /** project claims: the records that evidence it */
  projectIds: string[];
}

export interface Evidence {
  trade: TradeRow[];
  sources: SourceRef[];
  projects: ProjectRow[];
}

type Check = "pass" | "near" | "fail" | "unknown";

/** All passes → supported; nothing but fails → contradicted; nothing known → not checkable; else partly. */
export function combine(checks: Check[]): Verdict {
  const known = checks.filter((c) => c !== "unknown");
  if (known.length === 0) return "not checkable with this data";
  if (checks.every((c) => c === "pass")) return "supported";
  if (known.every((c) => c === "fail")) return "contradicted";
  return "partly supported";
}

export function computeVerdicts(claim: ClaimRecord, evidence: Evidence): ClaimVerdict[] {
  return claim.assertion.metric === "projects" ? projectVerdicts(claim.assertion, evidence.projects) : tradeVerdicts(claim.assertion, evidence);
}

// ---------------------------------------------------------------- trade

interface YearValue {
  year: number;
  valueUsd: number;
  sourceId: string | null;
}

/** One series per reporter: the claim's partner (or all five together), full years, turnover. */
export function reporterSeries(a: TradeAssertion, trade: TradeRow[], sources: SourceRef[]): Map<string, YearValue[]> {
  const index = indexSources(sources);
  const turnover = trade.filter((r) => r.flow === "turnover" && r.periodKind === "full_year");
  const out = new Map<string, YearValue[]>();
  const add = (reporter: string, v: YearValue) => out.set(reporter, [...(out.get(reporter) ?? []), v]);
  if (a.partners.includes(REGION_CODE)) {
    for (const t of selectionTotals(turnover, index, CENTRAL_ASIA, "turnover")) {
      const published =
        t.basis === "published"
          ? preferredRows(
              turnover.filter((r) => r.partner === REGION_CODE && r.reporter === t.reporter && r.year === t.year),
              index,
            )[0]
          : undefined;
      add(t.reporter, { year: t.year, valueUsd: t.valueUsd, sourceId: published?.sourceId ?? null });
    }
  } else {
    for (const r of preferredRows(
      turnover.filter((row) => a.partners.includes(row.partner as never)),
      index,
    )) {
      add(r.reporter, { year: r.year, valueUsd: r.valueUsd, sourceId: r.sourceId });
    }
  }
  for (const list of out.values()) list.sort((x, y) => x.year - y.year);
  return out;
}

const pct = (value: number, of: number) => ((value - of) / of) * 100;
const fmtPct = (p: number) => `${Math.abs(p) < 10 ? Math.abs(p).toFixed(1) : Math.round(Math.abs(p))}%`;

function partnerPhrase(a: TradeAssertion): string {
  return a.partners.includes(REGION_CODE) ? "all five countries" : a.partners.map((p) => COUNTRY_NAMES[p] ?? p).join(", ");
}

function tradeVerdicts(a: TradeAssertion, evidence: Evidence): ClaimVerdict[] {
  if (a.comparators.includes("largest_partner")) return largestPartnerVerdicts(a, evidence);
  const series = reporterSeries(a, evidence.trade, evidence.sources);
  const verdicts: ClaimVerdict[] = [];
  for (const [reporter, list] of [...series].sort(([x], [y]) => reporterOrder(x) - reporterOrder(y))) {
    verdicts.push(tradeVerdictFor(a, reporter, list));
  }
  if (verdicts.length === 0) {
    verdicts.push(notCheckable("none", `No reporter has a turnover figure for ${partnerPhrase(a)} in this data.`));
  }
  return verdicts;
}

const REPORTER_ORDER = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "EDB", "COW"];
const reporterOrder = (code: string) => REPORTER_ORDER.indexOf(code) + 1 || 99;

function notCheckable(reporter: string, explanation: string, year: number | null = null, value: number | null = null): ClaimVerdict {
  return {
    reporter,
    reporterName: reporter === "none" ? "No reporter" : reporterLabel(reporter),
    year,
    value,
    unit: "usd",
    verdict: "not checkable with this data",
    explanation,
    sourceIds: [],
    projectIds: [],
  };
}

function tradeVerdictFor(a: TradeAssertion, reporter: string, list: YearValue[]): ClaimVerdict {
  const who = reporterLabel(reporter);
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const coverage = first.year === last.year ? `${first.year}` : `${first.year}–${last.year}`;
  const base = (verdict: Verdict, explanation: string, year: number | null, value: number | null, used: YearValue[]): ClaimVerdict => ({
    reporter,
    reporterName: who,
    year,
    value,
    unit: "usd",
    verdict,
    explanation,
    sourceIds: [...new Set(used.map((u) => u.sourceId).filter((s): s is string => !!s))],
    projectIds: [],
  });

  if (a.comparators.includes("forecast_growth")) {
    const baseYear = a.years.to;
    const baseValue = list.find((v) => v.year === baseYear);
    const later = list.filter((v) => v.year > baseYear);
    if (later.length === 0) {
      return base(
        "not checkable with this data",
        `${who}: a forecast, checkable only against figures for ${baseYear + 1} and later; this data has ${baseValue ? `${formatUsdBn(baseValue.valueUsd)} for ${baseYear} and nothing after` : `figures for ${coverage} only`} — not checkable with this data.`,
        baseValue?.year ?? last.year,
        baseValue?.valueUsd ?? null,
        baseValue ? [baseValue] : [],
      );
    }
    if (!baseValue) {
      return base(
        "not checkable with this data",
        `${who}: no ${baseYear} figure to compare the later years with — not checkable with this data.`,
        last.year,
        last.valueUsd,
        [],
      );
    }
    const path = [baseValue, ...later];
    const check = growthCheck(path);
    const verdict = combine([check]);
    return base(verdict, `${who}: ${pathText(path)}${growthWords(check, path)} — ${verdict}.`, last.year, last.valueUsd, path);
  }

  if (a.comparators.includes("growing")) {
    const window = list.filter((v) => v.year >= a.years.from && v.year <= a.years.to);
    if (window.length < 2) {
      return base(
        "not checkable with this data",
        `${who}: ${window.length === 1 ? `only ${window[0]!.year} (${formatUsdBn(window[0]!.valueUsd)})` : "no figure"} in ${a.years.from}–${a.years.to} (its figures cover ${coverage}) — not checkable with this data.`,
        window[0]?.year ?? null,
        window[0]?.valueUsd ?? null,
        window,
      );
    }
    const check = growthCheck(window);
    const verdict = combine([check]);
    const end = window[window.length - 1]!;
    return base(verdict, `${who}: ${pathText(window)}${growthWords(check, window)} — ${verdict}.`, end.year, end.valueUsd, window);
  }

  // a value in one year: approximately / more_than / record_high
  const year = a.years.to;
  const point = list.find((v) => v.year === year);
  if (!point) {
    return base(
      "not checkable with this data",
      `${who}: no ${year} figure for ${partnerPhrase(a)} (its figures cover ${coverage}${last.year < year ? `; latest ${formatUsdBn(last.valueUsd)} in ${last.year}` : ""}) — not checkable with this data.`,
      null,
      null,
      [],
    );
  }
  const checks: Check[] = [];
  const words: string[] = [];
  const tolerance = a.tolerancePct ?? 0;
  if (a.comparators.includes("approximately") && a.threshold !== undefined) {
    const off = pct(point.valueUsd, a.threshold);
    const check: Check = Math.abs(off) <= tolerance ? "pass" : Math.abs(off) <= 3 * tolerance ? "near" : "fail";
    checks.push(check);
    words.push(
      `${fmtPct(off)} ${off < 0 ? "below" : "above"} the ${formatUsdBn(a.threshold, 0)} claimed${check === "pass" ? ` (within the ${fmtPct(tolerance)} allowed for rounding)` : ""}`,
    );
  }
  if (a.comparators.includes("more_than") && a.threshold !== undefined) {
    const off = pct(point.valueUsd, a.threshold);
    const check: Check = point.valueUsd > a.threshold ? "pass" : -off <= tolerance ? "near" : "fail";
    checks.push(check);
    words.push(
      check === "pass"
        ? `above the ${formatUsdBn(a.threshold, 0)} claimed`
        : check === "near"
          ? `just under the ${formatUsdBn(a.threshold, 0)} claimed (${fmtPct(off)} short)`
          : `${fmtPct(off)} below the ${formatUsdBn(a.threshold, 0)} claimed`,
    );
  }
  if (a.comparators.includes("record_high")) {
    const earlier = list.filter((v) => v.year < year);
    if (earlier.length === 0) {
      checks.push("unknown");
      words.push("no earlier year here to call it a record");
    } else {
      const high = earlier.reduce((x, y) => (y.valueUsd > x.valueUsd ? y : x));
      const check: Check = point.valueUsd > high.valueUsd ? "pass" : "fail";
      checks.push(check);
      words.push(
        check === "pass"
          ? `the highest year recorded here (previous high ${formatUsdBn(high.valueUsd)} in ${high.year})`
          : `not a record: ${formatUsdBn(high.valueUsd)} in ${high.year} was higher`,
      );
    }
  }
  const verdict = combine(checks);
  return base(verdict, `${who}: ${formatUsdBn(point.valueUsd)} in ${year}, ${words.join("; ")} — ${verdict}.`, year, point.valueUsd, [point]);
}

function growthCheck(path: YearValue[]): Check {
  const first = path[0]!;
  const last = path[path.length - 1]!;
  const everyStep = path.every((v, i) => i === 0 || v.valueUsd > path[i - 1]!.valueUsd);
  if (everyStep) return "pass";
  return last.valueUsd > first.valueUsd ? "near" : "fail";
}

function pathText(path: YearValue[]): string {
  return path.map((v) => `${formatUsdBn(v.valueUsd)} (${v.year})`).join(" → ");
}

function growthWords(check: Check, path: YearValue[]): string {
  const gaps = path.some((v, i) => i > 0 && v.year - path[i - 1]!.year > 1) ? " (some years have no figure)" : "";
  if (check === "pass") return `: rose every year shown${gaps}`;
  const falls = path.filter((v, i) => i > 0 && v.valueUsd <= path[i - 1]!.valueUsd).map((v) => v.year);
  if (check === "near") return `: up overall, but not steadily (fell or stalled in ${falls.join(", ")})${gaps}`;
  return `: no growth over the period${gaps}`;
}

/** Only a reporter that reports several partners can rank them; a partner's own statistics cover only itself. */
function largestPartnerVerdicts(a: TradeAssertion, evidence: Evidence): ClaimVerdict[] {
  const index = indexSources(evidence.sources);
  const among = a.among ?? [...CENTRAL_ASIA];
  const subject = a.partners[0]!;
  const year = a.years.to;
  const rows = preferredRows(
    evidence.trade.filter((r) => r.flow === "turnover" && r.periodKind === "full_year" && (among as string[]).includes(r.partner)),
    index,
  );
  const reporters = [...new Set(rows.filter((r) => r.partner === subject).map((r) => r.reporter))].sort(
    (x, y) => reporterOrder(x) - reporterOrder(y),
  );
  const verdicts: ClaimVerdict[] = [];
  for (const reporter of reporters) {
    const who = reporterLabel(reporter);
    const own = rows.filter((r) => r.reporter === reporter);
    const partnersReported = new Set(own.map((r) => r.partner));
    if (partnersReported.size === 1 && reporter === subject) {
      verdicts.push(
        notCheckable(
          reporter,
          `${who}: reports only its own trade with China, and ranking it against other countries' own statistics would mix reporters — not checkable with this data.`,
        ),
      );
      continue;
    }
    const inYear = own.filter((r) => r.year === year).sort((x, y) => y.valueUsd - x.valueUsd);
    const subjectRow = inYear.find((r) => r.partner === subject);
    if (!subjectRow) {
      const years = own.map((r) => r.year);
      verdicts.push(
        notCheckable(
          reporter,
          `${who}: no ${year} figure for ${COUNTRY_NAMES[subject]} (its figures cover ${Math.min(...years)}–${Math.max(...years)}) — not checkable with this data.`,
        ),
      );
      continue;
    }
    const others = inYear.filter((r) => r.partner !== subject);
    const missing = among.filter((c) => c !== subject && !inYear.some((r) => r.partner === c));
    const next = others[0];
    const largest = !next || subjectRow.valueUsd > next.valueUsd;
    const check: Check = !largest ? "fail" : missing.length ? "near" : "pass";
    const verdict = combine([check]);
    const comparison = next
      ? largest
        ? `${formatUsdBn(subjectRow.valueUsd)} in ${year}, ahead of ${COUNTRY_NAMES[next.partner]} (${formatUsdBn(next.valueUsd)})`
        : `${formatUsdBn(subjectRow.valueUsd)} in ${year}, behind ${COUNTRY_NAMES[next.partner]} (${formatUsdBn(next.valueUsd)})`
      : `${formatUsdBn(subjectRow.valueUsd)} in ${year}, with no other country to compare`;
    const gap = missing.length ? `; no ${year} figure for ${missing.map((c) => COUNTRY_NAMES[c]).join(", ")}` : "";
    verdicts.push({
      reporter,
      reporterName: who,
      year,
      value: subjectRow.valueUsd,
      unit: "usd",
      verdict,
      explanation: `${who}: ${COUNTRY_NAMES[subject]} ${comparison}${gap} (trade only, not investment) — ${verdict}.`,
      sourceIds: [...new Set(inYear.map((r) => r.sourceId))],
      projectIds: [],
    });
  }
  return verdicts.length ? verdicts : [notCheckable("none", `No reporter has a ${year} turnover figure for ${COUNTRY_NAMES[subject]}.`)];
}

// ---------------------------------------------------------------- projects

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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function projectVerdicts(a: ProjectAssertion, projects: ProjectRow[]): ClaimVerdict[] {
  const keywords = a.keywords?.map((k) => k.toLowerCase());
  const relevant = projects.filter(
    (p) =>
      p.themes.includes(a.theme) &&
      (!a.countries || p.countries.some((c) => (a.countries as string[]).includes(c))) &&
      (!keywords || keywords.some((k) => `${p.name ?? ""} ${p.subsector ?? ""}`.toLowerCase().includes(k))),
  );
  const verdicts: ClaimVerdict[] = [];
  for (const kind of PROJECT_SOURCE_ORDER) {
    const records = relevant.filter((p) => p.kind === kind);
    // a claim naming one project can only be checked against records that have names
    if (records.length === 0 || (a.nameIncludes && records.every((r) => r.name === null))) continue;
    verdicts.push(projectVerdictFor(a, kind, records));
  }
  if (verdicts.length === 0) {
    verdicts.push({
      reporter: "named",
      reporterName: PROJECT_KIND_LABELS.named,
      year: null,
      value: 0,
      unit: "records",
      verdict: "not checkable with this data",
      explanation: `No project record here is tagged ${a.theme}${a.countries ? ` in ${a.countries.map((c) => COUNTRY_NAMES[c]).join(", ")}` : ""} — not checkable with this data (absence from these lists is not evidence of absence).`,
      sourceIds: [],
      projectIds: [],
    });
  }
  return verdicts;
}

function projectVerdictFor(a: ProjectAssertion, kind: ProjectKind, records: ProjectRow[]): ClaimVerdict {
  const who = kind === "named" ? "Named projects" : kind === "aei_deal" ? "AEI tracker" : "GEM pipelines";
  const result = (verdict: Verdict, explanation: string, used: ProjectRow[]): ClaimVerdict => ({
    reporter: kind,
    reporterName: PROJECT_KIND_LABELS[kind],
    year: null,
    value: used.length,
    unit: "records",
    verdict,
    explanation: `${who}: ${explanation} — ${verdict}.`,
    sourceIds: [...new Set(used.map((u) => u.sourceId))],
    projectIds: used.map((u) => u.id),
  });
  const noParty = records.filter((r) => !r.chineseParties);
  const noPartyText = noParty.length ? `; ${plural(noParty.length, "record")} name${noParty.length === 1 ? "s" : ""} no Chinese party` : "";

  if (a.nameIncludes) {
    const needle = a.nameIncludes.toLowerCase();
    const matched = records.filter((r) => (r.name ?? "").toLowerCase().includes(needle));
    if (matched.length === 0) {
      const place = a.place?.toLowerCase();
      const closest = records.filter((r) => !place || `${r.name ?? ""} ${r.coordPrecision ?? ""}`.toLowerCase().includes(place));
      const best = closest.find(established) ?? closest[0];
      if (!best) {
        return result(
          "not checkable with this data",
          `nothing named “${a.nameIncludes}”${a.place ? ` and no ${a.theme} record in ${a.place}` : ""} among ${plural(records.length, "record")}`,
          [],
        );
      }
      const verdict: Verdict = best.chineseParties ? "partly supported" : "not checkable with this data";
      return result(
        verdict,
        `nothing named “${a.nameIncludes}” was found; the closest record is ${best.name} (${STATUS_LABELS[best.status].toLowerCase()}; Chinese parties: ${best.chineseParties ?? "none named"}) — weak evidence, a different centre at best`,
        [best],
      );
    }
    const withParty = matched.filter((r) => r.chineseParties);
    const m = matched[0]!;
    const since = m.startYear ? ` since ${m.startYear}` : "";
    if (withParty.length === 0) {
      const others = records.filter((r) => !matched.includes(r) && established(r));
      return result(
        "partly supported",
        `${m.name} is here (${STATUS_LABELS[m.status].toLowerCase()}${since}), but no source read names a Chinese financier or contractor for it${others.length ? `; ${plural(others.length, "other " + a.theme + " record")} with a Chinese party operate` : ""}`,
        matched,
      );
    }
    const verdict = combine([withParty.some(established) ? "pass" : "near"]);
    return result(verdict, `${m.name}: ${statusCounts(matched)}; Chinese parties: ${withParty.map((r) => r.chineseParties).join("; ")}`, matched);
  }

  if (a.countries) {
    const perCountry = a.countries.map((c) => {
      const inCountry = records.filter((r) => r.countries.includes(c));
      return { country: c, records: inCountry, established: inCountry.filter(established).length };
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
    return result(verdict, `${parts.join("; ")}${noPartyText}`, records);
  }

  const done = records.filter(established);
  const going = records.filter(inProgress);
  const check: Check =
    done.length > 0
      ? "pass"
      : going.length > 0 || records.some((r) => r.status === "planned")
        ? "near"
        : records.every((r) => r.status === "cancelled")
          ? "fail"
          : "near";
  const verdict = combine([check]);
  const what = kind === "aei_deal" ? `${plural(records.length, "deal")} recorded` : `${plural(records.length, "record")} (${statusCounts(records)})`;
  const highlight = kind === "aei_deal" ? "" : done.length ? `; ${done.length} operational with a Chinese party` : "; none operational yet";
  return result(verdict, `${what}${highlight}${noPartyText}`, records);
}
