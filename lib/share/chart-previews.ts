// What each page's link preview (its Open Graph image) says: the page's
// headline figure per reporter, the chart behind it, or for the claims the
// verdicts' tally. Made from the same views as the chart images, so a
// preview never shows a number the page does not.
import "server-only";
import type { Db } from "../core/db/client";
import { formatUsdBn } from "../core/format";
import { CENTRAL_ASIA, COUNTRY_NAMES, reporterLabel, type PartnerIso3 } from "../core/reference/codes";
import { findClaims } from "../claims/queries";
import { VERDICTS, type Verdict } from "../claims/verdict-core";
import { findProjects } from "../projects/queries";
import { ALL_PROJECTS, PROJECT_KIND_LABELS, PROJECT_KINDS } from "../projects/schemas";
import { findCoverage } from "../trade/coverage";
import { findTrade } from "../trade/queries";
import type { ChartModel, ChartTone } from "./chart-model";
import { findMirrorChart, findTradeChart } from "./chart-views";

export interface PreviewFigure {
  label: string;
  value: string;
  detail?: string;
  tone?: ChartTone;
}

export interface Preview {
  /** the small line above the title: what part of Caravan */
  eyebrow: string;
  title: string;
  figures: PreviewFigure[];
  /** short lines under the figures (a claim and its verdicts) */
  lines: { text: string; tone?: ChartTone }[];
  /** drawn small beside the figures, without text */
  chart: ChartModel | null;
  footer: string;
}

const ALL_FIVE = [...CENTRAL_ASIA];
const FOOTER = "Every figure with its reporter and source · China's customs and the partners' own statistics, never mixed";

/** The latest value of each line of a year chart, per series. */
function latestPerSeries(model: ChartModel): { key: string; label: string; tone: ChartTone; year: number; value: number }[] {
  const out = [];
  for (const s of model.series) {
    for (let i = model.rows.length - 1; i >= 0; i--) {
      const row = model.rows[i]!;
      const value = row[s.key];
      if (typeof value === "number") {
        out.push({ key: s.key, label: s.label, tone: s.tone, year: Number(row[model.index]), value });
        break;
      }
    }
  }
  return out.sort((a, b) => b.year - a.year || b.value - a.value);
}

export async function overviewPreview(db: Db): Promise<Preview> {
  const { model } = await findTradeChart(db, { partner: ALL_FIVE, reporter: null, flow: ["turnover"], from: null, to: null });
  return {
    eyebrow: "Caravan · China–Central Asia trade, checked",
    title: "China–Central Asia trade, as each side reports it",
    figures: latestPerSeries(model)
      .slice(0, 3)
      .map((l) => ({ label: `${l.label}, ${l.year}`, value: formatUsdBn(l.value, 1), tone: l.tone })),
    lines: [{ text: "The article says: “a record $95 billion in 2024”." }],
    chart: model,
    footer: FOOTER,
  };
}

export async function countryPreview(db: Db, iso3: PartnerIso3): Promise<Preview> {
  const { model } = await findTradeChart(db, { partner: [iso3], reporter: null, flow: ["turnover"], from: null, to: null });
  const name = COUNTRY_NAMES[iso3] ?? iso3;
  const latest = latestPerSeries(model);
  // China's customs and the partner's own statistics first: the two numbers for the same trade
  const order = (key: string) => (key === "CHN" ? 0 : key === iso3 ? 1 : 2);
  return {
    eyebrow: `Caravan · ${name}`,
    title: `China–${name} trade, from both sides`,
    figures: [...latest]
      .sort((a, b) => order(a.key) - order(b.key))
      .slice(0, 3)
      .map((l) => ({ label: `${l.label}, ${l.year}`, value: formatUsdBn(l.value, 1), tone: l.tone })),
    lines: [{ text: "Every line is one reporter: China's customs, the partner's own statistics, and other publishers." }],
    chart: model,
    footer: FOOTER,
  };
}

export async function mirrorPreview(db: Db): Promise<Preview> {
  const { model } = await findMirrorChart(db, { partner: ALL_FIVE, flow: ["turnover"], from: null, to: null });
  return {
    eyebrow: "Caravan · The reporter gap",
    title: "China's figures against the partners' own",
    figures: latestPerSeries(model)
      .slice(0, 3)
      .map((l) => ({
        label: `${l.label}, ${l.year}`,
        value: `${l.value >= 0 ? "+" : ""}${formatUsdBn(l.value, 1)}`,
        detail: "China minus partner",
        tone: l.tone,
      })),
    lines: [{ text: "The same goods, counted once by each side: the gap is a finding, not an error." }],
    chart: model,
    footer: FOOTER,
  };
}

const VERDICT_TONE = (verdict: Verdict): ChartTone => ({ palette: "verdict", code: verdict });

export async function claimsPreview(db: Db): Promise<Preview> {
  const claims = await findClaims(db, { theme: null });
  const judged = claims.data.flatMap((c) => c.verdicts.filter((v) => v.role === "judged"));
  const tally = VERDICTS.map((verdict) => ({ verdict, count: judged.filter((v) => v.verdict === verdict).length })).filter((t) => t.count > 0);
  return {
    eyebrow: "Caravan · The article's claims, checked",
    title: `${claims.data.length} claims of “${claims.meta.article.title.split(":")[0]}”, judged per reporter`,
    figures: tally.slice(0, 4).map((t) => ({ label: t.verdict, value: String(t.count), tone: VERDICT_TONE(t.verdict) })),
    lines: claims.data.slice(0, 2).map((c) => {
      const first = c.verdicts.find((v) => v.role === "judged") ?? c.verdicts[0];
      return {
        text: `“${c.quote}” — ${first ? `${first.verdict} (${first.reporterName})` : "no verdict"}`,
        tone: first ? VERDICT_TONE(first.verdict) : undefined,
      };
    }),
    chart: null,
    footer: `Verdicts computed from the data on every request, once per reporter (${judged.length} verdicts)`,
  };
}

export async function projectsPreview(db: Db): Promise<Preview> {
  const projects = await findProjects(db, ALL_PROJECTS);
  const byKind = PROJECT_KINDS.map((kind) => ({ kind, count: projects.data.filter((p) => p.kind === kind).length })).filter((k) => k.count > 0);
  const byCountry = CENTRAL_ASIA.map((c) => `${COUNTRY_NAMES[c]} ${projects.data.filter((p) => p.countries.includes(c)).length}`);
  return {
    eyebrow: "Caravan · China-linked projects",
    title: "China-linked projects in Central Asia",
    figures: byKind.map((k) => ({ label: `${PROJECT_KIND_LABELS[k.kind]}${k.count === 1 ? "" : "s"}`, value: String(k.count) })),
    lines: [{ text: `Records by country: ${byCountry.join(" · ")}` }, { text: "Amounts with different bases are never added together." }],
    chart: null,
    footer: "Every record with its source: named projects, the AEI China Global Investment Tracker, Global Energy Monitor",
  };
}

export async function dataPreview(db: Db): Promise<Preview> {
  const [trade, coverage] = await Promise.all([
    findTrade(db, {
      partner: [...ALL_FIVE, "CA5"],
      reporter: null,
      flow: ["turnover", "china_exports", "china_imports"],
      from: null,
      to: null,
      period: "all",
    }),
    findCoverage(db),
  ]);
  const reporters = [...new Set(trade.data.map((r) => r.reporter))];
  const years = coverage.data.flatMap((c) => [c.firstYear, c.lastYear]);
  return {
    eyebrow: "Caravan · The figures",
    title: "Every figure, with its reporter and source",
    figures: [
      { label: "figures", value: trade.meta.count.toLocaleString("en-US") },
      { label: "sources", value: String(trade.sources.length) },
      { label: "years", value: years.length ? `${Math.min(...years)}–${Math.max(...years)}` : "—" },
    ],
    lines: [{ text: `Reporters: ${reporters.map(reporterLabel).join(", ")}` }, { text: "CSV and data packages with every source's licence." }],
    chart: null,
    footer: FOOTER,
  };
}
