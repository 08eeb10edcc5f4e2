"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { linePath, MAP_HEIGHT, MAP_WIDTH, regionProjection } from "@/lib/projects/map";
import { baseMapQueryOptions } from "@/lib/projects/query-options";
import type { ProjectBrief } from "@/lib/projects/schemas";
import { parseWktLines } from "@/lib/projects/wkt";
import { useProjectLabels } from "./labels";
import { KIND_COLORS, STATUS_COLORS } from "@/components/charts/project-colors";

/**
 * The map itself, loaded on demand (d3-geo): country shapes (world-atlas,
 * projected at build time, fetched with the drawing; the projects are drawn
 * while they arrive), pipelines as lines from their WKT route, projects
 * as points where coordinates exist. Approximate (town-level) positions are hollow rings.
 */
export function ProjectsMapDrawing({ projects }: { projects: ProjectBrief[] }) {
  const shapes = useQuery(baseMapQueryOptions()).data ?? [];
  const t = useTranslations("projects.map");
  const label = useProjectLabels();
  const locale = useLocale();
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
        aria-label={t("label", { lines: String(lines.length), points: String(points.length) })}
      >
        {shapes.map((s) => (
          <path key={s.id} d={s.d} fill={s.iso3 && s.iso3 !== "CHN" ? "#fffdf6" : "#e7e5df"} stroke="#9aa3ad" strokeWidth={s.iso3 ? 0.9 : 0.5}>
            {s.iso3 ? (
              <title>{label.country(s.iso3)}</title>
            ) : t.has(`shapes.${s.id}` as "shapes.004") ? (
              <title>{locale === "en" ? s.name : t(`shapes.${s.id}` as "shapes.004")}</title>
            ) : (
              <title lang="en">{s.name}</title>
            )}
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
          >
            {locale === "en" ? (
              <title>{`${p.label} (${label.statusLower(p.status)})`}</title>
            ) : (
              <>
                <title lang="en">{p.label}</title>
                <desc>{label.status(p.status)}</desc>
              </>
            )}
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
          >
            {locale === "en" ? (
              <title>{`${p.label}${p.approximateLocation ? ` — ${t("approximate", { precision: p.coordPrecision ?? "" })}` : ""}`}</title>
            ) : (
              <>
                <title lang="en">{p.label}</title>
                <desc>
                  {label.status(p.status)}
                  {p.approximateLocation && `; ${t.markup("approximate", { precision: p.coordPrecision ?? "", en: (chunks) => chunks })}`}
                </desc>
              </>
            )}
          </circle>
        ))}
      </svg>
      {active && (
        <p className="notice small" role="status">
          <strong lang="en">{active.label}</strong> — {label.status(active.status)}
          {active.chineseParties
            ? t.rich("parties", { parties: active.chineseParties, en: (chunks) => <span lang="en">{chunks}</span> })
            : t("noParty")}
          {active.coordPrecision ? t.rich("position", { precision: active.coordPrecision, en: (chunks) => <span lang="en">{chunks}</span> }) : ""}
        </p>
      )}
    </>
  );
}
