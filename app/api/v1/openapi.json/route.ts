// GET /api/v1/openapi.json – the API description, generated from the zod schemas
import { buildOpenApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}
