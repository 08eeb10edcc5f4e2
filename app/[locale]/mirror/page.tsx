import { dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/core/i18n/routing";
import type { SearchParams } from "nuqs/server";
import { Suspense, type ReactNode } from "react";
import { MirrorDashboard } from "@/components/mirror/mirror-dashboard";
import { ChartSkeleton } from "@/components/states/states";
import { toTradeFilters } from "@/lib/trade/url-state";
import { loadDashboardFilters } from "@/lib/trade/url-state-loader";
import { prefetchCoverage, prefetchMirror } from "@/lib/trade/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHydrationBoundary } from "@/components/layout/page-hydration";

const localeOf = (raw: string): Locale => (isLocale(raw) ? raw : DEFAULT_LOCALE);

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: "mirror" });
  return { title: t("metaTitle") };
}

const bold = (chunks: ReactNode) => <strong>{chunks}</strong>;

// The heading goes out at once; the figures follow as soon as the database has answered, the lead and the explanation with them (the answer first).
export default function MirrorPage({ searchParams }: Props) {
  const t = useTranslations("mirror");
  const tOverview = useTranslations("overview");
  return (
    <ClientMessages page="mirror">
      <h1>{t("heading")}</h1>
      <Suspense fallback={<ChartSkeleton label={tOverview("loadingFigures")} />}>
        <Mirror
          searchParams={searchParams}
          lead={<p className="lead">{t("lead")}</p>}
          explanation={
            <section className="panel" aria-labelledby="why-title">
              <h2 id="why-title">{t("why.title")}</h2>
              <ul>
                <li>{t.rich("why.valuation", { b: bold })}</li>
                <li>{t.rich("why.reexports", { b: bold })}</li>
                <li>{t.rich("why.timing", { b: bold })}</li>
                <li>{t.rich("why.coverage", { b: bold })}</li>
              </ul>
            </section>
          }
        />
      </Suspense>
    </ClientMessages>
  );
}

async function Mirror({ searchParams, lead, explanation }: Props & { lead: ReactNode; explanation: ReactNode }) {
  const filters = await loadDashboardFilters(searchParams);
  const { reporter: _ignored, ...query } = toTradeFilters(filters);
  const queryClient = createServerQueryClient();
  await Promise.all([prefetchMirror(queryClient, query), prefetchCoverage(queryClient)]);
  return (
    <PageHydrationBoundary state={dehydrate(queryClient)}>
      <MirrorDashboard lead={lead} explanation={explanation} />
    </PageHydrationBoundary>
  );
}
