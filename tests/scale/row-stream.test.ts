// lib/core/db/row-stream.ts: every row once, in order, whatever the batch size (PostgreSQL fetches
// one batch ahead), and a reader that stops early leaves no connection and no unhandled rejection.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Prisma } from "@/lib/core/db/client";
import { streamRows } from "@/lib/core/db/row-stream";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";

const QUERY = Prisma.sql`SELECT "id", "valueUsd" FROM "TradeObservation" ORDER BY "id"`;

describeEachDatabase("streamRows on %s", (name) => {
  let t: TestDatabase;
  let ids: number[];
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    ids = (await t.db.tradeObservation.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);
  });
  afterAll(async () => t?.cleanup());

  it.each([1, 7, 100, 5000])("batches of %i: every row once, in order", async (batchSize) => {
    const seen: number[] = [];
    for await (const batch of streamRows<unknown[]>(t.config, QUERY, batchSize, { arrays: true })) {
      expect(batch.length).toBeLessThanOrEqual(batchSize);
      for (const row of batch) seen.push(Number(row[0]));
    }
    expect(ids.length).toBeGreaterThan(500);
    expect(seen).toEqual(ids);
  });

  it("a batch size that divides the rows exactly ends after the last full batch", async () => {
    const divisor = [7, 5, 3, 2].find((d) => ids.length % d === 0) ?? 1;
    let rows = 0;
    for await (const batch of streamRows<unknown[]>(t.config, QUERY, ids.length / divisor, { arrays: true })) rows += batch.length;
    expect(rows).toBe(ids.length);
  });

  it("a reader that stops after the first batch closes the connection", async () => {
    for await (const batch of streamRows<unknown[]>(t.config, QUERY, 10, { arrays: true })) {
      expect(batch).toHaveLength(10);
      break;
    }
    if (t.config.provider !== "postgresql") return;
    // the cursor's connection is gone: no session of this database is left in a transaction
    const admin = new pg.Client({ connectionString: t.config.url });
    await admin.connect();
    try {
      await new Promise((r) => setTimeout(r, 200));
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'FETCH 10 FROM caravan_rows%' AND pid <> pg_backend_pid()`,
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await admin.end();
    }
  });
});
