// The data packages as an analyst unpacks them: a zip of exactly data.csv,
// sources.csv and README.md; data.csv byte for byte the view's own CSV;
// sources.csv the sources of exactly those rows; a README that explains every
// column and cites the providers before Caravan. On SQLite and PostgreSQL.
import { parse } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as claimsPackage } from "@/app/api/v1/package/claims.zip/route";
import { GET as mirrorPackage } from "@/app/api/v1/package/mirror.zip/route";
import { GET as projectsPackage } from "@/app/api/v1/package/projects.zip/route";
import { GET as tradePackage } from "@/app/api/v1/package/trade.zip/route";
import { GET as getClaims } from "@/app/api/v1/claims/route";
import { GET as getProjects } from "@/app/api/v1/projects/route";
import { GET as getMirror } from "@/app/api/v1/trade/mirror/route";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { CLAIM_CSV_COLUMNS } from "@/lib/claims/csv-columns";
import { PROJECT_CSV_COLUMNS } from "@/lib/projects/csv-columns";
import { CLAIM_COLUMN_NOTES, MIRROR_COLUMN_NOTES, PROJECT_COLUMN_NOTES, TRADE_COLUMN_NOTES } from "@/lib/share/package-columns";
import { PACKAGE_FILES, SOURCES_CSV_HEADER } from "@/lib/share/package";
import { MIRROR_CSV_COLUMNS, TRADE_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

type Handler = typeof tradePackage;
type Row = Record<string, string>;

const rowsOf = (bytes: Uint8Array): Row[] => parse(Buffer.from(bytes), { columns: true, bom: true }) as Row[];

describe("the README's column notes", () => {
  it.each([
    ["trade", TRADE_CSV_COLUMNS, TRADE_COLUMN_NOTES],
    ["mirror", MIRROR_CSV_COLUMNS, MIRROR_COLUMN_NOTES],
    ["claims", CLAIM_CSV_COLUMNS, CLAIM_COLUMN_NOTES],
    ["projects", PROJECT_CSV_COLUMNS, PROJECT_COLUMN_NOTES],
  ] as const)("explain every %s column, and only those", (_view, columns, notes) => {
    expect(Object.keys(notes).sort()).toEqual(columns.map((c) => c.header).sort());
    for (const text of Object.values(notes)) expect(text.length).toBeGreaterThan(5);
  });
});

describeEachDatabase("data packages on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());
  const get = (handler: Handler, url: string, init?: RequestInit) => {
    pointRoutesAt(t.db);
    return callRoute(handler, url, init);
  };
  const bytes = async (handler: Handler, url: string) => {
    const response = await get(handler, url);
    expect(response.status, url).toBe(200);
    return { response, body: new Uint8Array(await response.arrayBuffer()) };
  };

  const cases: [view: string, query: string, pkg: Handler, csv: Handler, csvPath: string][] = [
    ["trade", "?partner=KAZ~UZB&from=2015&to=2024", tradePackage, getTrade, "/api/v1/trade"],
    ["trade", "?partner=KAZ~KGZ~TJK~TKM~UZB~CA5&reporter=CHN~partner&flow=turnover", tradePackage, getTrade, "/api/v1/trade"],
    ["trade", "?period=all&preferred=true", tradePackage, getTrade, "/api/v1/trade"],
    ["mirror", "?partner=KAZ&flow=turnover", mirrorPackage, getMirror, "/api/v1/trade/mirror"],
    ["claims", "?theme=trade", claimsPackage, getClaims, "/api/v1/claims"],
    ["projects", "?country=KAZ", projectsPackage, getProjects, "/api/v1/projects"],
  ];

  it.each(cases)("%s.zip%s unpacks to the three files; data.csv is the view's CSV, byte for byte", async (view, query, pkg, csv, csvPath) => {
    const { response, body } = await bytes(pkg, `/api/v1/package/${view}.zip${query}`);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="caravan-package_${view}[^"]*\\.zip"$`));
    expect(response.headers.get("etag")).toBeTruthy();
    const files = unzipSync(body);
    expect(Object.keys(files)).toEqual([...PACKAGE_FILES]);
    const expected = await bytes(csv, `${csvPath}${query}${query ? "&" : "?"}format=csv`);
    expect(Buffer.compare(Buffer.from(files["data.csv"]!), Buffer.from(expected.body))).toBe(0);
    expect(rowsOf(files["data.csv"]!).length).toBeGreaterThan(0);
  });

  it("sources.csv lists exactly the sources of data.csv's rows, with publisher, title, url, licence and kind", async () => {
    const { body } = await bytes(tradePackage, "/api/v1/package/trade.zip?partner=KAZ&from=2018");
    const files = unzipSync(body);
    const data = rowsOf(files["data.csv"]!);
    const sourcesText = strFromU8(files["sources.csv"]!);
    expect(sourcesText.split("\r\n")[0]).toBe(SOURCES_CSV_HEADER.join(","));
    const sources = rowsOf(files["sources.csv"]!);
    expect(new Set(sources.map((s) => s.id))).toEqual(new Set(data.map((r) => r.source_id)));
    for (const s of sources) {
      expect(s.publisher && s.title && s.url && s.licence, s.id).toBeTruthy();
      expect(["dataset", "press", "copy", ""]).toContain(s.kind);
      const row = data.find((r) => r.source_id === s.id)!;
      expect([row.source_publisher, row.source_url]).toEqual([s.publisher, s.url]);
    }
  });

  it("the README explains every column, names the reporters, gives each source's licence and the citation in both forms", async () => {
    const { body } = await bytes(tradePackage, "/api/v1/package/trade.zip?partner=KAZ&from=2018");
    const files = unzipSync(body);
    const readme = strFromU8(files["README.md"]!);
    for (const column of TRADE_CSV_COLUMNS) expect(readme).toContain(`| \`${column.header}\` |`);
    expect(readme).toContain("`CHN`: China's customs (GACC)");
    expect(readme).toContain("`KAZ`: Kazakhstan's official statistics");
    for (const s of rowsOf(files["sources.csv"]!)) expect(readme).toContain(`| \`${s.id}\` |`);
    expect(readme).toContain("Official national statistics");
    const citation = readme.slice(readme.indexOf("## How to cite"));
    expect(citation.indexOf("China's customs (GACC)")).toBeLessThan(citation.indexOf("Compiled by Caravan"));
    expect(citation).toContain("http://caravan.test/data?country=KAZ&time=2018..");
    expect(citation).toMatch(/```bibtex\n@misc\{caravan-[^,]+,\n[\s\S]+\n\}\n```/);
  });

  it.each([
    ["trade", tradePackage, "?partner=XYZ", "partner"],
    ["trade", tradePackage, "?format=csv", "format"],
    ["trade", tradePackage, "?from=2024&to=2020", "from"],
    ["mirror", mirrorPackage, "?reporter=CHN", "reporter"],
    ["claims", claimsPackage, "?theme=nope", "theme"],
    ["projects", projectsPackage, "?sector=spaceships", "sector"],
  ] as const)("%s.zip%s is a 400 naming %s", async (view, pkg, query, param) => {
    const response = await get(pkg, `/api/v1/package/${view}.zip${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string; param: string } }).error).toMatchObject({ code: "invalid_parameter", param });
  });

  it("answers 304 to its own ETag, without building the zip", async () => {
    const first = await get(claimsPackage, "/api/v1/package/claims.zip");
    const etag = first.headers.get("etag")!;
    await first.arrayBuffer();
    const second = await get(claimsPackage, "/api/v1/package/claims.zip", { headers: { "if-none-match": etag } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
  });
});
