import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { csvResponse } from "@/lib/core/http/csv-writer";
import { parseQuery } from "@/lib/core/http/query-params";
import { seedDatabase } from "@/lib/seed/seed";
import { TRADE_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { renderTradeCsv, tradeCsvRows } from "@/lib/trade/csv-export";
import { iterateTrade } from "@/lib/trade/queries";
import { resolveTradeFilters, tradeQuerySchema } from "@/lib/trade/schemas";
import { planRows } from "@/scripts/bench/synthetic";
import { writeSynthetic } from "@/scripts/bench/synthetic-writer";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

// Text a spreadsheet or a CSV parser could trip on: formulas, quotes, commas, line breaks, non-ASCII.
const TRICKY_NOTES = [
  '=HYPERLINK("http://x")',
  "+1",
  "-2 %",
  "@SUM(A1)",
  "\tTab",
  'say "hi", twice',
  "line\nbreak",
  "crlf\r\nend",
  "＝fullwidth",
  "ünïcödé – dash",
];

const filtersOf = (query: string) => resolveTradeFilters(parseQuery(tradeQuerySchema, new URLSearchParams(query)));

/** The reference: csvResponse's field-by-field writer over iterateTrade's rows (itself held to csv-stringify by csv-writer.test.ts). */
async function genericCsv(t: TestDatabase, query: string, batchSize: number): Promise<string> {
  return csvResponse(iterateTrade(t.db, filtersOf(query), batchSize), TRADE_CSV_COLUMNS, "f.csv").text();
}

async function renderedCsv(t: TestDatabase, query: string, batchSize: number): Promise<string> {
  let text = TRADE_CSV_COLUMNS.map((c) => c.header).join(",") + "\r\n";
  for await (const chunk of renderTradeCsv(t.db, filtersOf(query), batchSize)) text += chunk;
  return text;
}

describeEachDatabase("the trade CSV export written as text on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    await writeSynthetic(t.config, planRows(3, 2));
    // tricky notes and derivations on seeded figures, and a correction on some, so every column's escaping is exercised
    const rows = await t.db.tradeObservation.findMany({ where: { synthetic: false }, orderBy: { id: "asc" }, take: TRICKY_NOTES.length * 2 });
    for (const [i, row] of rows.entries()) {
      const tricky = TRICKY_NOTES[i % TRICKY_NOTES.length]!;
      await t.db.tradeObservation.update({ where: { id: row.id }, data: i % 2 ? { note: tricky } : { derivation: tricky, note: null } });
      if (i % 3 === 0)
        await t.db.observationRevision.create({ data: { observationId: row.id, previousValue: row.valueUsd + 1, newValue: row.valueUsd } });
    }
  });
  afterAll(async () => t?.cleanup());

  const queries = [
    "commodity=all&period=all&synthetic=include",
    "commodity=all&period=all&synthetic=include&preferred=true",
    "commodity=all&period=all&preferred=false",
    "partner=KAZ~UZB&reporter=CHN~partner&from=2015",
    "commodity=01*~TOTAL&period=month&synthetic=include",
    "partner=TJK&from=2099",
  ];
  it.each(queries)("?%s: byte for byte the field-by-field writer's CSV, whatever the batch size", async (query) => {
    const expected = await genericCsv(t, query, 5000);
    // batches of 1 and 7 split competitions (several sources for one figure) across batches
    for (const batchSize of [1, 7, 5000]) expect(await renderedCsv(t, query, batchSize)).toBe(expected);
  });

  it("really exercises what it compares: competitions, preferred and not, escaped text, revisions", async () => {
    const text = await genericCsv(t, queries[0]!, 5000);
    const records: Record<string, string>[] = parse(text, { columns: true });
    expect(records.length).toBeGreaterThan(500);
    expect(records.some((r) => r.preferred === "true")).toBe(true);
    expect(records.some((r) => r.preferred === "false" && r.reporter === "CHN")).toBe(true);
    expect(records.some((r) => r.revised === "true")).toBe(true);
    expect(records.some((r) => r.synthetic === "true")).toBe(true);
    for (const note of TRICKY_NOTES)
      expect(records.some((r) => r.note === note || r.note === `'${note}` || r.derivation === note || r.derivation === `'${note}`)).toBe(true);
  });

  it("GET /api/v1/trade?format=csv streams the rendered text, and the same bytes as before", async () => {
    pointRoutesAt(t.db);
    const response = await callRoute(getTrade, `/api/v1/trade?${queries[0]}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await response.text()).toBe(await genericCsv(t, queries[0]!, 5000));
  });

  it("renders only TRADE_CSV_COLUMNS; other columns are written field by field from the same rows", async () => {
    const rows = tradeCsvRows(t.db, filtersOf(queries[0]!));
    expect(rows.renderCsv(TRADE_CSV_COLUMNS)).not.toBeNull();
    const fewer = TRADE_CSV_COLUMNS.slice(0, 3);
    expect(rows.renderCsv(fewer)).toBeNull();
    const text = await csvResponse(rows, fewer, "f.csv").text();
    expect(text.split("\r\n")[0]).toBe("year,period,period_kind");
    expect(text).toBe(await csvResponse(iterateTrade(t.db, filtersOf(queries[0]!)), fewer, "f.csv").text());
  });
});
