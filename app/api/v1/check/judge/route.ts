// POST /api/v1/check/judge – judge one (corrected) assertion per reporter
import { judgeOne } from "@/lib/checker/check";
import { judgeRequestSchema } from "@/lib/checker/schemas";
import { actionRoute, PUBLIC_RATE_LIMITED } from "@/lib/core/http/routes";
import { readJsonBody } from "@/lib/core/http/request-body";

export const dynamic = "force-dynamic";

export const POST = actionRoute({
  policy: PUBLIC_RATE_LIMITED,
  handle: async ({ request, db }) => {
    const { assertion, locale } = await readJsonBody(request, judgeRequestSchema, 64 * 1024);
    return Response.json(await judgeOne(db, assertion, locale));
  },
});
