// In a production build every route and page bundle has its own copy of
// lib/core/db/client.ts, while the Prisma client is one per process: a client
// made by one copy must still be known to the others, or the CSV export (which
// asks configOf which database to stream from) fails after headers are sent.
import { expect, it, vi } from "vitest";

it("a client made by one copy of the client module is known to another copy", async () => {
  const first = await import("@/lib/core/db/client");
  const config = (await import("@/lib/core/db/database-url")).parseDatabaseUrl("file:./data/caravan-client-config-test.db");
  const db = first.createPrismaClient(config);
  try {
    vi.resetModules();
    const second = await import("@/lib/core/db/client");
    expect(second).not.toBe(first);
    expect(second.configOf(db)).toEqual(config);
  } finally {
    await db.$disconnect();
  }
});
