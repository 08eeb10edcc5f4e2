// GET /api/v1/package/projects.zip – the project records of /api/v1/projects (same filters) as data.csv, sources.csv and README.md
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { findProjects } from "@/lib/projects/queries";
import { PROJECTS_PACKAGE } from "@/lib/share/package";
import { projectsPackageQuerySchema, resolveProjectsPackageFilters } from "@/lib/share/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: projectsPackageQuerySchema,
  resolve: resolveProjectsPackageFilters,
  find: findProjects,
  file: PROJECTS_PACKAGE,
});
