// POST /api/v1/imports – upload a CSV of trade figures or project records (bearer token); validated, then applied in one transaction
import { actionRoute } from "@/lib/core/http/routes";
import { handleImportUpload } from "@/lib/import/upload";

export const dynamic = "force-dynamic";

export const POST = actionRoute({
  policy: { access: "admin-token", rateLimit: "imports" },
  handle: async ({ request, url, db }) => Response.json({ data: await handleImportUpload(request, url, db) }),
});
