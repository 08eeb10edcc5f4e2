import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { EmbedChart } from "@/components/share/embed-chart";
import { getDb } from "@/lib/core/db/client";
import { mirrorChartFilters } from "@/lib/share/chart-ref";
import { findMirrorChart } from "@/lib/share/chart-views";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reporter gap (embed)" };

/** The gap chart of /mirror, alone, for a frame: the same URL filters as /mirror (country, time, flow). */
export default async function MirrorEmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = await findMirrorChart(getDb(), mirrorChartFilters(await loadDashboardFilters(searchParams)));
  return <EmbedChart model={view.model} />;
}
