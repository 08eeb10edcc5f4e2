// Imports of overlapping files at the same time, from two "instances" (two
// Prisma clients on one PostgreSQL): every import succeeds, each row ends up
// exactly once, and the database equals the one the same files make when
// imported one by one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { importCsv } from "@/lib/import/import-csv";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/databases";

const HEADER = "period,partner,reporter,flow,value_usd,source_id,source_publisher,source_title,source_url,source_licence";
const SOURCE = "concurrent-test,Test publisher,Concurrent import test,https://example.org/concurrent,Facts quoted from a public page";
/** Eight files, each four consecutive years of EDB figures for Tajikistan: neighbours share three years. */
const FILES = Array.from({ length: 8 }, (_, i) =>
  [HEADER, ...[0, 1, 2, 3].map((k) => `${2010 + i + k},TJK,EDB,turnover,${(1.5e9 + (i + k) * 1e8).toFixed(0)},${SOURCE}`)].join("\n"),
);
const KEYS = new Set(
  FILES.flatMap((f) =>
    f
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[0]),
  ),
);

async function importedRows(db: Db) {
  const rows = await db.tradeObservation.findMany({
    where: { sourceId: "concurrent-test" },
    select: { partnerIso3: true, period: true, reporterCode: true, flow: true, valueUsd: true },
    orderBy: { period: "asc" },
  });
  return rows;
}

describe.skipIf(!postgresAvailable())("concurrent imports on postgresql", () => {
  let concurrent: TestDatabase;
  let sequential: TestDatabase;
  let second: Db;
  beforeAll(async () => {
    [concurrent, sequential] = await Promise.all([createTestDatabase("postgresql"), createTestDatabase("postgresql")]);
    await seedDatabase(concurrent.db);
    await seedDatabase(sequential.db);
    second = createPrismaClient(concurrent.config);
  });
  afterAll(async () => {
    await second?.$disconnect();
    await concurrent?.cleanup();
    await sequential?.cleanup();
  });

  it("eight overlapping uploads from two instances at once: all succeed, each row once, as if imported one by one", async () => {
    const reports = await Promise.all(FILES.map((text, i) => importCsv(i % 2 ? second : concurrent.db, text, { fileName: `file-${i}.csv` })));
    for (const report of reports) expect(report.errors).toEqual([]);
    // every new row was created by exactly one import; the others found it there
    expect(reports.reduce((sum, r) => sum + r.counts.new, 0)).toBe(KEYS.size);
    expect(reports.reduce((sum, r) => sum + r.counts.new + r.counts.unchanged, 0)).toBe(FILES.length * 4);
    expect(reports.filter((r) => r.sourcesCreated.includes("concurrent-test"))).toHaveLength(1);

    for (const [i, text] of FILES.entries()) {
      const report = await importCsv(sequential.db, text, { fileName: `file-${i}.csv` });
      expect(report.errors).toEqual([]);
    }
    const [together, oneByOne] = await Promise.all([importedRows(concurrent.db), importedRows(sequential.db)]);
    expect(together).toHaveLength(KEYS.size);
    expect(together).toEqual(oneByOne);
    // the same values throughout, so no import revised another's figure
    expect(await concurrent.db.observationRevision.count()).toBe(0);
  });
});
