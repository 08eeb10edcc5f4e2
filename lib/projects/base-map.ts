import "server-only";
import { geoBounds, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-50m.json";
import { MAP_COUNTRY_IDS, MAP_HEIGHT, MAP_WIDTH, regionProjection, type BaseShape } from "./map";

/** Country outlines near the region as SVG paths, drawn on the server from world-atlas (no tile server). */
export function baseMapShapes(): BaseShape[] {
  const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  // Clipped to the map's box and rounded to a tenth of a pixel: outlines far off the map (China's east
  // coast, India) would otherwise be most of the page's HTML (231 kB of 552 kB on /projects).
  const projection = regionProjection().clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
  const path = geoPath(projection).digits(1);
  const shapes: BaseShape[] = [];
  for (const f of collection.features) {
    const [[west, south], [east, north]] = geoBounds(f);
    if (east < 35 || west > 100 || north < 28 || south > 62) continue;
    const d = path(f);
    if (!d) continue;
    const id = String(f.id ?? "");
    shapes.push({ id, name: f.properties?.name ?? id, iso3: MAP_COUNTRY_IDS[id] ?? null, d });
  }
  return shapes;
}
