// GET /api/v1/openapi.json – the API description, generated from the zod schemas
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}
