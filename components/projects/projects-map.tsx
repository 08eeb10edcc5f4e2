"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useInView } from "@/components/charts/use-in-view";
import { pageProjectsQueryOptions } from "@/lib/projects/query-options";
import type { ProjectFilters } from "@/lib/projects/schemas";

// d3-geo, the drawing, the country outlines and the records it places stay out of the page until the map nears the viewport.
const ProjectsMapDrawing = dynamic(() => import("./projects-map-drawing").then((m) => m.ProjectsMapDrawing), { ssr: false });

/** The region drawn offline, in a box of the map's own proportions so nothing moves when it appears. */
export function ProjectsMap({ filters, unmapped }: { filters: ProjectFilters; unmapped: number }) {
  const t = useTranslations("projects.map");
  // no margin: the map's records (about 175 kB) and its drawing wait until the map itself is on screen
  const [ref, seen] = useInView<HTMLDivElement>("0px");
  const records = useQuery({ ...pageProjectsQueryOptions(filters), enabled: seen, placeholderData: (previous) => previous });
  return (
    <figure className="plain-figure">
      <div ref={ref} className="map-box">
        {seen && records.data ? <ProjectsMapDrawing projects={records.data.data} /> : null}
      </div>
      <figcaption className="small muted">
        {t.rich("caption", { en: (chunks) => <span lang="en">{chunks}</span> })} {unmapped > 0 && t("unmapped", { count: unmapped })}
      </figcaption>
    </figure>
  );
}
