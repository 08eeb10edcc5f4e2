// The backup format without a round trip: the table list is the schema's,
// each value type is written canonically and read back exactly, a row must
// be exactly a row of its table, and an export that meets a value it cannot
// carry fails naming it and leaves nothing behind.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportDatabase } from "@/lib/backup/export";
import { readManifest } from "@/lib/backup/manifest";
import { TABLES, type Column } from "@/lib/backup/tables";
import { encodeValue, rowSchema } from "@/lib/backup/values";
import { Prisma } from "@/lib/core/db/client";
import { createTestDatabase } from "../helpers/databases";
import { tempDir } from "./helpers";

const column = (type: Column["type"], nullable = false): Column => ({ name: "c", type, nullable });

/** What a value becomes after being written to a file and read back. */
function roundTrip(col: Column, value: unknown): unknown {
  const line = JSON.parse(JSON.stringify({ c: encodeValue(col, value) })) as unknown;
  const table = { ...TABLES[0]!, columns: [col] };
  return rowSchema(table).parse(line).c;
}

describe("the table list", () => {
  it("holds every model of the schema once, each with exactly its scalar columns in the schema's order", () => {
    expect(TABLES.map((t) => t.name).sort()).toEqual(Object.values(Prisma.ModelName).sort());
    for (const table of TABLES) {
      const fields = (Prisma as unknown as Record<string, Record<string, string>>)[`${table.name}ScalarFieldEnum`]!;
      expect(
        table.columns.map((c) => c.name),
        table.name,
      ).toEqual(Object.values(fields));
      for (const key of table.key) expect(table.columns.map((c) => c.name)).toContain(key);
    }
  });

  it("loads every table after the tables it points to", () => {
    const order: string[] = TABLES.map((t) => t.name);
    const before = (a: string, b: string) => expect(order.indexOf(a), `${a} before ${b}`).toBeLessThan(order.indexOf(b));
    before("Country", "TradeObservation");
    before("Reporter", "TradeObservation");
    before("Source", "TradeObservation");
    before("TradeObservation", "ObservationRevision");
    before("ImportRun", "ObservationRevision");
    before("Source", "Project");
    before("Project", "ProjectCountry");
    before("Country", "ProjectCountry");
  });
});

describe("values", () => {
  it("keeps floats exactly, to the last bit", () => {
    for (const value of [0.1 + 0.2, 5e-324, 1.2345678901234567e300, -123456789.12345678, 2 ** 53 + 2, 0]) {
      expect(Object.is(roundTrip(column("Float"), value), value), String(value)).toBe(true);
    }
  });

  it("refuses what JSON cannot hold rather than writing something else", () => {
    for (const value of [NaN, Infinity, -Infinity]) expect(() => encodeValue(column("Float"), value)).toThrow(/cannot be carried as Float/);
    expect(() => encodeValue(column("Int"), 2 ** 53)).toThrow(/cannot be carried as Int/);
    expect(() => encodeValue(column("String"), null)).toThrow(/null in a required String column/);
  });

  it("writes times as ISO 8601 UTC with milliseconds and reads them back to the millisecond", () => {
    const time = new Date("1999-12-31T23:59:59.999Z");
    expect(encodeValue(column("DateTime"), time)).toBe("1999-12-31T23:59:59.999Z");
    expect((roundTrip(column("DateTime"), time) as Date).getTime()).toBe(time.getTime());
    const schema = rowSchema({ ...TABLES[0]!, columns: [column("DateTime")] });
    for (const text of ["1999-12-31T23:59:59Z", "1999-12-31 23:59:59.999", "1999-02-30T00:00:00.000Z", "1999-12-31T23:59:59.999+01:00"]) {
      expect(schema.safeParse({ c: text }).success, text).toBe(false);
    }
  });

  it("carries big integers and decimals as digit strings, exactly", () => {
    const big = 2n ** 63n - 1n;
    expect(encodeValue(column("BigInt"), big)).toBe("9223372036854775807");
    expect(roundTrip(column("BigInt"), big)).toBe(big);
    const decimal = new Prisma.Decimal("12345678901234567890.000000000000000001");
    expect(encodeValue(column("Decimal"), decimal)).toBe("12345678901234567890.000000000000000001");
    expect((roundTrip(column("Decimal"), decimal) as Prisma.Decimal).equals(decimal)).toBe(true);
    expect(encodeValue(column("Decimal"), new Prisma.Decimal("1e-30"))).toBe("0.000000000000000000000000000001");
  });

  it("keeps null apart from the empty string, and booleans as booleans", () => {
    expect(roundTrip(column("String", true), null)).toBeNull();
    expect(roundTrip(column("String", true), "")).toBe("");
    expect(roundTrip(column("Boolean"), false)).toBe(false);
  });

  it("a row is exactly its table's columns: none missing, none extra, null only where allowed", () => {
    const schema = rowSchema(TABLES.find((t) => t.name === "Country")!);
    expect(schema.parse({ iso3: "KAZ", name: "Kazakhstan", isAggregate: false, sortOrder: 1 })).toEqual({
      iso3: "KAZ",
      name: "Kazakhstan",
      isAggregate: false,
      sortOrder: 1,
    });
    expect(schema.safeParse({ iso3: "KAZ", name: "Kazakhstan", isAggregate: false }).success).toBe(false);
    expect(schema.safeParse({ iso3: "KAZ", name: "Kazakhstan", isAggregate: false, sortOrder: 1, extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ iso3: "KAZ", name: null, isAggregate: false, sortOrder: 1 }).success).toBe(false);
    expect(schema.safeParse({ iso3: "KAZ", name: "Kazakhstan", isAggregate: 0, sortOrder: 1 }).success).toBe(false);
  });
});

describe("export", () => {
  it("fails on a value the format cannot carry, naming table, row and column, and leaves no files", async () => {
    const t = await createTestDatabase("sqlite");
    const dir = path.join(tempDir("infinite"), "backup");
    try {
      await t.db.country.create({ data: { iso3: "KAZ", name: "Kazakhstan", sortOrder: 1 } });
      await t.db.reporter.create({ data: { code: "CHN", name: "China", kind: "customs" } });
      await t.db.source.create({ data: { id: "s", publisher: "p", title: "t", url: "https://example.org", licence: "l" } });
      const row = await t.db.tradeObservation.create({
        data: {
          partnerIso3: "KAZ",
          year: 2024,
          period: "2024",
          periodKind: "full_year",
          reporterCode: "CHN",
          flow: "turnover",
          valueUsd: 1,
          sourceId: "s",
        },
      });
      await t.db.$executeRaw`UPDATE "TradeObservation" SET "valueUsd" = 9e999 WHERE "id" = ${row.id}`;
      await expect(exportDatabase(t.db, dir)).rejects.toThrow(
        `TradeObservation (id ${row.id}): valueUsd: number Infinity cannot be carried as Float`,
      );
      expect(fs.existsSync(dir)).toBe(false);
    } finally {
      await t.cleanup();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });

  it("writes a manifest that reads back, for an empty database too", async () => {
    const t = await createTestDatabase("sqlite");
    const dir = path.join(tempDir("empty"), "backup");
    try {
      const manifest = await exportDatabase(t.db, dir);
      expect(readManifest(dir)).toEqual(manifest);
      expect(manifest.dataVersion).toBeNull();
      expect(manifest.files.map((f) => [f.table, f.rows])).toEqual(TABLES.map((t) => [t.name, 0]));
      expect(fs.readdirSync(dir).sort()).toEqual([...TABLES.map((t) => t.file), "manifest.json"].sort());
    } finally {
      await t.cleanup();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
