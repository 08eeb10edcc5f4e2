// The journalist toolkit in Russian: the chart images with locale=ru carry
// Russian words (title, legend, axis ticks in Russian number format, source
// line) and no English interface words; the PNG decodes at its stated size;
// any other locale is a 400 naming `locale`; the package's README is Russian
// while its CSV stays the view's own; a pasted /ru address embeds the /ru
// embed; the citation and the share links carry the language.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOEmbed } from "@/app/api/oembed/route";
import { GET as claimSvg } from "@/app/api/v1/charts/claim.svg/route";
import { GET as mirrorPng } from "@/app/api/v1/charts/mirror.png/route";
import { GET as mirrorSvg } from "@/app/api/v1/charts/mirror.svg/route";
import { GET as tradePng } from "@/app/api/v1/charts/trade.png/route";
import { GET as tradeSvg } from "@/app/api/v1/charts/trade.svg/route";
import { GET as claimsPackage } from "@/app/api/v1/package/claims.zip/route";
import { GET as mirrorPackage } from "@/app/api/v1/package/mirror.zip/route";
import { GET as projectsPackage } from "@/app/api/v1/package/projects.zip/route";
import { GET as tradePackage } from "@/app/api/v1/package/trade.zip/route";
import { GET as getMirror } from "@/app/api/v1/trade/mirror/route";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { TRADE_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { buildCitation } from "@/lib/share/citation";
import { chartImagePath, chartPageFromPath, embedPath, fullViewPath, packagePath, type ChartRef } from "@/lib/share/chart-ref";
import { columnNotes } from "@/lib/share/package-columns";
import { shareMessages } from "@/lib/share/i18n";
import { PNG_SIZE, type OEmbedResponse } from "@/lib/share/schemas";
import { seedDatabase } from "@/lib/seed/seed";
import type { SourceRef } from "@/lib/core/sources";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

type Handler = typeof tradeSvg;
const ORIGIN = "http://caravan.test";

/** English words of the image's own interface: none may appear in a Russian image outside publishers' names and quotes. */
const ENGLISH_INTERFACE = [
  "Source",
  "by reporter",
  "billions",
  "Article",
  "Legend",
  "Chart",
  "Full view",
  "China's customs",
  "Kazakh side",
  "turnover",
  "never mixed",
  "Reporter gap",
  "partner",
  "records",
  "supported",
  "contradicted",
  "bn",
];

function parseSvg(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(text, "image/svg+xml");
  expect(problems).toEqual([]);
  expect(doc.documentElement?.nodeName).toBe("svg");
  return doc;
}

const texts = (doc: Document) => Array.from(doc.getElementsByTagName("text")).map((t) => (t as Element).textContent ?? "");
const labels = (doc: Document) => Array.from(doc.getElementsByTagName("g")).map((g) => (g as Element).getAttribute("aria-label") ?? "");

/** The source line as printed: from "Источник:" to the line before "Caravan". */
function sourceLine(doc: Document): string {
  const lines = texts(doc);
  const start = lines.findIndex((l) => l.startsWith("Источник:"));
  const end = lines.indexOf("Caravan");
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return lines.slice(start, end).join(" ");
}

/** The text of a Russian image, less what is legitimately in the original language: the publishers' names in the source line. */
function interfaceText(doc: Document, publishers: string[]): string {
  let text = [...texts(doc), ...labels(doc), doc.getElementsByTagName("title")[0]?.textContent ?? ""].join("\n");
  // the full view's address is an address
  text = text.replace(/https?:\/\/\S+/g, "");
  for (const p of publishers.sort((a, b) => b.length - a.length)) text = text.split(p).join("");
  return text;
}

const rows = (bytes: Uint8Array) => strFromU8(bytes).split("\r\n")[0];

describe("the toolkit in Russian", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());
  const get = (handler: Handler, url: string) => {
    pointRoutesAt(t.db);
    return callRoute(handler, url);
  };

  it("the trade SVG with locale=ru parses and carries the Russian title, legend, ticks and source line, and no English interface words", async () => {
    const response = await get(tradeSvg, "/api/v1/charts/trade.svg?partner=KAZ&from=2015&to=2024&locale=ru");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('inline; filename="caravan-chart_trade_KAZ_2015-2024.svg"');
    const doc = parseSvg(await response.text());
    const title = "Китай — Казахстан: товарооборот по данным каждой стороны";
    expect(doc.getElementsByTagName("title")[0]?.textContent).toBe(title);
    const lines = texts(doc);
    expect(lines).toContain(title);
    expect(lines).toEqual(expect.arrayContaining(["Таможня Китая", "Казахстанская сторона"]));
    // the axis in Russian number format: "10 млрд $", never "$10bn"
    expect(lines.some((l) => /^\d+(,\d)?\u00a0млрд\u00a0\$$/.test(l))).toBe(true);
    expect(lines).toContain("Статья: «более 30 млрд долларов» (2024)");
    const source = sourceLine(doc);
    expect(source).toContain("Таможня Китая (ГТУ КНР)");
    // a publisher's name stays as it is published
    expect(source).toContain("Bureau of National Statistics of Kazakhstan");
    expect(doc.getElementsByTagName("desc")[0]?.textContent).toContain("Полная версия: http://caravan.test/ru/countries/KAZ?time=2015..2024");
    expect(lines.some((l) => l.includes("http://caravan.test/ru/countries/KAZ?time=2015..2024"))).toBe(true);
    const publishers = ["Bureau of National Statistics of Kazakhstan", "The Astana Times", "WE News English", "Kazinform", "Xinhua", "Trend"];
    const text = interfaceText(doc, publishers);
    for (const word of ENGLISH_INTERFACE) expect(text, word).not.toContain(word);
    // dollars after the number, as Russian writes them: "30 млрд $", never "$30"
    expect(text).not.toMatch(/\$\d/);
  });

  it("the mirror and a claim's image are Russian too (the claim's quote stays the article's)", async () => {
    const mirror = parseSvg(await (await get(mirrorSvg, "/api/v1/charts/mirror.svg?partner=KAZ~KGZ&from=2018&locale=ru")).text());
    expect(mirror.getElementsByTagName("title")[0]?.textContent).toBe("Расхождение сторон: данные Китая минус данные партнёра, товарооборот");
    expect(texts(mirror)).toEqual(expect.arrayContaining(["Казахстан", "Кыргызстан"]));
    expect(sourceLine(mirror)).toContain("Таможня Китая (ГТУ КНР)");
    const claim = parseSvg(await (await get(claimSvg, "/api/v1/charts/claim.svg?claim=kaz-2024-over-30bn&locale=ru")).text());
    const lines = texts(claim).join(" ");
    expect(lines).toContain("«In 2024, trade turnover between Kazakhstan and China exceeded $30 billion»");
    expect(lines).toMatch(/Таможня Китая: (подтверждается|подтверждается частично|опровергается)/);
    expect(lines).toContain("http://caravan.test/ru/claims#kaz-2024-over-30bn");
    for (const id of ["solar-wind-kaz-uzb-kgz", "kaz-largest-economy", "kaz-largest-partner", "summit-2025"]) {
      const response = await get(claimSvg, `/api/v1/charts/claim.svg?claim=${id}&locale=ru`);
      expect(response.status, id).toBe(200);
      parseSvg(await response.text());
    }
  });

  it("the PNG with locale=ru decodes at the stated size", async () => {
    for (const [handler, url] of [
      [tradePng, "/api/v1/charts/trade.png?partner=KAZ~UZB&from=2018&locale=ru"],
      [mirrorPng, "/api/v1/charts/mirror.png?locale=ru"],
    ] as const) {
      const response = await get(handler, url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("x-image-size")).toBe(`${PNG_SIZE.width}x${PNG_SIZE.height}`);
      const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
      expect([png.width, png.height]).toEqual([PNG_SIZE.width, PNG_SIZE.height]);
    }
  });

  it("en is the default, and the same as no locale", async () => {
    const plain = await (await get(tradeSvg, "/api/v1/charts/trade.svg?partner=TJK")).text();
    const en = await (await get(tradeSvg, "/api/v1/charts/trade.svg?partner=TJK&locale=en")).text();
    expect(en).toBe(plain);
  });

  it.each([
    [tradeSvg, "/api/v1/charts/trade.svg?locale=xx"],
    [tradePng, "/api/v1/charts/trade.png?partner=KAZ&locale=xx"],
    [mirrorSvg, "/api/v1/charts/mirror.svg?locale=de"],
    [claimSvg, "/api/v1/charts/claim.svg?claim=kaz-2024-over-30bn&locale=xx"],
    [tradePackage, "/api/v1/package/trade.zip?locale=xx"],
    [claimsPackage, "/api/v1/package/claims.zip?locale=zz"],
  ] as const)("%#: an unknown locale is a 400 naming locale", async (handler, url) => {
    const response = await get(handler, url);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; param: string; message: string } };
    expect(body.error).toMatchObject({ code: "invalid_parameter", param: "locale" });
    expect(body.error.message).toContain("en, ru");
  });

  it("the ru package's README is Russian; its data.csv is the view's CSV, byte for byte", async () => {
    const query = "?partner=KAZ&from=2018";
    const response = await get(tradePackage, `/api/v1/package/trade.zip${query}&locale=ru`);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const csv = new Uint8Array(await (await get(getTrade, `/api/v1/trade${query}&format=csv`)).arrayBuffer());
    expect(Buffer.compare(Buffer.from(files["data.csv"]!), Buffer.from(csv))).toBe(0);
    // the column names are the API's
    expect(rows(files["data.csv"]!)).toBe(TRADE_CSV_COLUMNS.map((c) => c.header).join(","));
    const readme = strFromU8(files["README.md"]!);
    expect(readme).toMatch(/^# Торговля Китая и Центральной Азии: данные по странам: Казахстан, 2018–\n/);
    for (const heading of ["## Файлы", "## Отчитывающиеся стороны", "## Столбцы data.csv", "## Источники и их лицензии", "## Как цитировать"]) {
      expect(readme).toContain(heading);
    }
    for (const column of TRADE_CSV_COLUMNS) expect(readme).toContain(`| \`${column.header}\` | ${columnNotes("trade", "ru")[column.header]} |`);
    expect(readme).toContain("`CHN`: Таможня Китая (ГТУ КНР)");
    expect(readme).toContain("`KAZ`: Официальная статистика Казахстана");
    const citation = readme.slice(readme.indexOf("## Как цитировать"));
    expect(citation.indexOf("Таможня Китая (ГТУ КНР)")).toBeLessThan(citation.indexOf("Составлено: Caravan"));
    expect(citation).toContain("URL: http://caravan.test/ru/data?country=KAZ&time=2018..");
    expect(citation).toMatch(/\(дата обращения: \d\d\.\d\d\.\d{4}\)\./);
    expect(citation).toMatch(/```bibtex\n@misc\{caravan-[^,]+,\n[\s\S]+langid\s+= \{russian\}\n\}\n```/);
    // BibTeX keeps its English howpublished; everything before it is Russian
    const prose = readme.slice(0, readme.indexOf("```bibtex"));
    for (const english of ["## Files", "## Reporters", "The rows come from", "Compiled by", "accessed", "byte for byte", "never add up"]) {
      expect(prose, english).not.toContain(english);
    }
    // the other packages take the language too
    for (const [handler, url, title] of [
      [mirrorPackage, "/api/v1/package/mirror.zip?partner=KAZ&locale=ru", "# Расхождение сторон"],
      [claimsPackage, "/api/v1/package/claims.zip?theme=trade&locale=ru", "# Утверждения статьи"],
      [projectsPackage, "/api/v1/package/projects.zip?country=KAZ&locale=ru", "# Проекты с участием Китая"],
    ] as const) {
      const zip = unzipSync(new Uint8Array(await (await get(handler, url)).arrayBuffer()));
      expect(strFromU8(zip["README.md"]!).startsWith(title), url).toBe(true);
    }
    const mirror = unzipSync(
      new Uint8Array(await (await get(mirrorPackage, "/api/v1/package/mirror.zip?partner=KAZ&flow=turnover&locale=ru")).arrayBuffer()),
    );
    const mirrorCsv = new Uint8Array(await (await get(getMirror, "/api/v1/trade/mirror?partner=KAZ&flow=turnover&format=csv")).arrayBuffer());
    expect(Buffer.compare(Buffer.from(mirror["data.csv"]!), Buffer.from(mirrorCsv))).toBe(0);
  });

  it.each([
    [
      `${ORIGIN}/ru/countries/KAZ?time=2015..2024`,
      "/ru/embed/trade?country=KAZ&time=2015..2024",
      "Китай — Казахстан: товарооборот по данным каждой стороны",
    ],
    [
      `${ORIGIN}/ru?country=KAZ~UZB`,
      "/ru/embed/trade?country=KAZ~UZB",
      "Торговля Китая с Казахстаном, Узбекистаном: товарооборот по данным каждой стороны",
    ],
    [`${ORIGIN}/ru/mirror`, "/ru/embed/mirror", "Расхождение сторон: данные Китая минус данные партнёра, товарооборот"],
    [
      `${ORIGIN}/ru/claims#kaz-2024-over-30bn`,
      "/ru/embed/claims/kaz-2024-over-30bn",
      "«In 2024, trade turnover between Kazakhstan and China exceeded $30 billion»",
    ],
    [`${ORIGIN}/ru/embed/mirror?country=KAZ`, "/ru/embed/mirror?country=KAZ", "Расхождение сторон: данные Китая минус данные партнёра, товарооборот"],
  ])("oEmbed of %s gives an iframe of %s", async (url, embed, title) => {
    pointRoutesAt(t.db);
    const response = await callRoute(getOEmbed, `/api/oembed?url=${encodeURIComponent(url)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as OEmbedResponse;
    expect(body.title).toBe(title);
    const frame = new DOMParser().parseFromString(body.html, "text/html").getElementsByTagName("iframe")[0]!;
    expect(frame.getAttribute("src")).toBe(`${ORIGIN}${embed}`);
    expect(new URL(frame.getAttribute("src")!).pathname.startsWith("/ru/embed/")).toBe(true);
    expect(body.thumbnail_url).toMatch(/[?&]locale=ru$/);
  });

  it("/ru pages that show no single chart are still a 400 naming url", async () => {
    pointRoutesAt(t.db);
    for (const url of [`${ORIGIN}/ru/data`, `${ORIGIN}/ru/claims`, `${ORIGIN}/ruby/mirror`]) {
      const response = await callRoute(getOEmbed, `/api/oembed?url=${encodeURIComponent(url)}`);
      expect(response.status, url).toBe(400);
      expect(((await response.json()) as { error: { param: string } }).error.param).toBe("url");
    }
  });
});

describe("the share links and the citation in Russian", () => {
  const ref: ChartRef = { kind: "trade", filters: { partner: ["KAZ"], reporter: null, flow: ["turnover"], from: 2015, to: 2024 } };
  const all: ChartRef = {
    kind: "trade",
    filters: { partner: ["KAZ", "KGZ", "TJK", "TKM", "UZB"], reporter: null, flow: ["turnover"], from: null, to: null },
  };

  it("on /ru the images, the package, the embed and the permalink carry the language; English is unchanged", () => {
    expect(chartImagePath(ref, "png", "ru")).toBe("/api/v1/charts/trade.png?partner=KAZ&from=2015&to=2024&locale=ru");
    expect(chartImagePath(all, "svg", "ru")).toBe("/api/v1/charts/trade.svg?locale=ru");
    expect(chartImagePath(ref, "png")).toBe("/api/v1/charts/trade.png?partner=KAZ&from=2015&to=2024");
    expect(packagePath(ref, "ru")).toMatch(/^\/api\/v1\/package\/trade\.zip\?.*&locale=ru$/);
    expect(packagePath({ kind: "claim", claimId: "x" }, "ru")).toBe("/api/v1/package/claims.zip?locale=ru");
    expect(embedPath(ref, "ru")).toBe("/ru/embed/trade?country=KAZ&time=2015..2024");
    expect(fullViewPath(ref, "ru")).toBe("/ru/countries/KAZ?time=2015..2024");
    expect(fullViewPath(all, "ru")).toBe("/ru");
    expect(fullViewPath({ ...all, filters: { ...all.filters, from: 2020 } }, "ru")).toBe("/ru?time=2020..");
    expect(fullViewPath({ kind: "claim", claimId: "kaz-2024-over-30bn" }, "ru")).toBe("/ru/claims#kaz-2024-over-30bn");
    expect(embedPath(ref)).toBe("/embed/trade?country=KAZ&time=2015..2024");
    expect(chartPageFromPath("/ru/countries/KAZ", new URLSearchParams())).toMatchObject({ locale: "ru", ref: { kind: "trade" } });
    expect(chartPageFromPath("/countries/KAZ", new URLSearchParams())).toMatchObject({ locale: "en" });
  });

  it("the plain-text citation's own words are Russian, BibTeX keeps its fields, ISO urldate and the /ru URL", () => {
    const sources: SourceRef[] = [
      {
        id: "gacc-2024",
        publisher: "General Administration of Customs of China",
        title: "t",
        url: "https://x",
        licence: "l",
        kind: "dataset",
        priority: 1,
      } as SourceRef,
      { id: "astana", publisher: "The Astana Times", title: "t", url: "https://y", licence: "l", kind: "press", priority: 5 } as SourceRef,
    ];
    const c = buildCitation({
      title: "Китай — Казахстан: товарооборот по данным каждой стороны",
      url: "https://caravan.example/ru/countries/KAZ",
      accessed: "2025-03-01",
      sources,
      uses: [
        { sourceId: "gacc-2024", reporter: "CHN" },
        { sourceId: "astana", reporter: "KAZ" },
      ],
      locale: "ru",
    });
    expect(c.text).toBe(
      "General Administration of Customs of China; Официальная статистика Казахстана, в публикации The Astana Times. Составлено: Caravan (торговля Китая и Центральной Азии, с проверкой): «Китай — Казахстан: товарооборот по данным каждой стороны». URL: https://caravan.example/ru/countries/KAZ (дата обращения: 01.03.2025).",
    );
    expect(c.accessed).toBe("2025-03-01");
    expect(c.accessedText).toBe("01.03.2025");
    expect(c.key).toBe("caravan-kitay-kazakhstan-tovarooborot-po-dannym-kazhdoy-2025-03-01");
    expect(c.bibtex).toContain("url          = {https://caravan.example/ru/countries/KAZ}");
    expect(c.bibtex).toContain("urldate      = {2025-03-01}");
    expect(c.bibtex).toContain(
      "note         = {Данные: General Administration of Customs of China; Официальная статистика Казахстана, в публикации The Astana Times. Дата обращения: 01.03.2025}",
    );
    expect(c.bibtex).toContain("langid       = {russian}");
    expect(c.bibtex).toContain("howpublished = {Compiled by Caravan (China–Central Asia trade, checked)}");
    const en = buildCitation({ title: "T", url: "https://caravan.example/", accessed: "2025-03-01", sources });
    expect(en.bibtex).not.toContain("langid");
    expect(en.text).toContain("(accessed 2025-03-01).");
  });

  it("every Russian column note, verdict and status has its English counterpart", () => {
    const en = shareMessages("en");
    const ru = shareMessages("ru");
    for (const view of ["trade", "mirror", "claims", "projects"] as const) {
      expect(Object.keys(ru.packageColumns[view]).sort()).toEqual(Object.keys(en.packageColumns[view]).sort());
    }
    expect(Object.keys(ru.chart.verdict).sort()).toEqual(Object.keys(en.chart.verdict).sort());
    expect(Object.keys(ru.chart.status).sort()).toEqual(Object.keys(en.chart.status).sort());
  });
});
