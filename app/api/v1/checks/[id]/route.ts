// GET /api/v1/checks/{id} – a saved check, its verdicts recomputed from current data; JSON, or its evidence as CSV
import { CHECK_EVIDENCE_CSV_COLUMNS, checkEvidenceRows } from "@/lib/checker/csv-columns";
import { loadSavedCheck } from "@/lib/checker/saved";
import { savedCheckParamsSchema, savedCheckQuerySchema } from "@/lib/checker/schemas";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: savedCheckQuerySchema,
  params: savedCheckParamsSchema,
  resolve: (_query, params) => ({ id: params.id! }),
  find: async (db, { id }) => (await loadSavedCheck(db, id)).result,
  csv: { columns: CHECK_EVIDENCE_CSV_COLUMNS, fileName: ({ id }) => ["check", [id]], rows: (_db, _filters, body) => checkEvidenceRows(body) },
});
