// The OpenAPI document against what the routes really answer. On a seeded
// temporary SQLite database, every operation gets good requests, bad ones,
// a conditional request and a database outage; each answer must be a status
// the document lists for that operation, carry the documented headers, and
// have a body that matches the documented schema for its content type
// (JSON through Ajv, draft 2020-12). The routes under app/api and the paths
// in the document must be the same set, so a route added without its
// OpenAPI entry (or an entry without a route) fails here.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getUnknown, POST as postUnknown } from "@/app/api/[...unknown]/route";
import { createPrismaClient, setDb, type Db } from "@/lib/core/db/client";
import { parseDatabaseUrl } from "@/lib/core/db/database-url";
import type { HttpMethod, JsonSchema, OpenApiHeader, OpenApiOperation, OpenApiResponse } from "@/lib/core/http/openapi";
import { MAX_UPLOAD_BYTES } from "@/lib/import/upload";
import { emptyAssertion } from "@/lib/checker/extraction-schema";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute } from "../helpers/routes";

// These requests come as through one trusted proxy that appends X-Forwarded-For (lib/core/http/route-policy.ts).
process.env.CARAVAN_TRUST_PROXY_HOPS = "1";

const doc = buildOpenApiDocument();
const TOKEN = "contract-test-admin-token";
const FIXTURES = path.resolve("tests/import/fixtures");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

// ---------------------------------------------------------------- the routes on disk

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;
type RouteModule = Partial<Record<(typeof HTTP_METHODS)[number] | "HEAD", Handler>>;

function findRouteFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findRouteFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/trade/route.ts → /api/v1/trade; a [name] folder is the {name} template. Null for the catch-all. */
function documentPath(file: string): string | null {
  const segments = path.relative(path.resolve("app"), path.dirname(file)).split(path.sep);
  if (segments.some((segment) => segment.startsWith("[..."))) return null;
  return `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
}

const ROUTE_FILES = new Map(
  findRouteFiles(path.resolve("app/api"))
    .map((file) => [documentPath(file), file] as const)
    .filter((entry): entry is [string, string] => entry[0] !== null),
);
const modules = new Map<string, RouteModule>();

// ---------------------------------------------------------------- the document's schemas

interface Operation {
  path: string;
  method: HttpMethod;
  op: OpenApiOperation;
}
const OPERATIONS = new Map<string, Operation>(
  Object.entries(doc.paths).flatMap(([docPath, item]) =>
    Object.entries(item).map(([method, op]) => [op.operationId, { path: docPath, method: method as HttpMethod, op }] as const),
  ),
);

/** Follows local references (#/components/...), the only kind the document uses. */
function deref<T>(node: T | { $ref: string }): T {
  if (node && typeof node === "object" && "$ref" in node && typeof node.$ref === "string") {
    const target = node.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc);
    if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
    return deref(target as T);
  }
  return node as T;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map<JsonSchema, ValidateFunction>();
function validatorFor(schema: JsonSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** Every operation, status and content type a response has shown, to prove at the end that each documented one was produced. */
const seen = new Set<string>();

/**
 * The heart of the contract: the status is documented for this operation,
 * every documented header is present (and matches its schema), and the body
 * is exactly what the documented content says: nothing where none is
 * documented, JSON valid against its schema, CSV with the documented header row.
 */
async function expectConforms(label: string, spec: OpenApiResponse | undefined, response: Response, operationId?: string): Promise<unknown> {
  expect(spec, `${label}: status ${response.status} is not documented`).toBeDefined();
  const text = await response.text();
  for (const [name, header] of Object.entries(spec!.headers ?? {})) {
    const value = response.headers.get(name);
    expect(value, `${label}: header ${name}`).not.toBeNull();
    const validate = validatorFor(deref<OpenApiHeader>(header).schema);
    expect(validate(value), `${label}: header ${name}=${value} ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
  if (!spec!.content) {
    expect(text, `${label}: a ${response.status} documents no body`).toBe("");
    if (operationId) seen.add(`${operationId} ${response.status}`);
    return undefined;
  }
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const media = spec!.content[mediaType];
  expect(media, `${label}: ${mediaType || "no content type"} is not documented for ${response.status}`).toBeDefined();
  if (operationId) seen.add(`${operationId} ${response.status} ${mediaType}`);
  if (mediaType === "application/json") {
    const body: unknown = JSON.parse(text);
    const validate = validatorFor(media!.schema);
    const valid = validate(body);
    expect(valid, `${label}: body does not match its schema: ${ajv.errorsText(validate.errors, { separator: "; ", dataVar: "body" })}`).toBe(true);
    return body;
  }
  if (mediaType === "text/csv") {
    expect(text.split("\r\n")[0], `${label}: CSV header row`).toBe(String(media!.example).split("\r\n")[0]);
    return text;
  }
  // files (chart images, data packages): tests/share/ decode them (PNG, XML, zip); here it is enough that one came
  if (mediaType.startsWith("image/") || mediaType === "application/zip") {
    expect(text.length, `${label}: ${mediaType} body`).toBeGreaterThan(0);
    return text;
  }
  throw new Error(`${label}: no check for ${mediaType}`);
}

// ---------------------------------------------------------------- sending requests

let t: TestDatabase;
let db: Db;
let address = 0;

/** Sends a request to the operation's handler, checks the answer against the document and returns the parsed body. */
async function send(operationId: string, query = "", init: RequestInit = {}): Promise<{ response: Response; body: unknown }> {
  const operation = OPERATIONS.get(operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  const handler = modules.get(operation.path)?.[operation.method.toUpperCase() as (typeof HTTP_METHODS)[number]];
  if (!handler) throw new Error(`${operation.path} exports no ${operation.method.toUpperCase()}`);
  setDb(db);
  const response = await callRoute(handler, `${operation.path}${query}`, { method: operation.method.toUpperCase(), ...init });
  const label = `${operation.method.toUpperCase()} ${operation.path}${query}`;
  const clone = response.clone();
  const declared = operation.op.responses[String(response.status)];
  const body = await expectConforms(label, declared && deref(declared), response, operationId);
  return { response: clone, body };
}

async function expectStatus(operationId: string, status: number, query = "", init: RequestInit = {}) {
  const result = await send(operationId, query, init);
  expect(result.response.status, `${operationId}${query}`).toBe(status);
  return result;
}

type Json = Record<string, unknown> & { data?: unknown[] };

/** A JSON POST from an address of its own (so only the rate-limit test meets the limit). */
function postJson(body: unknown, addressOverride?: string): RequestInit {
  return {
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", "x-forwarded-for": addressOverride ?? `10.30.0.${++address}` },
  };
}

const CHECK_TEXT =
  "In 2024, trade turnover between Kazakhstan and China exceeded $30 billion. China–Central Asia trade reached $106.3 billion in 2025.";
let savedCheckId = "";

/** What an operation needs beyond its query to reach the database: a body, or the saved check's id. */
function minimalInit(operationId: string): RequestInit & { params?: Record<string, string> } {
  if (operationId === "checkText" || operationId === "saveCheck") return postJson({ text: CHECK_TEXT });
  if (operationId === "judgeAssertion") return postJson({ assertion: JUDGE_ASSERTION });
  if (operationId === "getSavedCheck") return { params: { id: savedCheckId } };
  return {};
}

/** What an operation needs in its query to find something: a claim's id, a page's address. */
function minimalQuery(operationId: string): string {
  if (operationId === "getClaimChartSvg" || operationId === "getClaimChartPng") return "?claim=kaz-2024-over-30bn";
  if (operationId === "getOEmbed") return `?url=${encodeURIComponent("http://caravan.test/countries/KAZ")}`;
  return "";
}

const JUDGE_ASSERTION = {
  ...emptyAssertion(),
  partners: ["KAZ"],
  period: "2024",
  value: 30e9,
  currency: "USD",
  comparator: "more_than",
  precision: 1e9,
};

/** An upload from an address of its own, so only the rate-limit test meets the limit. */
function upload(options: { file?: string; text?: string; name?: string; token?: string | null; query?: string; address?: string } = {}) {
  const form = new FormData();
  const text = options.text ?? fs.readFileSync(path.join(FIXTURES, options.file ?? "caravan-example.csv"), "utf8");
  form.set("file", new File([text], options.name ?? options.file ?? "upload.csv", { type: "text/csv" }));
  const headers: Record<string, string> = { "x-forwarded-for": options.address ?? `10.20.0.${++address}` };
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return [options.query ?? "", { body: form, headers }] as const;
}

// ---------------------------------------------------------------- the suite

describe("the API answers as its OpenAPI document says", () => {
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedDatabase(t.db);
    db = t.db;
    for (const [docPath, file] of ROUTE_FILES) modules.set(docPath, (await import(file)) as RouteModule);
  });
  afterAll(async () => t?.cleanup());
  beforeEach(() => vi.stubEnv("CARAVAN_ADMIN_TOKEN", TOKEN));
  afterEach(() => {
    vi.unstubAllEnvs();
    db = t.db;
    setDb(t.db);
  });

  describe("routes", () => {
    it("documents exactly the routes under app/api (the catch-all aside)", () => {
      expect(ROUTE_FILES.size).toBeGreaterThan(10);
      expect(new Set(Object.keys(doc.paths))).toEqual(new Set(ROUTE_FILES.keys()));
    });

    it("documents exactly the methods each route exports (HEAD aside: it answers as GET without a body)", () => {
      for (const [docPath, module] of modules) {
        const exported = HTTP_METHODS.filter((method) => typeof module[method] === "function").map((method) => method.toLowerCase());
        expect(new Set(Object.keys(doc.paths[docPath] ?? {})), docPath).toEqual(new Set(exported));
      }
    });
  });

  describe("imports", () => {
    it("a small valid file is imported, and the report matches its schema", async () => {
      const { body } = await expectStatus("createImport", 200, ...upload({ file: "caravan-example.csv" }));
      const report = (body as { data: { applied: boolean; counts: { rows: number }; changes: unknown[] } }).data;
      expect(report).toMatchObject({ applied: true, counts: { rows: 4 } });
      expect(report.changes.length).toBeGreaterThan(0);
    });

    it("so is a file of HS-code figures (the seed has none, and the commodity ranking needs some)", async () => {
      const rows = ["2709,12000000000", "8703,3000000000", "7208,900000000"].map(
        (row) => `2024,KAZ,CHN,china_exports,${row.split(",")[1]},example-gacc-2025,${row.split(",")[0]}`,
      );
      const text = ["period,partner,reporter,flow,value_usd,source_id,commodity", ...rows].join("\n");
      const { body } = await expectStatus("createImport", 200, ...upload({ text, name: "hs-codes.csv" }));
      expect((body as { data: { counts: { new: number } } }).data.counts.new).toBe(3);
    });

    it("a dry run of project records reports them without writing", async () => {
      const { body } = await expectStatus("createImport", 200, ...upload({ file: "projects-example.csv", query: "?dryRun=1" }));
      const report = (body as { data: { dryRun: boolean; applied: boolean; projectChanges: unknown[] } }).data;
      expect(report).toMatchObject({ dryRun: true, applied: false });
      expect(report.projectChanges.length).toBeGreaterThan(0);
    });

    it("a bad parameter, a body that is not multipart and a file with errors are 400s", async () => {
      const [, badParamInit] = upload();
      const badParam = await expectStatus("createImport", 400, "?dryRun=maybe", badParamInit);
      expect((badParam.body as Json).error).toMatchObject({ code: "invalid_parameter", param: "dryRun" });
      const plain = await expectStatus("createImport", 400, "", {
        body: "a,b\n1,2\n",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/csv", "x-forwarded-for": `10.20.1.${++address}` },
      });
      expect((plain.body as Json).error).toMatchObject({ code: "invalid_body", param: "file" });
      const broken = await expectStatus(
        "createImport",
        400,
        ...upload({ text: "period,partner,reporter,flow,value_usd,source_id\n2025,XYZ,CHN,turnover,-1,nowhere\n" }),
      );
      expect(((broken.body as { error: { details: unknown[] } }).error.details ?? []).length).toBeGreaterThan(0);
    });

    it("a missing or wrong token is a 401", async () => {
      await expectStatus("createImport", 401, ...upload({ token: null }));
      await expectStatus("createImport", 401, ...upload({ token: "not-the-token" }));
    });

    it("without CARAVAN_ADMIN_TOKEN the route is switched off: 404", async () => {
      vi.stubEnv("CARAVAN_ADMIN_TOKEN", "");
      await expectStatus("createImport", 404, ...upload());
    });

    it(`a file over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB is a 413`, async () => {
      const line = "2025,TKM,CHN,turnover,11000000000,press-astanatimes-2025-01\n";
      const big = "period,partner,reporter,flow,value_usd,source_id\n" + line.repeat(Math.ceil(MAX_UPLOAD_BYTES / line.length) + 1);
      await expectStatus("createImport", 413, ...upload({ text: big }));
    });

    it("too many attempts from one address are a 429", async () => {
      const from = "10.20.99.1";
      let status = 0;
      for (let attempt = 0; attempt < 1000 && status !== 429; attempt++) {
        status = (await send("createImport", ...upload({ token: "wrong", address: from }))).response.status;
        expect([401, 429]).toContain(status);
      }
      expect(status).toBe(429);
    });
  });

  describe("the text checker", () => {
    it("finds and judges the claims of a text", async () => {
      const { body } = await expectStatus("checkText", 200, "", postJson({ text: CHECK_TEXT, date: "2026-01-20" }));
      const check = body as { data: { assertion: { partners: string[] }; verdicts: unknown[] }[] };
      expect(check.data.map((c) => c.assertion.partners)).toEqual([["KAZ"], ["CA5"]]);
      for (const claim of check.data) expect(claim.verdicts.length).toBeGreaterThan(0);
    });

    it("judges one corrected reading", async () => {
      const { body } = await expectStatus("judgeAssertion", 200, "", postJson({ assertion: JUDGE_ASSERTION }));
      expect((body as { data: { verdicts: unknown[] } }).data.verdicts.length).toBeGreaterThan(0);
    });

    it("saves a check once: 201, then the same id with 200", async () => {
      const first = await expectStatus("saveCheck", 201, "", postJson({ text: CHECK_TEXT }));
      savedCheckId = (first.body as { data: { id: string } }).data.id;
      const again = await expectStatus("saveCheck", 200, "", postJson({ text: CHECK_TEXT }));
      expect((again.body as { data: { id: string } }).data.id).toBe(savedCheckId);
    });

    it("serves a saved check as JSON and its evidence as CSV, and a 404 for an unknown id", async () => {
      const { body } = await expectStatus("getSavedCheck", 200, "", { params: { id: savedCheckId } } as RequestInit);
      expect((body as { meta: { saved: { id: string } } }).meta.saved.id).toBe(savedCheckId);
      const csv = await expectStatus("getSavedCheck", 200, "?format=csv", { params: { id: savedCheckId } } as RequestInit);
      expect(String(csv.body).split("\r\n").length).toBeGreaterThan(2);
      await expectStatus("getSavedCheck", 404, "", { params: { id: "AAAAAAAAAAAAAAAA" } } as RequestInit);
      const bad = await expectStatus("getSavedCheck", 400, "", { params: { id: "nope" } } as RequestInit);
      expect((bad.body as { error: { param: string } }).error.param).toBe("id");
      await expectStatus("getSavedCheck", 400, "?format=xml", { params: { id: savedCheckId } } as RequestInit);
    });

    it.each(["checkText", "saveCheck"])("%s: a bad body is a 400 naming the field", async (operationId) => {
      const missing = await expectStatus(operationId, 400, "", postJson({ date: "2024-01-01" }));
      expect((missing.body as { error: { param: string } }).error.param).toBe("text");
      const badDate = await expectStatus(operationId, 400, "", postJson({ text: "x", date: "2024-02-30" }));
      expect((badDate.body as { error: { param: string } }).error.param).toBe("date");
      await expectStatus(operationId, 400, "", postJson("{not json"));
    });

    it("judgeAssertion: a bad assertion is a 400 naming the field", async () => {
      const { body } = await expectStatus("judgeAssertion", 400, "", postJson({ assertion: { ...JUDGE_ASSERTION, partners: ["FRA"] } }));
      expect((body as { error: { param: string } }).error.param).toBe("assertion.partners.0");
    });

    it.each(["checkText", "judgeAssertion", "saveCheck"])("%s: a body over the limit is a 413", async (operationId) => {
      await expectStatus(operationId, 413, "", postJson({ text: "9".repeat(600 * 1024) }));
    });

    it.each(["checkText", "judgeAssertion", "saveCheck"])("%s: too many requests from one address are a 429", async (operationId) => {
      vi.stubEnv("CARAVAN_CHECK_RATE_LIMIT", "2");
      const from = `10.40.0.${++address}`;
      const init = () => ({ ...minimalInit(operationId), headers: { "content-type": "application/json", "x-forwarded-for": from } });
      for (let i = 0; i < 2; i++) await send(operationId, "", init());
      const { response } = await expectStatus(operationId, 429, "", init());
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    });
  });

  describe("reads", () => {
    // One good request per read (several where the read has more than one form), each expected to find data so the
    // row schemas meet real rows. The imports above ran first, so the revision history is not empty.
    const good: [operationId: string, query: string, init?: RequestInit][] = [
      ["listTrade", "?partner=KAZ&reporter=CHN~KAZ&from=2020&to=2024"],
      ["listTrade", "?partner=KAZ~UZB&from=2015&to=2024&format=csv"],
      ["listTrade", "?partner=KGZ", { headers: { accept: "text/csv" } }],
      ["getTradeMirror", "?partner=KAZ&flow=turnover"],
      ["getTradeMirror", "?partner=KAZ&format=csv"],
      ["listTopCommodities", "?partner=KAZ"],
      ["listTopCommodities", "?partner=KAZ&format=csv"],
      ["getTradeCoverage", ""],
      ["listRevisions", ""],
      ["listProjects", "?country=KAZ"],
      ["listProjects", "?country=KAZ&format=csv"],
      ["listClaims", ""],
      ["listClaims", "?theme=trade&format=csv"],
      ["listCountries", ""],
      ["listSources", ""],
    ];
    it.each(good)("%s%s answers 200 as documented", async (operationId, query, init) => {
      const { response, body } = await expectStatus(operationId, 200, query, init);
      if (typeof body === "string") expect(body.split("\r\n").length, "CSV rows").toBeGreaterThan(2);
      else expect((body as Json).data?.length, `${operationId}: data`).toBeGreaterThan(0);
      expect(response.headers.get("etag")).toBeTruthy();
    });

    const bad: [operationId: string, query: string, param: string][] = [
      ["listTrade", "?partner=XYZ", "partner"],
      ["listTrade", "?from=2024&to=2020", "from"],
      ["getTradeMirror", "?reporter=CHN", "reporter"],
      ["listTopCommodities", "?limit=0", "limit"],
      ["listTopCommodities", "?commodity=TOTAL", "commodity"],
      ["getTradeCoverage", "?partner=KAZ", "partner"],
      ["listRevisions", "?from=20x4", "from"],
      ["listProjects", "?sector=spaceships", "sector"],
      ["listClaims", "?theme=nope", "theme"],
      ["listCountries", "?x=1", "x"],
      ["listSources", "?format=csv", "format"],
      ["getTradeChartSvg", "?partner=XYZ", "partner"],
      ["getTradeChartPng", "?from=2024&to=2020", "from"],
      ["getMirrorChartSvg", "?reporter=CHN", "reporter"],
      ["getMirrorChartPng", "?flow=sideways", "flow"],
      ["getClaimChartSvg", "", "claim"],
      ["getClaimChartPng", "?claim=no-such-claim", "claim"],
      ["getTradePackage", "?format=csv", "format"],
      ["getMirrorPackage", "?reporter=CHN", "reporter"],
      ["getClaimsPackage", "?theme=nope", "theme"],
      ["getProjectsPackage", "?sector=spaceships", "sector"],
      ["getOEmbed", `?url=${encodeURIComponent("https://elsewhere.example/")}`, "url"],
    ];
    it.each(bad)("%s%s is a 400 naming %s", async (operationId, query, param) => {
      const { body } = await expectStatus(operationId, 400, query);
      expect((body as { error: { code: string; param: string } }).error).toMatchObject({ code: "invalid_parameter", param });
    });

    const conditional = [...OPERATIONS.values()].filter(({ op }) => op.responses["304"]).map(({ op }) => op.operationId);
    it.each(conditional)("%s answers 304 to its own ETag", async (operationId) => {
      const init = minimalInit(operationId);
      const first = await expectStatus(operationId, 200, minimalQuery(operationId), init);
      const etag = first.response.headers.get("etag")!;
      const second = await expectStatus(operationId, 304, minimalQuery(operationId), { ...init, headers: { "if-none-match": etag } });
      expect(second.response.headers.get("etag")).toBe(etag);
    });
  });

  describe("service routes", () => {
    it("the health check answers 200, and ignores parameters", async () => {
      expect((await expectStatus("getHealth", 200)).body).toEqual({ status: "ok" });
      await expectStatus("getHealth", 200, "?x=1");
    });

    it("the document describes itself, and ignores parameters", async () => {
      const { body } = await expectStatus("getOpenApiDocument", 200);
      expect(body).toEqual(JSON.parse(JSON.stringify(doc)));
      await expectStatus("getOpenApiDocument", 200, "?x=1");
    });
  });

  describe("a database outage", () => {
    // A client whose database "file" is a directory: SQLite cannot open it, so every query fails as the database
    // being unreachable (SQLITE_CANTOPEN), while the real test database stays untouched.
    let dir: string;
    let down: Db;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-contract-down-"));
      down = createPrismaClient(parseDatabaseUrl(`file:${dir}`));
    });
    afterAll(async () => {
      await down?.$disconnect().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const outage = [...OPERATIONS.values()].filter(({ op }) => op.responses["503"]).map(({ op }) => op.operationId);
    it.each(outage)("%s answers 503 with Retry-After", async (operationId) => {
      db = down;
      const [query, init] = operationId === "createImport" ? upload() : ([minimalQuery(operationId), minimalInit(operationId)] as const);
      const { response } = await expectStatus(operationId, 503, query, init);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    });
  });

  describe("unknown routes", () => {
    const notFound = deref(doc.components.responses?.NotFound) as OpenApiResponse;
    it.each([
      ["GET", "/api/v1/nothing-here", getUnknown],
      ["POST", "/api/v2/trade", postUnknown],
    ] as const)("%s %s is a 404 in the documented error shape", async (method, url, handler) => {
      const response = await callRoute(handler, url, { method, params: { unknown: url.split("/").slice(2) } });
      expect(response.status).toBe(404);
      const body = (await expectConforms(`${method} ${url}`, notFound, response)) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("not_found");
      expect(body.error.message).toContain("/api/v1/openapi.json");
    });
  });

  it("produced every status and content type the document lists", () => {
    const documented = [...OPERATIONS.values()].flatMap(({ op }) =>
      Object.entries(op.responses).flatMap(([status, response]) => {
        const content = deref(response).content;
        return content ? Object.keys(content).map((mediaType) => `${op.operationId} ${status} ${mediaType}`) : [`${op.operationId} ${status}`];
      }),
    );
    expect(documented.filter((entry) => !seen.has(entry))).toEqual([]);
  });
});
