// The offline map of the region: one projection shared by the server (country
// shapes from world-atlas) and the browser (pipelines and points). Browser-safe.
import { geoConicEqualArea, geoPath, type GeoProjection } from "d3-geo";
import type { LineGeometry } from "./wkt";

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 480;

/** Caspian to western China, Afghanistan to southern Siberia. */
const EXTENT = {
  type: "MultiPoint" as const,
  coordinates: [
    [46, 35],
    [88, 35],
    [46, 56],
    [88, 56],
    [67, 56],
    [67, 35],
  ],
};

export function regionProjection(): GeoProjection {
  return geoConicEqualArea()
    .parallels([38, 52])
    .rotate([-67, 0])
    .fitExtent(
      [
        [8, 8],
        [MAP_WIDTH - 8, MAP_HEIGHT - 8],
      ],
      EXTENT,
    );
}

export function linePath(projection: GeoProjection, geometry: LineGeometry): string {
  return geoPath(projection)(geometry) ?? "";
}

/** ISO 3166 numeric ids used by world-atlas. */
export const MAP_COUNTRY_IDS: Record<string, string> = { "398": "KAZ", "417": "KGZ", "762": "TJK", "795": "TKM", "860": "UZB", "156": "CHN" };

export interface BaseShape {
  id: string;
  name: string;
  iso3: string | null;
  d: string;
}
