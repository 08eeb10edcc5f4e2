// The projects page's words for the data's codes, in the page's language (English: the labels of lib/projects/schemas.ts).
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ProjectKind, ProjectStatus, ProjectTheme, Sector } from "@/lib/projects/schemas";

export interface ProjectLabels {
  kind: (kind: ProjectKind) => string;
  theme: (theme: ProjectTheme) => string;
  sector: (sector: Sector) => string;
  status: (status: ProjectStatus) => string;
  statusLower: (status: ProjectStatus) => string;
  /** a country's name, or its code when there is none */
  country: (iso3: string) => string;
}

export function useProjectLabels(): ProjectLabels {
  const t = useTranslations("projects");
  const ref = useTranslations("reference");
  return useMemo(
    () => ({
      kind: (kind: ProjectKind) => t(`kinds.${kind}`),
      theme: (theme: ProjectTheme) => t(`themes.${theme}`),
      sector: (sector: Sector) => (t.has(`sectors.${sector}`) ? t(`sectors.${sector}`) : sector),
      status: (status: ProjectStatus) => t(`statuses.${status}`),
      statusLower: (status: ProjectStatus) => t(`statusesLower.${status}`),
      country: (iso3: string) => (ref.has(`countries.${iso3}` as "countries.CHN") ? ref(`countries.${iso3}` as "countries.CHN") : iso3),
    }),
    [t, ref],
  );
}
