// Text a spreadsheet would run as a formula is exported inert.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { TRADE_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { importTradeCsv } from "@/lib/trade/import";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

const HOSTILE = {
  publisher: '=HYPERLINK("http://attacker.example","click")',
  title: "+cmd|' /C calc'!A0",
  url: "@SUM(1+1)*cmd|' /C calc'!A0",
  note: "-2+3",
  licence: "\t=1+1",
  methodNote: "\r=1+1",
};

describeEachDatabase("CSV formula injection on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    await t.db.source.create({
      data: {
        id: "hostile",
        publisher: HOSTILE.publisher,
        title: HOSTILE.title,
        url: HOSTILE.url,
        licence: HOSTILE.licence,
        methodNote: HOSTILE.methodNote,
      },
    });
    await t.db.tradeObservation.create({
      data: {
        partnerIso3: "TJK",
        year: 2030,
        period: "2030",
        periodKind: "full_year",
        reporterCode: "TJK",
        flow: "turnover",
        valueUsd: 1234.5,
        sourceId: "hostile",
        note: HOSTILE.note,
      },
    });
  });
  afterAll(async () => t?.cleanup());

  it("a record imported with formula-like text comes back inert in the CSV", async () => {
    const file = [
      "period,partner,reporter,flow,value_usd,source_id,note,source_publisher,source_title,source_url,source_licence",
      `2019,UZB,UZB,turnover,2500000000,imported-hostile,"=1+2","@evil publisher","+title","https://example.org/hostile","-licence"`,
    ].join("\n");
    const report = await importTradeCsv(t.db, file, { fileName: "hostile.csv" });
    expect(report.errors).toEqual([]);
    pointRoutesAt(t.db);
    const text = await (await callRoute(getTrade, "/api/v1/trade?partner=UZB&from=2019&to=2019&format=csv")).text();
    const rows = (parse(text, { columns: true }) as Record<string, string>[]).filter((r) => r.source_id === "imported-hostile");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe("'=1+2");
    expect(rows[0]!.source_publisher).toBe("'@evil publisher");
    expect(rows[0]!.source_title).toBe("'+title");
    expect(rows[0]!.value_usd).toBe("2500000000");
  });

  it("quotes a value with a line break so it stays one cell", async () => {
    await t.db.tradeObservation.create({
      data: {
        partnerIso3: "TKM",
        year: 2031,
        period: "2031",
        periodKind: "full_year",
        reporterCode: "TKM",
        flow: "turnover",
        valueUsd: 1,
        sourceId: "hostile",
        note: "first line\nsecond line\rthird",
      },
    });
    pointRoutesAt(t.db);
    const text = await (await callRoute(getTrade, "/api/v1/trade?partner=TKM&from=2031&format=csv")).text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe("first line\nsecond line\rthird");
  });

  it("prefixes every formula-like cell with ' and keeps the number a number", async () => {
    pointRoutesAt(t.db);
    const text = await (await callRoute(getTrade, "/api/v1/trade?partner=TJK&from=2030&format=csv")).text();
    const rows = parse(text, { columns: true, relax_quotes: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const row = rows[0];
    // every column of the export is there, so the loop below looks at each cell
    expect(Object.keys(row!)).toEqual(TRADE_CSV_COLUMNS.map((c) => c.header));
    expect(row!.source_publisher).toBe(`'${HOSTILE.publisher}`);
    expect(row!.source_title).toBe(`'${HOSTILE.title}`);
    expect(row!.source_url).toBe(`'${HOSTILE.url}`);
    expect(row!.note).toBe(`'${HOSTILE.note}`);
    expect(row!.value_usd).toBe("1234.5");
    for (const cell of Object.values(row!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
