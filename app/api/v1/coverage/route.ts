// GET /api/v1/coverage – first and last year each reporter covers, per partner and flow
import { emptyQuerySchema } from "@/lib/core/http/empty-query";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { findCoverage } from "@/lib/trade/coverage";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({ policy: PUBLIC, query: emptyQuerySchema, resolve: () => null, find: (db) => findCoverage(db) });
