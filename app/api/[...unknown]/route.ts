// ANY /api/* – unknown API routes answer 404 in the error contract
import { ApiError } from "@/lib/core/http/errors";
import { errorResponse } from "@/lib/core/http/handler";

function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  const response = errorResponse(new ApiError("not_found", `No API route ${pathname.slice(0, 100)}. See /api/v1/openapi.json.`));
  return request.method === "HEAD" ? new Response(null, { status: 404, headers: response.headers }) : response;
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
