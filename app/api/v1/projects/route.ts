// GET /api/v1/projects – China-linked project records, filtered; JSON or CSV
import { csvFileName, csvResponse, wantsCsv } from "@/lib/core/http/csv-writer";
import { cacheValidators, jsonRead, READ_CACHE_CONTROL, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { PROJECT_CSV_COLUMNS, projectFileParts } from "@/lib/projects/csv-columns";
import { findProjects, iterateProjects } from "@/lib/projects/queries";
import { projectsQuerySchema, resolveProjectFilters } from "@/lib/projects/schemas";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  const query = parseQuery(projectsQuerySchema, url.searchParams);
  const filters = resolveProjectFilters(query);
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  if (wantsCsv(query.format, request)) {
    return csvResponse(iterateProjects(db, filters), PROJECT_CSV_COLUMNS, csvFileName("projects", projectFileParts(filters)), {
      ETag: etag,
      "Cache-Control": READ_CACHE_CONTROL,
    });
  }
  return jsonRead(await findProjects(db, filters), etag);
});

export const HEAD = GET;
