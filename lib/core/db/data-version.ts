// The data version: one number that every seed and import that changes data
// bumps inside its own transaction, and that every cached read (ETags, page
// caches) is keyed on. Its read and its bump live here together.
import { Prisma, type Db } from "./client";
import { readRows } from "./driver-reads";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const VERSION_QUERY = Prisma.sql`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;

/**
 * Read from the database on every call, never remembered: an import on
 * another instance sharing the database must change this instance's ETags at
 * once. Through the driver (driver-reads.ts) that costs microseconds on SQLite
 * and one round trip on PostgreSQL.
 */
export async function getDataVersion(db: Db): Promise<number> {
  const rows = await readRows<{ version: number | bigint | string }>(db, VERSION_QUERY);
  return Number(rows[0]?.version ?? 0);
}

export async function bumpDataVersion(tx: Tx | Db): Promise<void> {
  await tx.dataVersion.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1, changedAt: new Date() },
    update: { version: { increment: 1 }, changedAt: new Date() },
  });
}
