// POST /api/v1/check – find the trade claims in a text and judge each per reporter
import { checkText } from "@/lib/checker/check";
import { checkRequestSchema, MAX_TEXT_BYTES } from "@/lib/checker/schemas";
import { actionRoute, PUBLIC_RATE_LIMITED } from "@/lib/core/http/routes";
import { readJsonBody } from "@/lib/core/http/request-body";

export const dynamic = "force-dynamic";

/** Room for the JSON around the text: escapes can double its size. */
const MAX_BODY_BYTES = MAX_TEXT_BYTES * 2 + 64 * 1024;

export const POST = actionRoute({
  policy: PUBLIC_RATE_LIMITED,
  handle: async ({ request, db }) => Response.json(await checkText(db, await readJsonBody(request, checkRequestSchema, MAX_BODY_BYTES))),
});
