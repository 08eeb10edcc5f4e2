// GET /api/v1/sources – every source a figure points to, with licence and method notes
import { emptyQuerySchema } from "@/lib/core/http/empty-query";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { listSources } from "@/lib/trade/queries";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: emptyQuerySchema,
  resolve: () => null,
  find: async (db) => {
    const data = await listSources(db);
    return { data, meta: { count: data.length } };
  },
});
