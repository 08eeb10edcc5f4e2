// POST /api/v1/imports – upload a CSV of trade figures (bearer token); validated, then applied in one transaction
import { withApi } from "@/lib/core/http/handler";
import { handleImportUpload } from "@/lib/import/upload";

export const dynamic = "force-dynamic";

export const POST = withApi(async ({ request, url, db }) => {
  const report = await handleImportUpload(request, url, db);
  return Response.json({ data: report }, { headers: { "Cache-Control": "no-store" } });
});
