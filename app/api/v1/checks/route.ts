// POST /api/v1/checks – save a check under a permalink (the same check saved twice gives the same id)
import { saveCheck } from "@/lib/checker/saved";
import { checkRequestSchema, MAX_TEXT_BYTES } from "@/lib/checker/schemas";
import { actionRoute, PUBLIC_RATE_LIMITED } from "@/lib/core/http/routes";
import { readJsonBody } from "@/lib/core/http/request-body";

export const dynamic = "force-dynamic";

export const POST = actionRoute({
  policy: PUBLIC_RATE_LIMITED,
  handle: async ({ request, db }) => {
    const saved = await saveCheck(db, await readJsonBody(request, checkRequestSchema, MAX_TEXT_BYTES * 2 + 64 * 1024));
    return Response.json({ data: { ...saved, url: `/check/${saved.id}` } }, { status: saved.created ? 201 : 200 });
  },
});
