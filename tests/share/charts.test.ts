// The chart images as a journalist downloads them: the SVG parses as XML and
// carries the title, the reporters, the source line and the full view's
// address; the PNG decodes to the stated pixel size; bad filters are 400s
// naming the parameter. Against a seeded database, on SQLite and PostgreSQL.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as claimPng } from "@/app/api/v1/charts/claim.png/route";
import { GET as claimSvg } from "@/app/api/v1/charts/claim.svg/route";
import { GET as mirrorPng } from "@/app/api/v1/charts/mirror.png/route";
import { GET as mirrorSvg } from "@/app/api/v1/charts/mirror.svg/route";
import { GET as tradePng } from "@/app/api/v1/charts/trade.png/route";
import { GET as tradeSvg } from "@/app/api/v1/charts/trade.svg/route";
import { CHART_PALETTE } from "@/components/share/chart-palette";
import { reporterColor } from "@/components/charts/chart-colors";
import { svgToPng } from "@/lib/share/chart-png";
import { drawable, renderChartSvg } from "@/lib/share/chart-svg";
import type { ChartModel } from "@/lib/share/chart-model";
import { IMAGE_SIZE, PNG_SIZE } from "@/lib/share/schemas";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

type Handler = typeof tradeSvg;

/** Parses as XML would, failing on any error or warning rather than guessing. */
function parseSvg(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(text, "image/svg+xml");
  expect(problems).toEqual([]);
  expect(doc.documentElement?.nodeName).toBe("svg");
  return doc;
}

const texts = (doc: Document) => Array.from(doc.getElementsByTagName("text")).map((t) => (t as Element).textContent ?? "");

/** The source line as printed: from "Source:" to the line before "Caravan", its wrapped lines joined. */
function sourceLine(doc: Document): string {
  const lines = texts(doc);
  const start = lines.findIndex((l) => l.startsWith("Source:"));
  const end = lines.indexOf("Caravan");
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return lines.slice(start, end).join(" ");
}

function decodePng(bytes: ArrayBuffer): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

describeEachDatabase("chart images on %s", (name) => {
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

  describe("the trade chart", () => {
    it("as SVG: the title, every reporter in the legend, the source line and the full view's address", async () => {
      const response = await get(tradeSvg, "/api/v1/charts/trade.svg?partner=KAZ&from=2015&to=2024");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      expect(response.headers.get("x-image-size")).toBe(`${IMAGE_SIZE.width}x${IMAGE_SIZE.height}`);
      expect(response.headers.get("content-disposition")).toBe('inline; filename="caravan-chart_trade_KAZ_2015-2024.svg"');
      const doc = parseSvg(await response.text());
      const svg = doc.documentElement!;
      expect(svg.getAttribute("width")).toBe(String(IMAGE_SIZE.width));
      expect(svg.getAttribute("height")).toBe(String(IMAGE_SIZE.height));
      expect(doc.getElementsByTagName("title")[0]?.textContent).toBe("China–Kazakhstan turnover by reporter");
      const lines = texts(doc);
      expect(lines).toContain("China–Kazakhstan turnover by reporter");
      // the two sides, named, each in its own colour
      expect(lines).toEqual(expect.arrayContaining(["China's customs", "Kazakh side"]));
      const source = sourceLine(doc);
      expect(source).toContain("China's customs (GACC)");
      expect(source).toContain("Bureau of National Statistics of Kazakhstan");
      // and whole in the description, for screen readers
      expect(doc.getElementsByTagName("desc")[0]?.textContent).toContain(source.replace(/…$/, ""));
      expect(lines.some((l) => l.includes("http://caravan.test/countries/KAZ?time=2015..2024"))).toBe(true);
      const strokes = Array.from(doc.getElementsByTagName("path")).map((p) => (p as Element).getAttribute("stroke"));
      expect(strokes).toEqual(expect.arrayContaining([reporterColor("CHN"), reporterColor("KAZ")]));
      // the article's claim for Kazakhstan, marked as the country page marks it
      expect(lines).toContain("Article: “exceeded $30 billion” (2024)");
    });

    it("as PNG: an image of the stated size, twice the SVG's", async () => {
      const response = await get(tradePng, "/api/v1/charts/trade.png?partner=KAZ~UZB&reporter=CHN&flow=turnover&from=2018");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("x-image-size")).toBe(`${PNG_SIZE.width}x${PNG_SIZE.height}`);
      const png = decodePng(await response.arrayBuffer());
      expect([png.width, png.height]).toEqual([PNG_SIZE.width, PNG_SIZE.height]);
      expect([png.width, png.height]).toEqual([IMAGE_SIZE.width * 2, IMAGE_SIZE.height * 2]);
      // not a blank page: China's customs' red is drawn somewhere
      const [r, g, b] = [0xc0, 0x39, 0x2b];
      let red = 0;
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) red++;
      expect(red).toBeGreaterThan(50);
    });

    it("the five together: the published total and the article's $95bn marked", async () => {
      const doc = parseSvg(await (await get(tradeSvg, "/api/v1/charts/trade.svg")).text());
      expect(doc.getElementsByTagName("title")[0]?.textContent).toBe("China–Central Asia turnover by reporter");
      expect(texts(doc)).toContain("Article: $95bn (2024)");
    });

    it("answers 304 to its own ETag", async () => {
      const first = await get(tradeSvg, "/api/v1/charts/trade.svg?partner=TJK");
      const etag = first.headers.get("etag")!;
      expect(etag).toBeTruthy();
      const second = await get(tradeSvg, "/api/v1/charts/trade.svg?partner=TJK", { headers: { "if-none-match": etag } });
      expect(second.status).toBe(304);
    });

    it.each([
      ["?partner=XYZ", "partner"],
      ["?reporter=NOPE", "reporter"],
      ["?flow=sideways", "flow"],
      ["?from=2024&to=2020", "from"],
      ["?to=20x4", "to"],
      ["?format=csv", "format"],
      ["?colour=red", "colour"],
    ])("%s is a 400 naming %s", async (query, param) => {
      for (const handler of [tradeSvg, tradePng]) {
        const response = await get(handler, `/api/v1/charts/trade.svg${query}`);
        expect(response.status).toBe(400);
        expect(((await response.json()) as { error: { code: string; param: string } }).error).toMatchObject({ code: "invalid_parameter", param });
      }
    });
  });

  describe("the mirror chart", () => {
    it("draws the gap per country with a source line naming both sides", async () => {
      const response = await get(mirrorSvg, "/api/v1/charts/mirror.svg?partner=KAZ~KGZ&from=2018");
      expect(response.status).toBe(200);
      const doc = parseSvg(await response.text());
      expect(doc.getElementsByTagName("title")[0]?.textContent).toBe("Reporter gap: China's figure minus the partner's own, turnover");
      const lines = texts(doc);
      expect(lines).toEqual(expect.arrayContaining(["Kazakhstan", "Kyrgyzstan"]));
      expect(sourceLine(doc)).toContain("China's customs (GACC)");
      expect(Array.from(doc.getElementsByTagName("rect")).length).toBeGreaterThan(3);
      const png = decodePng(await (await get(mirrorPng, "/api/v1/charts/mirror.png?partner=KAZ~KGZ&from=2018")).arrayBuffer());
      expect([png.width, png.height]).toEqual([PNG_SIZE.width, PNG_SIZE.height]);
    });

    it("takes no reporter", async () => {
      const response = await get(mirrorSvg, "/api/v1/charts/mirror.svg?reporter=CHN");
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { param: string } }).error.param).toBe("reporter");
    });
  });

  describe("a claim's chart", () => {
    it("shows the quote, the verdict per reporter and the evidence", async () => {
      const response = await get(claimSvg, "/api/v1/charts/claim.svg?claim=kaz-2024-over-30bn");
      expect(response.status).toBe(200);
      const doc = parseSvg(await response.text());
      const lines = texts(doc).join(" ");
      expect(lines).toContain("exceeded $30 billion");
      expect(lines).toMatch(/China's customs: (supported|partly supported|contradicted)/);
      expect(lines).toContain("http://caravan.test/claims#kaz-2024-over-30bn");
      expect(lines).toContain("Source: China's customs (GACC)");
      const png = decodePng(await (await get(claimPng, "/api/v1/charts/claim.png?claim=kaz-2024-over-30bn")).arrayBuffer());
      expect([png.width, png.height]).toEqual([PNG_SIZE.width, PNG_SIZE.height]);
    });

    it("draws a project claim's records, a GDP claim's verdicts, the largest-partner bars and an event", async () => {
      for (const claim of ["solar-wind-kaz-uzb-kgz", "kaz-largest-economy", "kaz-largest-partner", "summit-2025"]) {
        const response = await get(claimSvg, `/api/v1/charts/claim.svg?claim=${claim}`);
        expect(response.status, claim).toBe(200);
        parseSvg(await response.text());
      }
    });

    it.each([
      ["", "claim"],
      ["?claim=", "claim"],
      ["?claim=No Such Claim", "claim"],
      ["?claim=no-such-claim", "claim"],
      ["?claim=kaz-2024-over-30bn&partner=KAZ", "partner"],
    ])("%s is a 400 naming %s", async (query, param) => {
      const response = await get(claimSvg, `/api/v1/charts/claim.svg${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { param: string; message: string } };
      expect(body.error.param).toBe(param);
    });
  });
});

describe("the image's text", () => {
  const model: ChartModel = {
    kind: "trade",
    type: "line",
    title: "Товарооборот Казахстана и Китая",
    subtitle: "Млрд долларов США",
    notes: [],
    index: "year",
    rows: [
      { year: 2023, CHN: 41e9, CHN__source: "x" },
      { year: 2024, CHN: 43.8e9, CHN__source: "x" },
    ],
    series: [{ key: "CHN", label: "Таможня Китая", tone: { palette: "reporter", code: "CHN" } }],
    stacked: false,
    unit: "usd",
    markers: [],
    empty: null,
    sourceLine: "Source: World Journal (世界日報) & <others>",
    fullViewPath: "/?a=1&b=2",
  };

  it("draws Cyrillic with the shipped font: the PNG has ink where the title is", async () => {
    const svg = renderChartSvg(model, CHART_PALETTE, { origin: "https://caravan.example" });
    expect(parseSvg(svg).getElementsByTagName("title")[0]?.textContent).toBe("Товарооборот Казахстана и Китая");
    const png = PNG.sync.read(Buffer.from(await svgToPng(svg)));
    // the title's band (y 24–64 at 1×) holds dark pixels: glyphs, not missing-glyph boxes or nothing
    let dark = 0;
    for (let y = 60; y < 128; y++) for (let x = 96; x < 1200; x++) if (png.data[(y * png.width + x) * 4]! < 80) dark++;
    expect(dark).toBeGreaterThan(2000);
  });

  it("escapes markup and leaves out the characters the font lacks", () => {
    const svg = renderChartSvg(model, CHART_PALETTE, { origin: "https://caravan.example" });
    const doc = parseSvg(svg);
    expect(sourceLine(doc)).toBe("Source: World Journal & <others>");
    expect(drawable("Sing Tao Headline (星島頭條)")).toBe("Sing Tao Headline");
    expect(svg).toContain("https://caravan.example/?a=1&amp;b=2");
  });
});
