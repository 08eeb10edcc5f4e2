// The verdicts' explanations in the reader's language (lib/claims/verdict-text.ts,
// messages/<locale>/verdicts.json), on the seeded data: English exactly as the
// API has always said it; Russian with no English word but the codes and
// abbreviations it keeps, and with the same numbers as the English sentence.
// Also the API's locale parameter: GET /api/v1/claims?locale=ru, and the
// text checker's "locale" in a POST body (a 400 naming it when it is neither
// en nor ru).
import { afterAll, beforeAll, expect, it } from "vitest";
import { POST as postJudge } from "@/app/api/v1/check/judge/route";
import { POST as postCheck } from "@/app/api/v1/check/route";
import { GET as getClaims } from "@/app/api/v1/claims/route";
import type { CheckResponse, JudgeResponse } from "@/lib/checker/schemas";
import { findClaims } from "@/lib/claims/queries";
import type { ClaimsResponse } from "@/lib/claims/schemas";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

process.env.CARAVAN_TRUST_PROXY_HOPS = "1";

/** Latin words a Russian sentence may keep: the sources' abbreviations, the brand, ISO codes and period codes. */
const ALLOWED = new Set(["GACC", "EDB", "COW", "IMF", "DOTS", "AEI", "GEM", "WEO", "Caravan", "CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CA5"]);

/** The Latin words of a text outside «…», where Russian quotes names as the data writes them (projects, companies, the text's own words). */
function latinWords(text: string): string[] {
  return [...text.replace(/«[^«»]*»/g, "«»").matchAll(/[A-Za-z][A-Za-z0-9]*/g)].map((m) => m[0]).filter((w) => !ALLOWED.has(w));
}

/** Every run of digits, sorted: the same numbers whatever the word order and the decimal sign. */
const digits = (text: string) => [...text.matchAll(/\d+/g)].map((m) => m[0]).sort();

describeEachDatabase("verdicts in the reader's language on %s", (name) => {
  let t: TestDatabase;
  let address = 0;
  let english: ClaimsResponse;
  let russian: ClaimsResponse;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    english = await findClaims(t.db, { theme: null });
    russian = await findClaims(t.db, { theme: null, locale: "ru" });
  });
  afterAll(async () => t?.cleanup());

  it("English with the locale named says exactly what the default call says", async () => {
    const named = await findClaims(t.db, { theme: null, locale: "en" });
    expect(named.data.flatMap((c) => c.verdicts)).toEqual(english.data.flatMap((c) => c.verdicts));
    expect(english.data.flatMap((c) => c.verdicts).length).toBeGreaterThan(16);
  });

  it("gives every claim the same verdicts, figures and sources in Russian, only the words differ", () => {
    expect(russian.data.map((c) => c.id)).toEqual(english.data.map((c) => c.id));
    for (const [i, claim] of english.data.entries()) {
      const ru = russian.data[i]!;
      expect(
        ru.verdicts.map(({ verdict, reporter, role, figures, sourceIds, projectIds, value, period }) => ({
          verdict,
          reporter,
          role,
          figures,
          sourceIds,
          projectIds,
          value,
          period,
        })),
      ).toEqual(
        claim.verdicts.map(({ verdict, reporter, role, figures, sourceIds, projectIds, value, period }) => ({
          verdict,
          reporter,
          role,
          figures,
          sourceIds,
          projectIds,
          value,
          period,
        })),
      );
    }
  });

  it("writes every Russian explanation and reporter name with no English word outside the codes and quoted names", () => {
    const offending = russian.data.flatMap((c) =>
      c.verdicts.flatMap((v) =>
        [v.explanation, v.reporterName]
          .filter((text) => latinWords(text).length)
          .map((text) => `${c.id}: ${latinWords(text).join(", ")} in “${text}”`),
      ),
    );
    expect(offending).toEqual([]);
    for (const v of russian.data.flatMap((c) => c.verdicts)) expect(v.explanation).toMatch(/ — [а-яё ]+\.$/);
  });

  it("puts the same numbers in the Russian explanation as in the English one", () => {
    for (const [i, claim] of english.data.entries()) {
      for (const [j, v] of claim.verdicts.entries()) {
        const ru = russian.data[i]!.verdicts[j]!;
        expect(digits(ru.explanation), `${claim.id} ${v.reporter}:\n${v.explanation}\n${ru.explanation}`).toEqual(digits(v.explanation));
      }
    }
  });

  it("reads the numbers in Russian form: decimal comma and the unit after the figure", () => {
    const record = russian.data.find((c) => c.id === "region-record-2024")!.verdicts.find((v) => v.reporter === "CHN")!;
    expect(record.explanation).toContain("94,82\u00a0млрд\u00a0$ за 2024 г.");
    expect(record.explanation).toContain("— подтверждается.");
    expect(record.reporterName).toBe("Таможня Китая");
  });

  const request = async (handler: typeof postCheck, path: string, init?: RequestInit) => {
    pointRoutesAt(t.db);
    return callRoute(handler, path, init);
  };
  const post = (handler: typeof postCheck, path: string, body: unknown) =>
    request(handler, path, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", "x-forwarded-for": `10.60.0.${++address}` },
    });

  it("GET /api/v1/claims?locale=ru explains in Russian; without it, in English; anything else is a 400 naming locale", async () => {
    const ru = (await (await request(getClaims, "/api/v1/claims?locale=ru")).json()) as ClaimsResponse;
    expect(ru.data.flatMap((c) => c.verdicts.map((v) => v.explanation))).toEqual(russian.data.flatMap((c) => c.verdicts.map((v) => v.explanation)));
    const en = (await (await request(getClaims, "/api/v1/claims")).json()) as ClaimsResponse;
    expect(en.data.flatMap((c) => c.verdicts.map((v) => v.explanation))).toEqual(english.data.flatMap((c) => c.verdicts.map((v) => v.explanation)));
    expect(en.meta.filters).toEqual({ theme: null });
    const bad = await request(getClaims, "/api/v1/claims?locale=fr");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { param: string } }).error.param).toBe("locale");
  });

  it("POST /api/v1/check and /check/judge take an optional locale: ru gives Russian reasons, the rest stays the same", async () => {
    const text = "In 2024, trade turnover between Kazakhstan and China exceeded $30 billion.";
    const enResponse = await post(postCheck, "/api/v1/check", { text });
    const ruResponse = await post(postCheck, "/api/v1/check", { text, locale: "ru" });
    expect([enResponse.status, ruResponse.status]).toEqual([200, 200]);
    const en = (await enResponse.json()) as CheckResponse;
    const ru = (await ruResponse.json()) as CheckResponse;
    const chn = (r: CheckResponse) => r.data[0]!.verdicts.find((v) => v.reporter === "CHN")!;
    expect(chn(en).reason).toBe("China's customs: $43.82bn in 2024, above the $30bn claimed — supported.");
    expect(chn(ru).reason).toBe("Таможня Китая: 43,82\u00a0млрд\u00a0$ за 2024 г., выше заявленных 30\u00a0млрд\u00a0$ — подтверждается.");
    expect(chn(ru).verdict).toBe(chn(en).verdict);

    const judged = await post(postJudge, "/api/v1/check/judge", { assertion: en.data[0]!.assertion, locale: "ru" });
    expect(judged.status).toBe(200);
    expect(((await judged.json()) as JudgeResponse).data.verdicts.find((v) => v.reporter === "CHN")!.reason).toBe(chn(ru).reason);

    for (const [handler, path, body] of [
      [postCheck, "/api/v1/check", { text, locale: "fr" }],
      [postJudge, "/api/v1/check/judge", { assertion: en.data[0]!.assertion, locale: "fr" }],
    ] as const) {
      const response = await post(handler, path, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { param: string } }).error.param).toBe("locale");
    }
  });
});
