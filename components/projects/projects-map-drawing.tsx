"use client";

import { useMemo, useState } from "react";
import { linePath, MAP_HEIGHT, MAP_WIDTH, regionProjection, type BaseShape } from "@/lib/projects/map";
import { STATUS_LABELS, type ProjectRow } from "@/lib/projects/schemas";
import { parseWktLines } from "@/lib/projects/wkt";
import { KIND_COLORS, STATUS_COLORS } from "./project-colors";

/**
 * The map itself, loaded on demand (d3-geo): country shapes (world-atlas,
 * projected on the server), pipelines as lines from their WKT route, projects
 * as points where coordinates exist. Approximate (town-level) positions are hollow rings.
 */
export function ProjectsMapDrawing({ shapes, projects }: { shapes: BaseShape[]; projects: ProjectRow[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const { lines, points } = useMemo(() => {
    const projection = regionProjection();
    const lines = projects.flatMap((p) => {
      const geometry = parseWktLines(p.geometryWkt);
      return geometry ? [{ p, d: linePath(projection, geometry) }] : [];
    });
    const points = projects.flatMap((p) => {
      if (p.latitude === null || p.longitude === null) return [];
      const xy = projection([p.longitude, p.latitude]);
      return xy ? [{ p, x: xy[0], y: xy[1] }] : [];
    });
    return { lines, points };
  }, [projects]);
  const active = projects.find((p) => p.id === selected) ?? null;
  return (
    <>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="projects-map"
        role="img"
        aria-label={`Map: ${lines.length} pipelines and ${points.length} projects with a position; a list follows`}
        style={{ width: "100%", height: "auto", display: "block" }}
      >
        {shapes.map((s) => (
          <path key={s.id} d={s.d} fill={s.iso3 && s.iso3 !== "CHN" ? "#fffdf6" : "#e7e5df"} stroke="#9aa3ad" strokeWidth={s.iso3 ? 0.9 : 0.5}>
            <title>{s.name}</title>
          </path>
        ))}
        {lines.map(({ p, d }) => (
          <path
            key={p.id}
            d={d}
            fill="none"
            stroke={KIND_COLORS.pipeline}
            strokeWidth={selected === p.id ? 4 : 2.2}
            strokeOpacity={0.85}
            strokeDasharray={p.status === "operational" ? undefined : "6 4"}
            onClick={() => setSelected(p.id)}
            data-testid="map-pipeline"
            style={{ cursor: "pointer" }}
          >
            <title>{`${p.label} (${STATUS_LABELS[p.status].toLowerCase()})`}</title>
          </path>
        ))}
        {points.map(({ p, x, y }) => (
          <circle
            key={p.id}
            cx={x}
            cy={y}
            r={selected === p.id ? 7 : 5}
            fill={p.approximateLocation ? "#fff" : STATUS_COLORS[p.status]}
            stroke={STATUS_COLORS[p.status]}
            strokeWidth={2}
            onClick={() => setSelected(p.id)}
            data-testid={p.approximateLocation ? "map-point-approx" : "map-point"}
            style={{ cursor: "pointer" }}
          >
            <title>{`${p.label}${p.approximateLocation ? ` — approximate position: ${p.coordPrecision}` : ""}`}</title>
          </circle>
        ))}
      </svg>
      {active && (
        <p className="notice small" role="status">
          <strong>{active.label}</strong> — {STATUS_LABELS[active.status]}
          {active.chineseParties ? `; Chinese parties: ${active.chineseParties}` : "; no Chinese party named"}
          {active.coordPrecision ? `; position: ${active.coordPrecision}` : ""}
        </p>
      )}
    </>
  );
}
