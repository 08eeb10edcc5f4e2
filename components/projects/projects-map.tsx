"use client";

import dynamic from "next/dynamic";
import { useInView } from "@/components/charts/use-in-view";
import type { BaseShape } from "@/lib/projects/map";
import type { ProjectRow } from "@/lib/projects/schemas";
import { parseWktLines } from "@/lib/projects/wkt";

// d3-geo and the drawing stay out of the page's first JavaScript until the map nears the viewport.
const ProjectsMapDrawing = dynamic(() => import("./projects-map-drawing").then((m) => m.ProjectsMapDrawing), { ssr: false });

/** The region drawn offline, in a box of the map's own proportions so nothing moves when it appears. */
export function ProjectsMap({ shapes, projects }: { shapes: BaseShape[]; projects: ProjectRow[] }) {
  const [ref, seen] = useInView<HTMLDivElement>();
  const unmapped = projects.filter((p) => !parseWktLines(p.geometryWkt) && (p.latitude === null || p.longitude === null)).length;
  return (
    <figure style={{ margin: 0 }}>
      <div ref={ref} className="map-box">
        {seen ? <ProjectsMapDrawing shapes={shapes} projects={projects} /> : null}
      </div>
      <figcaption className="small muted">
        Country shapes: Natural Earth via world-atlas (1:50m). Lines: Global Energy Monitor routes (dashed = not operating). Filled dots: positions
        given by a source; hollow rings: approximate town or city positions, good at country scale only.{" "}
        {unmapped > 0 && `${unmapped} records in this view have no position and are not on the map.`}
      </figcaption>
    </figure>
  );
}
