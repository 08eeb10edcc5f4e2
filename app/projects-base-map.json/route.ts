// GET /projects-base-map.json — the country outlines behind the projects map (world-atlas, projected and
// clipped to the map's box), drawn once at build time and served as a static file. The map fetches them
// when it nears the viewport, so /projects' HTML no longer carries 63 kB of outlines it may never draw.
// Outside /api/v1: a drawing's background, not data with a source (the projects carry theirs).
import { baseMapShapes } from "@/lib/projects/base-map";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(baseMapShapes(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
