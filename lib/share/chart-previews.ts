// What each page's link preview (its Open Graph image) says: the page's
// headline figure per reporter, the chart behind it, or for the claims the
// verdicts' tally. Made from the same views as the chart images, so a
// preview never shows a number the page does not.
import "server-only";
import type { Db } from "../core/db/client";
import { formatUsdBn } from "../core/format";
import type { Locale } from "../core/i18n/routing";
import { CENTRAL_ASIA, type PartnerIso3 } from "../core/reference/codes";
import { findClaims } from "../claims/queries";
import { VERDICTS, type Verdict } from "../claims/verdict-core";
import { findProjects } from "../projects/queries";
import { ALL_PROJECTS, PROJECT_KINDS } from "../projects/schemas";
import { findCoverage } from "../trade/coverage";
import { findTrade } from "../trade/queries";
import type { ChartModel, ChartTone } from "./chart-model";
import { findMirrorChart, findTradeChart, verdictName, verdictReporterName } from "./chart-views";
import { countryName, reporterShort, shareT } from "./i18n";

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

export async function overviewPreview(db: Db, locale: Locale = "en"): Promise<Preview> {
  const t = shareT(locale);
  const { model } = await findTradeChart(db, { partner: ALL_FIVE, reporter: null, flow: ["turnover"], from: null, to: null }, locale);
  return {
    eyebrow: t("preview.overviewEyebrow"),
    title: t("preview.overviewTitle"),
    figures: latestPerSeries(model)
      .slice(0, 3)
      .map((l) => ({
        label: t("preview.figureLabel", { label: l.label, year: String(l.year) }),
        value: formatUsdBn(l.value, 1, locale),
        tone: l.tone,
      })),
    lines: [{ text: t("preview.overviewLine") }],
    chart: model,
    footer: t("preview.footer"),
  };
}

export async function countryPreview(db: Db, iso3: PartnerIso3, locale: Locale = "en"): Promise<Preview> {
  const t = shareT(locale);
  const { model } = await findTradeChart(db, { partner: [iso3], reporter: null, flow: ["turnover"], from: null, to: null }, locale);
  const name = countryName(iso3, locale);
  const latest = latestPerSeries(model);
  // China's customs and the partner's own statistics first: the two numbers for the same trade
  const order = (key: string) => (key === "CHN" ? 0 : key === iso3 ? 1 : 2);
  return {
    eyebrow: t("preview.countryEyebrow", { name }),
    title: t("preview.countryTitle", { name }),
    figures: [...latest]
      .sort((a, b) => order(a.key) - order(b.key))
      .slice(0, 3)
      .map((l) => ({
        label: t("preview.figureLabel", { label: l.label, year: String(l.year) }),
        value: formatUsdBn(l.value, 1, locale),
        tone: l.tone,
      })),
    lines: [{ text: t("preview.countryLine") }],
    chart: model,
    footer: t("preview.footer"),
  };
}

export async function mirrorPreview(db: Db, locale: Locale = "en"): Promise<Preview> {
  const t = shareT(locale);
  const { model } = await findMirrorChart(db, { partner: ALL_FIVE, flow: ["turnover"], from: null, to: null }, locale);
  return {
    eyebrow: t("preview.mirrorEyebrow"),
    title: t("preview.mirrorTitle"),
    figures: latestPerSeries(model)
      .slice(0, 3)
      .map((l) => ({
        label: t("preview.figureLabel", { label: l.label, year: String(l.year) }),
        value: `${l.value >= 0 ? "+" : ""}${formatUsdBn(l.value, 1, locale)}`,
        detail: t("preview.mirrorDetail"),
        tone: l.tone,
      })),
    lines: [{ text: t("preview.mirrorLine") }],
    chart: model,
    footer: t("preview.footer"),
  };
}

const VERDICT_TONE = (verdict: Verdict): ChartTone => ({ palette: "verdict", code: verdict });

export async function claimsPreview(db: Db, locale: Locale = "en"): Promise<Preview> {
  const t = shareT(locale);
  const claims = await findClaims(db, { theme: null });
  const judged = claims.data.flatMap((c) => c.verdicts.filter((v) => v.role === "judged"));
  const tally = VERDICTS.map((verdict) => ({ verdict, count: judged.filter((v) => v.verdict === verdict).length })).filter((t) => t.count > 0);
  return {
    eyebrow: t("preview.claimsEyebrow"),
    title: t("preview.claimsTitle", { count: claims.data.length, n: String(claims.data.length), title: claims.meta.article.title.split(":")[0]! }),
    // the tally's labels as short as the language allows, so that four fit in a row
    figures: tally.slice(0, 4).map((v) => ({ label: t(`preview.verdictShort.${v.verdict}`), value: String(v.count), tone: VERDICT_TONE(v.verdict) })),
    lines: claims.data.slice(0, 2).map((c) => {
      const first = c.verdicts.find((v) => v.role === "judged") ?? c.verdicts[0];
      return {
        text: t("preview.claimsLine", {
          quote: c.quote,
          verdict: first
            ? t("preview.claimsVerdict", { verdict: verdictName(first.verdict, locale), reporter: verdictReporterName(first, locale) })
            : t("preview.noVerdict"),
        }),
        tone: first ? VERDICT_TONE(first.verdict) : undefined,
      };
    }),
    chart: null,
    footer: t("preview.claimsFooter", { n: String(judged.length) }),
  };
}

export async function projectsPreview(db: Db, locale: Locale = "en"): Promise<Preview> {
  const t = shareT(locale);
  const projects = await findProjects(db, ALL_PROJECTS);
  const byKind = PROJECT_KINDS.map((kind) => ({ kind, count: projects.data.filter((p) => p.kind === kind).length })).filter((k) => k.count > 0);
  const byCountry = CENTRAL_ASIA.map((c) => `${countryName(c, locale)} ${projects.data.filter((p) => p.countries.includes(c)).length}`);
  return {
    eyebrow: t("preview.projectsEyebrow"),
    title: t("preview.projectsTitle"),
    figures: byKind.map((k) => ({ label: t(`preview.projectKind.${k.kind}`, { count: k.count }), value: String(k.count) })),
    lines: [{ text: t("preview.projectsByCountry", { list: byCountry.join(" · ") }) }, { text: t("preview.projectsLine") }],
    chart: null,
    footer: t("preview.projectsFooter"),
  };
}

export async function dataPreview(db: Db, locale: Locale = "en"): Promise<Preview> {
  const t = shareT(locale);
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
    eyebrow: t("preview.dataEyebrow"),
    title: t("preview.dataTitle"),
    figures: [
      { label: t("preview.dataFigures", { count: trade.meta.count }), value: trade.meta.count.toLocaleString(locale === "ru" ? "ru-RU" : "en-US") },
      { label: t("preview.dataSources", { count: trade.sources.length }), value: String(trade.sources.length) },
      { label: t("preview.dataYears"), value: years.length ? `${Math.min(...years)}–${Math.max(...years)}` : "—" },
    ],
    lines: [
      { text: t("preview.dataReporters", { list: reporters.map((r) => reporterShort(r, locale)).join(", ") }) },
      { text: t("preview.dataLine") },
    ],
    chart: null,
    footer: t("preview.footer"),
  };
}
