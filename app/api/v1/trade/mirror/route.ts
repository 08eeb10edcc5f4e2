// GET /api/v1/trade/mirror – China's figure beside each partner's own, with the gap; JSON or CSV
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { filterFileParts, MIRROR_CSV_COLUMNS, mirrorCsvRows } from "@/lib/trade/csv-columns";
import { findMirror } from "@/lib/trade/mirror";
import { mirrorQuerySchema, resolveTradeFilters } from "@/lib/trade/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: mirrorQuerySchema,
  resolve: (query) => {
    const { reporter: _ignored, ...filters } = resolveTradeFilters({ ...query, reporter: undefined });
    return filters;
  },
  find: findMirror,
  csv: {
    columns: MIRROR_CSV_COLUMNS,
    fileName: (filters) => ["mirror", filterFileParts(filters)],
    rows: (_db, _filters, body) => mirrorCsvRows(body),
  },
});
