import { dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { Suspense, type ReactNode } from "react";
import { ProjectsView } from "@/components/projects/projects-view";
import { ChartSkeleton } from "@/components/states/states";
import { toProjectFilters } from "@/lib/projects/url-state";
import { loadProjectFilters } from "@/lib/projects/url-state-loader";
import { prefetchProjectsPageSummary } from "@/lib/projects/prefetch";
import { createServerQueryClient } from "@/lib/core/query-client";
import { paramsLocale } from "@/lib/core/i18n/routing";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageHydrationBoundary } from "@/components/layout/page-hydration";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: await paramsLocale(params), namespace: "projects.meta" });
  return { title: t("title") };
}

// The heading goes out at once; the records follow as soon as the database has answered. The lead stands after
// the headline counts (the page's answer comes first on a phone), so it goes with them.
export default async function ProjectsPage({ params, searchParams }: Props) {
  const locale = await paramsLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "projects.page" });
  return (
    <ClientMessages page="projects">
      <h1>{t("heading")}</h1>
      <Suspense fallback={<ChartSkeleton label={t("loading")} />}>
        <Projects searchParams={searchParams} lead={<p className="lead">{t.rich("lead", { en: (chunks) => <span lang="en">{chunks}</span> })}</p>} />
      </Suspense>
    </ClientMessages>
  );
}

async function Projects({ searchParams, lead }: Pick<Props, "searchParams"> & { lead: ReactNode }) {
  const filters = toProjectFilters(await loadProjectFilters(searchParams));
  const queryClient = createServerQueryClient();
  await prefetchProjectsPageSummary(queryClient, filters);
  return (
    <PageHydrationBoundary state={dehydrate(queryClient)}>
      <ProjectsView lead={lead} />
    </PageHydrationBoundary>
  );
}
