// The text checker end to end on a seeded database (SQLite and PostgreSQL):
// text in, claims found, each judged per reporter on the stored figures;
// corrections judged again; saved checks under a stable id, recomputed when
// the data changes.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postCheck } from "@/app/api/v1/check/route";
import { GET as getSaved } from "@/app/api/v1/checks/[id]/route";
import { POST as postSave } from "@/app/api/v1/checks/route";
import { catalogueCoverage, ARTICLE_FILE } from "@/lib/checker/catalogue-coverage";
import { checkId, loadSavedCheck } from "@/lib/checker/saved";
import type { CheckResponse } from "@/lib/checker/schemas";
import { bumpDataVersion } from "@/lib/core/db/data-version";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

// These requests come as through one trusted proxy that appends X-Forwarded-For (lib/core/http/route-policy.ts).
process.env.CARAVAN_TRUST_PROXY_HOPS = "1";

const ARTICLE = fs.readFileSync(ARTICLE_FILE, "utf8");

describeEachDatabase("text checker on %s", (name) => {
  let t: TestDatabase;
  let address = 0;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());

  const post = async (handler: typeof postCheck, path: string, body: unknown) => {
    pointRoutesAt(t.db);
    return callRoute(handler, path, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", "x-forwarded-for": `10.50.0.${++address}` },
    });
  };
  const check = async (body: unknown) => {
    const response = await post(postCheck, "/api/v1/check", body);
    expect(response.status).toBe(200);
    return (await response.json()) as CheckResponse;
  };
  const verdictOf = (result: CheckResponse, index: number, reporter: string) => result.data[index]?.verdicts.find((v) => v.reporter === reporter);

  describe("the policy article", () => {
    it("finds the $95bn and the $30bn claims and judges them on China's customs figures", async () => {
      const result = await check({ text: ARTICLE, date: "2025-05-01" });
      const region = result.data.findIndex((c) => c.assertion.partners.includes("CA5") && c.assertion.value === 95e9);
      const kazakhstan = result.data.findIndex((c) => c.assertion.partners.join() === "KAZ" && c.assertion.value === 30e9);
      expect(region).toBeGreaterThanOrEqual(0);
      expect(kazakhstan).toBeGreaterThanOrEqual(0);
      // China's customs: the five together $94.82bn in 2024, within the rounding of "$95 billion"; Kazakhstan $43.82bn > $30bn
      const chinaOnRegion = verdictOf(result, region, "CHN")!;
      expect(chinaOnRegion.verdict).toBe("supported");
      expect(chinaOnRegion.figures).toContainEqual(expect.objectContaining({ partner: "CA5", period: "2024", valueUsd: 94.82e9 }));
      expect(verdictOf(result, kazakhstan, "CHN")?.verdict).toBe("supported");
      // every figure a verdict rests on comes with its source
      const sourceIds = new Set(result.sources.map((s) => s.id));
      for (const claim of result.data) for (const v of claim.verdicts) for (const f of v.figures) expect(sourceIds.has(f.sourceId)).toBe(true);
      // the marks are the figures as written in the text
      for (const claim of result.data) expect(ARTICLE.slice(claim.start, claim.end)).toBe(claim.text);
    });

    it("says how many of the article's own trade claims with a figure it finds unaided", () => {
      const coverage = catalogueCoverage();
      expect(coverage.foundIds).toEqual(expect.arrayContaining(["region-record-2024", "kaz-2024-over-30bn"]));
      expect(coverage.found + coverage.missedIds.length).toBe(coverage.withFigure);
    });
  });

  describe("other languages", () => {
    it("reads a Russian sentence and judges it against Uzbekistan's own statistics and China's customs", async () => {
      // 2025: Uzbekistan's statistics $17.2bn, China's customs $16.2bn (both seeded)
      const result = await check({ text: "По итогам 2025 года товарооборот Узбекистана и Китая составил 17,2 млрд долларов." });
      expect(result.data).toHaveLength(1);
      expect(result.data[0]!.assertion).toMatchObject({ partners: ["UZB"], period: "2025", value: 17.2e9, currency: "USD" });
      expect(verdictOf(result, 0, "UZB")?.figures).toContainEqual(expect.objectContaining({ valueUsd: 17.2e9 }));
      expect(verdictOf(result, 0, "CHN")?.figures).toContainEqual(expect.objectContaining({ valueUsd: 16.2e9 }));
    });

    it("reads a Chinese sentence with 亿美元", async () => {
      const result = await check({ text: "2025年，中国与中亚五国贸易额达1063亿美元。" });
      expect(result.data[0]?.assertion).toMatchObject({ partners: ["CA5"], period: "2025", value: 106.3e9 });
      expect(verdictOf(result, 0, "CHN")?.verdict).toBe("supported");
    });

    it("flags nothing in sentences whose numbers are not China–Central Asia trade", async () => {
      const result = await check({
        text: "Kazakhstan's population reached 20 million in 2024. Russia–Kazakhstan trade was $28 billion. The pipeline carries 55 bcm a year.",
      });
      expect(result.data).toEqual([]);
    });
  });

  describe("corrections", () => {
    it("judges a corrected reading instead of the parse, and says it was corrected", async () => {
      const text = "In 2024, trade turnover between Kazakhstan and China exceeded $30 billion.";
      const parsed = await check({ text });
      const assertion = { ...parsed.data[0]!.assertion, period: "2023" };
      const corrected = await check({ text, corrections: [{ index: 0, assertion }] });
      expect(corrected.data[0]).toMatchObject({ corrected: true, assertion: { period: "2023" } });
      // Kazakhstan's own statistics have 2023 ($30.06bn), not 2024: the corrected reading is judged on 2023
      expect(verdictOf(parsed, 0, "KAZ")?.verdict).toBe("not checkable with this data");
      expect(verdictOf(corrected, 0, "KAZ")?.verdict).toBe("supported");
    });
  });

  describe("saved checks", () => {
    const request = { text: "China–Central Asia trade reached a record $95 billion in 2024.", date: "2025-05-01" };

    it("saves under an id made from what was checked: the same check gives the same id, another text another", async () => {
      const first = await post(postSave, "/api/v1/checks", request);
      expect(first.status).toBe(201);
      const { data } = (await first.json()) as { data: { id: string; url: string } };
      expect(data.id).toBe(checkId(request));
      expect(data.url).toBe(`/check/${data.id}`);
      const again = await post(postSave, "/api/v1/checks", request);
      expect(again.status).toBe(200);
      expect(((await again.json()) as { data: { id: string } }).data.id).toBe(data.id);
      expect(checkId({ ...request, text: `${request.text} ` })).not.toBe(data.id);
      expect(await t.db.savedCheck.count({ where: { id: data.id } })).toBe(1);
    });

    it("shows a saved check recomputed from current data, and says when the data changed and how many verdicts with it", async () => {
      const id = checkId(request);
      const before = await loadSavedCheck(t.db, id);
      expect(before.result.meta.saved).toMatchObject({ id, dataChanged: false, changedVerdicts: 0 });
      expect(before.result.data[0]!.verdicts.find((v) => v.reporter === "CHN")?.verdict).toBe("supported");

      // a correction of China's 2024 figure for the five (as an import would make it) turns the verdict
      const row = await t.db.tradeObservation.findFirstOrThrow({
        where: { partnerIso3: "CA5", reporterCode: "CHN", period: "2024", flow: "turnover" },
      });
      await t.db.tradeObservation.update({ where: { id: row.id }, data: { valueUsd: 80e9 } });
      await bumpDataVersion(t.db);
      try {
        const after = await loadSavedCheck(t.db, id);
        expect(after.result.meta.saved).toMatchObject({ id, dataChanged: true });
        expect(after.result.meta.saved!.changedVerdicts).toBeGreaterThan(0);
        expect(after.result.data[0]!.verdicts.find((v) => v.reporter === "CHN")?.verdict).toBe("contradicted");
      } finally {
        await t.db.tradeObservation.update({ where: { id: row.id }, data: { valueUsd: row.valueUsd } });
        await bumpDataVersion(t.db);
      }
    });

    it("serves the evidence pack as CSV: one row per figure, each with its source", async () => {
      pointRoutesAt(t.db);
      const response = await callRoute(getSaved, `/api/v1/checks/${checkId(request)}?format=csv`, { params: { id: checkId(request) } });
      expect(response.status).toBe(200);
      const [header, ...rows] = (await response.text()).trim().split("\r\n");
      expect(header).toContain("source_url");
      expect(rows.length).toBeGreaterThan(0);
    });
  });

  describe("bounded work", () => {
    it("answers adversarial texts of the largest allowed size", async () => {
      const size = 200 * 1024;
      // as many characters of the pattern as fit in the limit's bytes
      const fill = (pattern: string) => {
        const perRepeat = new TextEncoder().encode(pattern).length;
        return pattern.repeat(Math.floor(size / perRepeat));
      };
      const texts = [
        fill("9"),
        fill("$"),
        fill("Kazakhstan "),
        fill("“«»”"),
        fill("Kazakhstan China trade $1 billion 哈萨克斯坦 中国 贸易额 10亿美元 Казахстан Китай товарооборот 1 млрд долларов. "),
      ];
      for (const text of texts) {
        const result = await check({ text });
        expect(result.meta.textBytes).toBeLessThanOrEqual(200 * 1024);
        expect(result.data.length).toBeLessThanOrEqual(1000);
      }
    });

    it("refuses a text over the limit with a 413 or a 400 naming text", async () => {
      const response = await post(postCheck, "/api/v1/check", { text: "a".repeat(201 * 1024) });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { param: string } }).error.param).toBe("text");
    });
  });
});
