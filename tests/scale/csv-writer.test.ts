import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { csvField, csvResponse, type CsvColumn, type SelfRenderingRows } from "@/lib/core/http/csv-writer";

type Row = { a: string | null; n: number | null; b: boolean | undefined };
const COLUMNS: CsvColumn<Row>[] = [
  { header: "a", value: (r) => r.a },
  { header: "n", value: (r) => r.n },
  { header: "b", value: (r) => r.b },
];

const TRICKY = [
  "plain",
  "",
  null,
  '=HYPERLINK("http://x")',
  "+1",
  "-2",
  "@SUM(A1)",
  "\tTab",
  "\rCR",
  "line\nbreak",
  "crlf\r\nend",
  'say "hi"',
  "a,b",
  "＝fullwidth",
  "ünïcödé – dash",
  " spaced ",
  "'quoted'",
];

async function* rowsOf<T = Row>(rows: T[]) {
  yield* rows;
}

/** The reference: csv-stringify, a well-kept library, with formula escaping and CRLF records. */
function referenceCsv(rows: Row[]): string {
  return stringify(
    rows.map((r) => COLUMNS.map((c) => c.value(r) ?? "")),
    {
      header: true,
      columns: COLUMNS.map((c) => c.header),
      escape_formulas: true,
      record_delimiter: "windows",
      quoted_match: /[\r\n]/,
      cast: { boolean: (value) => (value ? "true" : "false") },
    },
  );
}

describe("csvResponse", () => {
  it("writes exactly what csvResponse (csv-stringify) writes for text without a bare CR or LF", async () => {
    const rows: Row[] = TRICKY.filter((a) => !/[\r\n]/.test(a ?? "") || a!.includes("\r\n")).flatMap((a, i) => [
      { a, n: i % 3 === 0 ? -i * 1.5 : i * 1e9, b: i % 2 === 0 },
      { a, n: null, b: undefined },
    ]);
    rows.push({ a: "x", n: 0, b: false }, { a: "y", n: 1e21, b: true }, { a: "z", n: -0.000001, b: true });
    expect(rows.length).toBeGreaterThan(20);
    const actual = await csvResponse(rowsOf(rows), COLUMNS, "f.csv").text();
    expect(actual).toBe(referenceCsv(rows));
    // a header and one record per row, read back
    expect(parse(actual, { from_line: 2 })).toHaveLength(rows.length);
  });

  it("quotes a bare CR or LF too, so a parser reads the text back whole", async () => {
    const rows: Row[] = TRICKY.map((a, i) => ({ a, n: i, b: true }));
    expect(rows.length).toBeGreaterThan(0);
    const text = await csvResponse(rowsOf(rows), COLUMNS, "f.csv").text();
    expect(text).toBe(referenceCsv(rows));
    const parsed: string[][] = parse(text, { from_line: 2 });
    expect(parsed.map((r) => r[0])).toEqual(TRICKY.map((a) => (a === null ? "" : /^[=+\-@\t\r\uFF1D]/.test(a) ? `'${a}` : a)));
  });

  it("streams many rows in chunks and sends the same headers", async () => {
    const many: Row[] = Array.from({ length: 20_000 }, (_, i) => ({ a: `row ${i}`, n: i, b: i % 2 === 0 }));
    const fast = csvResponse(rowsOf(many), COLUMNS, "f.csv", { ETag: "x" });
    expect(fast.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(fast.headers.get("content-disposition")).toBe('attachment; filename="f.csv"');
    expect(fast.headers.get("etag")).toBe("x");
    const text = await fast.text();
    expect(text).toBe(referenceCsv(many));
    expect(parse(text, { from_line: 2 })).toHaveLength(many.length);
  });

  it("fails the stream when the rows fail", async () => {
    async function* failing() {
      yield { a: "ok", n: 1, b: true };
      throw new Error("database went away");
    }
    await expect(csvResponse(failing(), COLUMNS, "f.csv").text()).rejects.toThrow();
  });

  it("streams the text of rows that render themselves after its own header, and only for the columns they accept", async () => {
    const rows: Row[] = [{ a: "x", n: 1, b: true }];
    const asked: (readonly CsvColumn<Row>[])[] = [];
    const selfRendering = (accept: boolean): SelfRenderingRows<Row> => ({
      [Symbol.asyncIterator]: () => rowsOf(rows),
      renderCsv: (columns) => {
        asked.push(columns);
        return accept ? rowsOf(["rendered,1,true\r\n", "second,2,false\r\n"]) : null;
      },
    });
    expect(await csvResponse(selfRendering(true), COLUMNS, "f.csv").text()).toBe("a,n,b\r\nrendered,1,true\r\nsecond,2,false\r\n");
    expect(asked).toEqual([COLUMNS]);
    // declined: written field by field, exactly as plain rows
    expect(await csvResponse(selfRendering(false), COLUMNS, "f.csv").text()).toBe(referenceCsv(rows));
  });

  it("fails the stream when rendered text fails", async () => {
    async function* failing() {
      yield "ok,1,true\r\n";
      throw new Error("database went away");
    }
    const rows: SelfRenderingRows<Row> = { [Symbol.asyncIterator]: () => rowsOf([]), renderCsv: () => failing() };
    await expect(csvResponse(rows, COLUMNS, "f.csv").text()).rejects.toThrow();
  });

  it("escapes formulas in text but not in numbers", () => {
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(-1)).toBe("-1");
    expect(csvField('=1+"a"')).toBe(`"'=1+""a"""`);
  });
});
