import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed";
import { readTradeSeedData } from "@/lib/trade/seed";
import { createTestDatabase, DATABASES, type TestDatabase } from "../helpers/databases";

describe("shipped trade data", () => {
  const data = readTradeSeedData();

  it("gives every observation a source that exists", () => {
    const ids = new Set(data.sources.map((s) => s.id));
    for (const o of data.observations) expect(ids.has(o.sourceId), `${o.sourceId}`).toBe(true);
  });

  it("keeps part-year figures as part-years", () => {
    const h1 = data.observations.find((o) => o.period === "2023H1" && o.partnerIso3 === "KAZ");
    expect(h1).toMatchObject({ year: 2023, periodKind: "part_year", reporterCode: "CHN" });
    const elevenMonths = data.observations.find((o) => o.period === "2024M1-11");
    expect(elevenMonths).toMatchObject({ partnerIso3: "KGZ", reporterCode: "KGZ", periodKind: "part_year", valueUsd: 5.1e9 });
  });

  it("does not load the yuan figures as dollars", () => {
    expect(data.skipped.map((s) => s.reason).join()).toMatch(/cny/i);
    expect(data.observations.some((o) => o.valueUsd === 674.15e9 || o.valueUsd === 312.04e9)).toBe(false);
  });
});

describe.each(DATABASES)("seed on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());

  const value = async (partnerIso3: string, period: string, reporterCode: string, flow: string, sourceId?: string) => {
    const rows = await t.db.tradeObservation.findMany({ where: { partnerIso3, period, reporterCode, flow, ...(sourceId ? { sourceId } : {}) } });
    return rows.map((r) => r.valueUsd);
  };

  it("stores Kazakhstan-reported 2023 turnover as 30,055,390 thousand USD", async () => {
    const [v] = await value("KAZ", "2023", "KAZ", "turnover", "kaz-bns-foreign-trade");
    expect(Math.round(v! / 1000)).toBe(30_055_390);
  });

  it("stores China's customs 2024: Kazakhstan $43.82bn, the five together $94.82bn", async () => {
    expect(await value("KAZ", "2024", "CHN", "turnover")).toEqual([43.82e9]);
    expect(await value("CA5", "2024", "CHN", "turnover", "press-astanatimes-2025-01")).toEqual([94.82e9]);
  });

  it("converts COW millions and derives turnover as the sum of both flows", async () => {
    const [exports] = await value("KAZ", "1992", "COW", "china_exports");
    const [imports] = await value("KAZ", "1992", "COW", "china_imports");
    const [turnover] = await value("KAZ", "1992", "COW", "turnover");
    expect(exports).toBe(245e6);
    expect(imports).toBe(141e6);
    expect(turnover).toBe(386e6);
  });

  it("is idempotent: a second seed adds nothing", async () => {
    const before = await t.db.tradeObservation.count();
    const versionBefore = await t.db.dataVersion.findUnique({ where: { id: 1 } });
    const report = await seedDatabase(t.db);
    expect(await t.db.tradeObservation.count()).toBe(before);
    expect(report).toMatch(/0 new/);
    expect((await t.db.dataVersion.findUnique({ where: { id: 1 } }))?.version).toBe(versionBefore?.version);
  });

  it("keeps a corrected value on re-seed instead of reverting it", async () => {
    const row = await t.db.tradeObservation.findFirstOrThrow({
      where: { partnerIso3: "KGZ", period: "2023", reporterCode: "KGZ", flow: "turnover" },
    });
    await t.db.tradeObservation.update({ where: { id: row.id }, data: { valueUsd: row.valueUsd + 1 } });
    await seedDatabase(t.db);
    expect((await t.db.tradeObservation.findUniqueOrThrow({ where: { id: row.id } })).valueUsd).toBe(row.valueUsd + 1);
  });
});
