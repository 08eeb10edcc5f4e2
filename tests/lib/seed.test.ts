import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed";
import { readTradeSeedData } from "@/lib/trade/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";

describe("shipped trade data", () => {
  const data = readTradeSeedData();

  it("gives every observation a source that exists", () => {
    expect(data.observations.length).toBeGreaterThan(0);
    expect(data.sources.length).toBeGreaterThan(0);
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

  it("gives every shipped source a kind, and the old mirror of China Daily is a copy", () => {
    expect(data.sources.length).toBeGreaterThan(0);
    for (const s of data.sources) expect(["dataset", "press", "copy"], s.id).toContain(s.kind);
    expect(data.sources.find((s) => s.id === "press-mofcom-2022")).toMatchObject({ kind: "copy", priority: 90 });
  });
});

/** The per-slice counts of the seed's one-line report, e.g. { "trade observations": 0, projects: 0, claims: 0 }. */
function newCounts(report: string): Record<string, number> {
  return Object.fromEntries([...report.matchAll(/(?:^|; )([a-z ]+): (\d+) new\b/g)].map((m) => [m[1]!, Number(m[2])]));
}

/** Every number of one slice of the report, by its word: "claims: 0 new, 0 updated, 16 unchanged" gives { new: 0, updated: 0, unchanged: 16 }. */
function sliceCounts(report: string, slice: string): Record<string, number> {
  const text = report.split("; ").find((part) => part.startsWith(`${slice}: `));
  expect(text, `no "${slice}" in the report: ${report}`).toBeDefined();
  return Object.fromEntries([...text!.slice(slice.length + 2).matchAll(/\b(\d+) ([a-z ]+?)(?=,|$)/g)].map((m) => [m[2]!, Number(m[1])]));
}

describeEachDatabase("seed on %s", (name) => {
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
    const projectsBefore = await t.db.project.count();
    const claimsBefore = await t.db.claim.count();
    expect(before).toBeGreaterThan(0);
    expect(projectsBefore).toBeGreaterThan(0);
    expect(claimsBefore).toBeGreaterThan(0);
    const versionBefore = await t.db.dataVersion.findUnique({ where: { id: 1 } });
    const report = await seedDatabase(t.db);
    expect(await t.db.tradeObservation.count()).toBe(before);
    // the exact counts: a regex for "0 new" would pass on "10 new" too
    expect(newCounts(report)).toEqual({ "trade observations": 0, projects: 0, claims: 0 });
    // and everything the first seed wrote is recognised as already there
    expect(sliceCounts(report, "trade observations")).toEqual({ new: 0, "already present": before });
    expect(sliceCounts(report, "projects")).toEqual({ new: 0, "already present": projectsBefore });
    expect(sliceCounts(report, "claims")).toEqual({ new: 0, updated: 0, unchanged: claimsBefore });
    expect((await t.db.dataVersion.findUnique({ where: { id: 1 } }))?.version).toBe(versionBefore?.version);
  });

  it("reports the yuan rows of both published files as not loaded", async () => {
    const report = await seedDatabase(t.db);
    const notLoaded = report.slice(report.indexOf("not loaded:"));
    expect(notLoaded.match(/published_figures_with_urls\.csv:\d+ \(indicator "[a-z_]*cny[a-z_]*"/gi)).toHaveLength(2);
    expect(notLoaded.match(/published_figures_2015_2025\.csv:\d+ \(indicator "[a-z_]*cny[a-z_]*"/gi)).toHaveLength(3);
  });

  it("moves a region total an earlier seed filed under KAZ to UNSTATED, keeping its id", async () => {
    const row = await t.db.tradeObservation.findFirstOrThrow({
      where: { partnerIso3: "CA5", period: "2022", reporterCode: "UNSTATED", flow: "turnover", sourceId: "press-commonspace-2022" },
    });
    expect(row.valueUsd).toBe(32.1e9);
    // as the seed used to store it
    await t.db.tradeObservation.update({ where: { id: row.id }, data: { reporterCode: "KAZ" } });
    const versionBefore = (await t.db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
    const report = await seedDatabase(t.db);
    expect(newCounts(report)["trade observations"]).toBe(0);
    expect(await t.db.tradeObservation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ reporterCode: "UNSTATED", valueUsd: 32.1e9 });
    expect(await t.db.tradeObservation.count({ where: { partnerIso3: "CA5", reporterCode: "KAZ" } })).toBe(0);
    expect((await t.db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version).toBeGreaterThan(versionBefore);
  });

  it("counts a changed source priority as a data change, and restores the registry's", async () => {
    await t.db.source.update({ where: { id: "press-trend-kgz-2024" }, data: { priority: 99 } });
    const versionBefore = (await t.db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
    await seedDatabase(t.db);
    expect((await t.db.source.findUniqueOrThrow({ where: { id: "press-trend-kgz-2024" } })).priority).toBe(40);
    expect((await t.db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version).toBeGreaterThan(versionBefore);
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
