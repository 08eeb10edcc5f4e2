import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/core/i18n/routing";
import type { SearchParams } from "nuqs/server";
import { EmbedChart } from "@/components/share/embed-chart";
import { getDb } from "@/lib/core/db/client";
import { mirrorChartFilters } from "@/lib/share/chart-ref";
import { findMirrorChart } from "@/lib/share/chart-views";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";

const localeOf = (raw: string): Locale => (isLocale(raw) ? raw : DEFAULT_LOCALE);

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: "mirror" });
  return { title: t("embedTitle") };
}

/** The gap chart of /mirror, alone, for a frame: the same URL filters as /mirror (country, time, flow). */
export default async function MirrorEmbedPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const view = await findMirrorChart(getDb(), mirrorChartFilters(await loadDashboardFilters(searchParams)), localeOf((await params).locale));
  return <EmbedChart model={view.model} />;
}
