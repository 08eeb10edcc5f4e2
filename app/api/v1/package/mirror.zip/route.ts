// GET /api/v1/package/mirror.zip – the reporter gap of /api/v1/trade/mirror (same filters) as data.csv, sources.csv and README.md
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { MIRROR_PACKAGE } from "@/lib/share/package";
import { mirrorPackageQuerySchema, resolveMirrorPackageFilters } from "@/lib/share/schemas";
import { findMirror } from "@/lib/trade/mirror";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: mirrorPackageQuerySchema,
  resolve: resolveMirrorPackageFilters,
  find: findMirror,
  file: MIRROR_PACKAGE,
});
