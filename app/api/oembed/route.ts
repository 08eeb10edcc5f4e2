// GET /api/oembed – oEmbed for a pasted Caravan chart address: the iframe of its embed page (type "rich")
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { OEMBED_JSON } from "@/lib/share/chart-oembed";
import { oembedQuerySchema } from "@/lib/share/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: oembedQuerySchema,
  resolve: (query) => query,
  find: async () => null,
  file: OEMBED_JSON,
});
