// The share routes against the OpenAPI document, the way tests/api/contract.test.ts
// holds every other route to it: each answer's status is documented for its
// operation, its documented headers are there and valid, its media type is the
// documented one (JSON bodies validated against their schema), and a good
// request, a bad one, a conditional one and a database outage each get the
// documented answer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { parseDatabaseUrl } from "@/lib/core/db/database-url";
import type { JsonSchema, OpenApiHeader, OpenApiOperation, OpenApiResponse } from "@/lib/core/http/openapi";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { SHARE_TAG } from "@/lib/share/openapi";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

const doc = buildOpenApiDocument();
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

function deref<T>(node: T | { $ref: string }): T {
  if (node && typeof node === "object" && "$ref" in node) {
    const target = node.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], doc);
    return deref(target as T);
  }
  return node as T;
}

const SHARE = Object.entries(doc.paths).flatMap(([docPath, item]) =>
  Object.entries(item)
    .filter(([, op]) => (op as OpenApiOperation).tags.includes(SHARE_TAG))
    .map(([, op]) => ({ path: docPath, op: op as OpenApiOperation })),
);

/** One request per operation that finds data. */
const GOOD: Record<string, string> = {
  getTradeChartSvg: "?partner=KAZ&from=2015",
  getTradeChartPng: "?partner=UZB",
  getMirrorChartSvg: "?partner=KAZ",
  getMirrorChartPng: "",
  getClaimChartSvg: "?claim=kaz-2024-over-30bn",
  getClaimChartPng: "?claim=region-record-2024",
  getTradePackage: "?partner=KAZ&from=2020",
  getMirrorPackage: "?partner=KGZ",
  getClaimsPackage: "?theme=trade",
  getProjectsPackage: "?country=UZB",
  getOEmbed: `?url=${encodeURIComponent("http://caravan.test/countries/KAZ?time=2015..2024")}`,
};
const BAD: Record<string, [query: string, param: string]> = {
  getTradeChartSvg: ["?partner=XYZ", "partner"],
  getTradeChartPng: ["?from=1900", "from"],
  getMirrorChartSvg: ["?reporter=CHN", "reporter"],
  getMirrorChartPng: ["?flow=nope", "flow"],
  getClaimChartSvg: ["", "claim"],
  getClaimChartPng: ["?claim=nope-nope", "claim"],
  getTradePackage: ["?format=csv", "format"],
  getMirrorPackage: ["?to=2x", "to"],
  getClaimsPackage: ["?theme=nope", "theme"],
  getProjectsPackage: ["?kind=nope", "kind"],
  getOEmbed: [`?url=${encodeURIComponent("http://caravan.test/data")}`, "url"],
};

async function route(docPath: string) {
  const file = path.resolve("app", `.${docPath}`, "route.ts");
  expect(fs.existsSync(file), file).toBe(true);
  return (await import(file)) as { GET: Parameters<typeof callRoute>[0] };
}

async function expectDocumented(op: OpenApiOperation, response: Response): Promise<unknown> {
  const spec = op.responses[String(response.status)];
  expect(spec, `${op.operationId}: status ${response.status}`).toBeDefined();
  const documented = deref<OpenApiResponse>(spec!);
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    const value = response.headers.get(name);
    expect(value, `${op.operationId} ${response.status}: header ${name}`).not.toBeNull();
    const validate = ajv.compile(deref<OpenApiHeader>(header).schema);
    expect(validate(value), `${op.operationId}: ${name}=${value}`).toBe(true);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!documented.content) {
    expect(bytes.length).toBe(0);
    return null;
  }
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = documented.content[mediaType];
  expect(media, `${op.operationId}: ${mediaType} is documented for ${response.status}`).toBeDefined();
  if (mediaType === "application/json") {
    const body: unknown = JSON.parse(Buffer.from(bytes).toString("utf8"));
    const validate = ajv.compile(media!.schema as JsonSchema);
    expect(validate(body), `${op.operationId}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    return body;
  }
  expect(bytes.length).toBeGreaterThan(100);
  return bytes;
}

describe("the share routes, as the OpenAPI document describes them", () => {
  let t: TestDatabase;
  let down: Db;
  let downDir: string;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedDatabase(t.db);
    downDir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-share-down-"));
    down = createPrismaClient(parseDatabaseUrl(`file:${downDir}`));
  });
  afterAll(async () => {
    await down?.$disconnect().catch(() => {});
    fs.rmSync(downDir, { recursive: true, force: true });
    await t?.cleanup();
  });

  it("documents every share route with the read contract, publicly", () => {
    expect(SHARE.map((s) => s.op.operationId).sort()).toEqual(Object.keys(GOOD).sort());
    for (const { op } of SHARE) {
      expect(Object.keys(op.responses).sort(), op.operationId).toEqual(["200", "304", "400", "503"]);
      expect(op.security).toEqual([]);
    }
    expect(Object.keys(deref<OpenApiResponse>(doc.paths["/api/v1/charts/trade.png"]!.get!.responses["200"]!).content!)).toEqual(["image/png"]);
    expect(deref<OpenApiResponse>(doc.paths["/api/v1/charts/trade.png"]!.get!.responses["200"]!).description).toContain("2400×1350");
  });

  it.each(SHARE.map((s) => [s.op.operationId, s] as const))("%s: 200, 304, 400 and 503 as documented", async (_id, { path: docPath, op }) => {
    const { GET } = await route(docPath);
    pointRoutesAt(t.db);
    const ok = await callRoute(GET, `${docPath}${GOOD[op.operationId]}`);
    expect(ok.status).toBe(200);
    const etag = ok.headers.get("etag")!;
    await expectDocumented(op, ok);

    const again = await callRoute(GET, `${docPath}${GOOD[op.operationId]}`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    await expectDocumented(op, again);

    const [query, param] = BAD[op.operationId]!;
    const bad = await callRoute(GET, `${docPath}${query}`);
    expect(bad.status).toBe(400);
    expect(((await expectDocumented(op, bad)) as { error: { param: string } }).error.param).toBe(param);

    pointRoutesAt(down);
    try {
      const unavailable = await callRoute(GET, `${docPath}${GOOD[op.operationId]}`);
      expect(unavailable.status).toBe(503);
      await expectDocumented(op, unavailable);
    } finally {
      pointRoutesAt(t.db);
    }
  });
});
