import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { EmbedChart } from "@/components/share/embed-chart";
import { getDb } from "@/lib/core/db/client";
import { tradeChartFilters } from "@/lib/share/chart-ref";
import { findTradeChart } from "@/lib/share/chart-views";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Trade by reporter (embed)" };

/** The trend chart of / and /countries/[iso3], alone, for a frame: the same URL filters as the overview (country, time, reporter, flow). */
export default async function TradeEmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = await findTradeChart(getDb(), tradeChartFilters(await loadDashboardFilters(searchParams)));
  return <EmbedChart model={view.model} />;
}
