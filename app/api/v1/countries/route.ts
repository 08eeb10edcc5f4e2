// GET /api/v1/countries – China, the five partners and the CA5 aggregate
import { emptyQuerySchema } from "@/lib/core/http/empty-query";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { listCountries } from "@/lib/trade/queries";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: emptyQuerySchema,
  resolve: () => null,
  find: async (db) => {
    const data = await listCountries(db);
    return { data, meta: { count: data.length } };
  },
});
