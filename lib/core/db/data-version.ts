// The data version: one number that every seed and import that changes data
// bumps inside its own transaction, and that every cached read (ETags, page
// caches) is keyed on. Its read and its bump live here together.
import type { Db } from "./client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function getDataVersion(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ version: number | bigint }[]>`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  return Number(rows[0]?.version ?? 0);
}

export async function bumpDataVersion(tx: Tx | Db): Promise<void> {
  await tx.dataVersion.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1, changedAt: new Date() },
    update: { version: { increment: 1 }, changedAt: new Date() },
  });
}
