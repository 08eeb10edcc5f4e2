// Reads the WKT routes of pipelines (LINESTRING / MULTILINESTRING, lon lat) into
// GeoJSON-style coordinates for d3-geo. Browser-safe. Anything else is null,
// never a guessed line.

export type Position = [number, number];
export type LineGeometry = { type: "MultiLineString"; coordinates: Position[][] };

function parseLine(text: string): Position[] | null {
  const points = text.split(",").map((pair) => pair.trim().split(/\s+/).map(Number));
  if (points.length < 2) return null;
  const out: Position[] = [];
  for (const p of points) {
    if (p.length !== 2 || !p.every(Number.isFinite)) return null;
    const [lon, lat] = p as [number, number];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
    out.push([lon, lat]);
  }
  return out;
}

export function parseWktLines(wkt: string | null | undefined): LineGeometry | null {
  if (!wkt) return null;
  const text = wkt.trim();
  const single = /^LINESTRING\s*\(([^()]*)\)$/i.exec(text);
  if (single) {
    const line = parseLine(single[1]!);
    return line ? { type: "MultiLineString", coordinates: [line] } : null;
  }
  const multi = /^MULTILINESTRING\s*\((.*)\)$/i.exec(text);
  if (!multi) return null;
  const parts = [...multi[1]!.matchAll(/\(([^()]*)\)/g)].map((m) => parseLine(m[1]!));
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return { type: "MultiLineString", coordinates: parts as Position[][] };
}
