// GET /api/v1/projects – China-linked project records, filtered; JSON or CSV
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { PROJECT_CSV_COLUMNS, projectFileParts } from "@/lib/projects/csv-columns";
import { findProjects, iterateProjects } from "@/lib/projects/queries";
import { projectsQuerySchema, resolveProjectFilters } from "@/lib/projects/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: projectsQuerySchema,
  resolve: resolveProjectFilters,
  find: findProjects,
  csv: {
    columns: PROJECT_CSV_COLUMNS,
    fileName: (filters) => ["projects", projectFileParts(filters)],
    rows: (db, filters) => iterateProjects(db, filters),
  },
});
