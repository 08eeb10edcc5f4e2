"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useInView } from "@/components/charts/use-in-view";
import type { ProjectBrief } from "@/lib/projects/schemas";
import { parseWktLines } from "@/lib/projects/wkt";

// d3-geo, the drawing and the country outlines stay out of the page until the map nears the viewport.
const ProjectsMapDrawing = dynamic(() => import("./projects-map-drawing").then((m) => m.ProjectsMapDrawing), { ssr: false });

/** The region drawn offline, in a box of the map's own proportions so nothing moves when it appears. */
export function ProjectsMap({ projects }: { projects: ProjectBrief[] }) {
  const t = useTranslations("projects.map");
  const [ref, seen] = useInView<HTMLDivElement>();
  const unmapped = projects.filter((p) => !parseWktLines(p.geometryWkt) && (p.latitude === null || p.longitude === null)).length;
  return (
    <figure className="plain-figure">
      <div ref={ref} className="map-box">
        {seen ? <ProjectsMapDrawing projects={projects} /> : null}
      </div>
      <figcaption className="small muted">
        {t.rich("caption", { en: (chunks) => <span lang="en">{chunks}</span> })} {unmapped > 0 && t("unmapped", { count: unmapped })}
      </figcaption>
    </figure>
  );
}
