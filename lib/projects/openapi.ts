// The projects slice's part of the OpenAPI document, from the zod schemas the
// handler parses and answers with.
import { readOperation, type OpenApiFragment } from "../core/http/openapi";
import { PROJECT_CSV_COLUMNS } from "./csv-columns";
import { projectsQuerySchema, projectsResponseSchema } from "./schemas";

export const PROJECTS_TAG = "projects";

export const projectsOpenApi: OpenApiFragment = {
  tags: [{ name: PROJECTS_TAG, description: "China-linked project records: named projects, AEI tracker deals, GEM pipelines" }],
  paths: {
    "/api/v1/projects": {
      get: readOperation({
        operationId: "listProjects",
        summary: "China-linked project records, filtered",
        description: "Named projects, AEI tracker deals and GEM pipelines, each with its source; JSON or CSV (format=csv or Accept: text/csv).",
        tag: PROJECTS_TAG,
        query: projectsQuerySchema,
        body: projectsResponseSchema,
        bodyDescription: "Project records and their sources",
        csvColumns: PROJECT_CSV_COLUMNS,
      }),
    },
  },
};
