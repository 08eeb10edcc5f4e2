// GET /api/v1/revisions – every figure an import corrected: previous value, new value, when, which import
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { listRevisions, revisionsQuerySchema } from "@/lib/trade/revisions";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({ policy: PUBLIC, query: revisionsQuerySchema, resolve: (query) => query, find: listRevisions });
