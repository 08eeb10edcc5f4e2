// oEmbed as a CMS uses it: a pasted Caravan chart address gets valid JSON of
// type "rich" whose iframe shows that chart's embed; any other address is a
// 400 naming `url`. The answers match the OpenAPI document's schema.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOEmbed } from "@/app/api/oembed/route";
import { OEMBED_RESPONSE_JSON_SCHEMA } from "@/lib/share/openapi";
import { EMBED_DEFAULT_SIZE, PNG_SIZE, type OEmbedResponse } from "@/lib/share/schemas";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

const ORIGIN = "http://caravan.test";
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(OEMBED_RESPONSE_JSON_SCHEMA);

/** The iframe of the answer's html, read as markup (it is one element). */
function iframeOf(html: string) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const frame = doc.getElementsByTagName("iframe")[0]!;
  return {
    src: frame.getAttribute("src")!,
    width: frame.getAttribute("width"),
    height: frame.getAttribute("height"),
    title: frame.getAttribute("title"),
  };
}

describe("GET /api/oembed", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());
  const ask = (url: string, extra = "") => {
    pointRoutesAt(t.db);
    return callRoute(getOEmbed, `/api/oembed?url=${encodeURIComponent(url)}${extra}`);
  };

  it.each([
    [
      `${ORIGIN}/?country=KAZ~UZB&time=2015..2024&reporter=CHN`,
      "/embed/trade?country=KAZ~UZB&time=2015..2024&reporter=CHN",
      "China's trade with Kazakhstan, Uzbekistan: turnover by reporter",
    ],
    [`${ORIGIN}/countries/KAZ?time=2015..2024`, "/embed/trade?country=KAZ&time=2015..2024", "China–Kazakhstan turnover by reporter"],
    [`${ORIGIN}/countries/kgz`, "/embed/trade?country=KGZ", "China–Kyrgyzstan turnover by reporter"],
    [
      `${ORIGIN}/mirror?flow=china_exports`,
      "/embed/mirror?flow=china_exports",
      "Reporter gap: China's figure minus the partner's own, China's exports",
    ],
    [
      `${ORIGIN}/claims#kaz-2024-over-30bn`,
      "/embed/claims/kaz-2024-over-30bn",
      "“In 2024, trade turnover between Kazakhstan and China exceeded $30 billion”",
    ],
    [`${ORIGIN}/embed/mirror?country=KAZ`, "/embed/mirror?country=KAZ", "Reporter gap: China's figure minus the partner's own, turnover"],
  ])("%s gets a rich embed of %s", async (url, embed, title) => {
    const response = await ask(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as OEmbedResponse;
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
    expect(body).toMatchObject({ type: "rich", version: "1.0", provider_name: "Caravan", provider_url: `${ORIGIN}/`, title });
    const frame = iframeOf(body.html);
    expect(frame.src).toBe(`${ORIGIN}${embed}`);
    expect([frame.width, frame.height]).toEqual([String(body.width), String(body.height)]);
    expect([body.width, body.height]).toEqual([EMBED_DEFAULT_SIZE.width, EMBED_DEFAULT_SIZE.height]);
    expect(frame.title).toBe(title);
    expect(body.thumbnail_url).toBeDefined();
  });

  it("keeps within maxwidth and maxheight, and offers the PNG only where it fits", async () => {
    const body = (await (await ask(`${ORIGIN}/mirror`, "&maxwidth=500&maxheight=300&format=json")).json()) as OEmbedResponse;
    expect([body.width, body.height]).toEqual([500, 300]);
    expect(body.thumbnail_url).toBeUndefined();
    const roomy = (await (await ask(`${ORIGIN}/mirror`, "&maxwidth=5000&maxheight=5000")).json()) as OEmbedResponse;
    expect(roomy.thumbnail_url).toBe(`${ORIGIN}/api/v1/charts/mirror.png`);
    expect([roomy.thumbnail_width, roomy.thumbnail_height]).toEqual([PNG_SIZE.width, PNG_SIZE.height]);
  });

  it.each([
    ["https://elsewhere.example/countries/KAZ", "url"],
    [`${ORIGIN}/data?country=KAZ`, "url"],
    [`${ORIGIN}/claims`, "url"],
    [`${ORIGIN}/claims#no-such-claim`, "url"],
    [`${ORIGIN}/countries/FRA`, "url"],
    [`${ORIGIN}/api/v1/trade`, "url"],
    ["/countries/KAZ", "url"],
    ["javascript:alert(1)", "url"],
  ])("%s is a 400 naming %s", async (url, param) => {
    const response = await ask(url);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; param: string; message: string } };
    expect(body.error).toMatchObject({ code: "invalid_parameter", param });
  });

  it.each([
    ["", "url"],
    [`?url=${encodeURIComponent(`${ORIGIN}/`)}&format=xml`, "format"],
    [`?url=${encodeURIComponent(`${ORIGIN}/`)}&maxwidth=wide`, "maxwidth"],
    [`?url=${encodeURIComponent(`${ORIGIN}/`)}&maxheight=0`, "maxheight"],
    [`?url=${encodeURIComponent(`${ORIGIN}/`)}&callback=x`, "callback"],
  ])("?%s is a 400 naming %s", async (query, param) => {
    pointRoutesAt(t.db);
    const response = await callRoute(getOEmbed, `/api/oembed${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe(param);
  });
});
