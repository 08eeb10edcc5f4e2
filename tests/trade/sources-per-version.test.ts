// findTrade keeps the sources table per data version, and every read route's
// ETag is keyed on the version read straight through the driver. Both must see
// an import at once, on this instance and on another one sharing the database
// (two Prisma clients here stand for two Caravan instances).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { bumpDataVersion, getDataVersion } from "@/lib/core/db/data-version";
import { cacheValidators } from "@/lib/core/http/handler";
import { seedDatabase } from "@/lib/seed/seed";
import { importTradeCsv } from "@/lib/trade/import";
import { findTrade } from "@/lib/trade/queries";
import { resolveTradeFilters, tradeQuerySchema, type TradeResponse } from "@/lib/trade/schemas";
import { parseQuery } from "@/lib/core/http/query-params";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";

const filtersOf = (query: string) => resolveTradeFilters(parseQuery(tradeQuerySchema, new URLSearchParams(query)));

const KAZ_2025 = filtersOf("partner=KAZ&reporter=CHN&flow=turnover&from=2025&to=2025");
const KAZ_2024 = filtersOf("partner=KAZ&reporter=CHN&flow=turnover&from=2024&to=2024");

const IMPORT_HEADER = "period,partner,reporter,flow,value_usd,source_id,source_publisher,source_title,source_url,source_licence";

const sourceOf = (body: TradeResponse, id: string) => body.sources.find((s) => s.id === id);

describeEachDatabase("sources per data version on %s", (name) => {
  let t: TestDatabase;
  /** a second instance: its own client, its own caches, the same database */
  let other: Db;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    other = createPrismaClient(t.config);
  });
  afterAll(async () => {
    await other?.$disconnect();
    await t?.cleanup();
  });

  it("an import on another instance: this one's next answer cites the new source, and its ETag moves", async () => {
    const request = new Request("http://caravan.test/api/v1/trade?partner=KAZ&from=2025&to=2025");
    const before = await findTrade(t.db, KAZ_2025); // fills this instance's list
    expect(sourceOf(before, "cache-test-import")).toBeUndefined();
    const etagBefore = (await cacheValidators(t.db, request, new URL(request.url))).etag;

    const report = await importTradeCsv(
      other,
      [IMPORT_HEADER, "2025,KAZ,CHN,turnover,44500000000,cache-test-import,Cache test,Cache test title,https://example.org/cache,CC-BY"].join("\n"),
      { fileName: "cache-test.csv" },
    );
    expect(report.errors).toEqual([]);

    const after = await findTrade(t.db, KAZ_2025);
    expect(after.data.map((r) => r.sourceId)).toContain("cache-test-import");
    expect(sourceOf(after, "cache-test-import")).toMatchObject({ title: "Cache test title", url: "https://example.org/cache" });
    expect((await cacheValidators(t.db, request, new URL(request.url))).etag).not.toBe(etagBefore);
  });

  it("a source's details and rank changed with a version bump elsewhere are seen here at once", async () => {
    const before = await findTrade(t.db, KAZ_2024);
    const preferredBefore = before.data.find((r) => r.preferred);
    expect(preferredBefore).toBeDefined();
    // a figure for the same competition from a new source, ranked last
    await importTradeCsv(
      other,
      [IMPORT_HEADER, "2024,KAZ,CHN,turnover,43000000000,cache-test-rank,Cache test,Rank test,https://example.org/rank,CC-BY"].join("\n"),
      { fileName: "cache-test-rank.csv" },
    );
    await other.source.update({ where: { id: "cache-test-rank" }, data: { priority: 999 } });
    await bumpDataVersion(other);
    const ranked = await findTrade(t.db, KAZ_2024); // this instance now holds the list with priority 999
    expect(ranked.data.find((r) => r.preferred)?.sourceId).toBe(preferredBefore!.sourceId);

    // as a seed does when sources.csv changed: new details, new rank, one bump
    await other.source.update({ where: { id: "cache-test-rank" }, data: { priority: -1, title: "Rank test, retitled" } });
    await bumpDataVersion(other);

    const after = await findTrade(t.db, KAZ_2024);
    expect(sourceOf(after, "cache-test-rank")).toMatchObject({ priority: -1, title: "Rank test, retitled" });
    expect(after.data.find((r) => r.preferred)?.sourceId).toBe("cache-test-rank");
  });

  it("rows citing a source the list lacks (committed between the version read and the rows) still list it", async () => {
    await findTrade(t.db, KAZ_2025);
    const version = await getDataVersion(t.db);
    // written without a bump, as if this request read the version just before the import committed
    await other.source.create({
      data: { id: "cache-test-race", publisher: "Race", title: "Race title", url: "https://example.org/race", licence: "CC-BY", priority: 50 },
    });
    await other.tradeObservation.create({
      data: {
        year: 2025,
        period: "2025",
        periodKind: "full_year",
        partnerIso3: "KAZ",
        reporterCode: "CHN",
        flow: "turnover",
        valueUsd: 1e9,
        sourceId: "cache-test-race",
      },
    });
    expect(await getDataVersion(t.db)).toBe(version);

    const body = await findTrade(t.db, KAZ_2025);
    expect(body.data.map((r) => r.sourceId)).toContain("cache-test-race");
    expect(sourceOf(body, "cache-test-race")).toMatchObject({ title: "Race title" });
    expect(new Set(body.sources.map((s) => s.id))).toEqual(new Set(body.data.map((r) => r.sourceId)));
  });
});

describe("the data version", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
  });
  afterAll(async () => t?.cleanup());

  it("is read afresh on every call, never remembered", async () => {
    const first = await getDataVersion(t.db);
    await bumpDataVersion(t.db);
    expect(await getDataVersion(t.db)).toBe(first + 1);
    await bumpDataVersion(createPrismaClient(t.config));
    expect(await getDataVersion(t.db)).toBe(first + 2);
  });
});
