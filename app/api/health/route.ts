// GET /api/health – is the app up and can it reach its database?
import { getDb } from "@/lib/core/db/client";
import { RETRY_AFTER_SECONDS } from "@/lib/core/http/handler";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { status: "unavailable", error: { code: "database_unavailable", message: "The database cannot be reached." } },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
}
