// The assembled OpenAPI document's own rules, without a database: operation
// ids, who needs a token, servers, tags and references. What the routes
// actually answer is tests/api/contract.test.ts; style rules are the Redocly
// lint (scripts/check/openapi-lint.ts).
import { describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import type { OpenApiOperation } from "@/lib/core/http/openapi";
import { ADMIN_TOKEN_SCHEME } from "@/lib/import/openapi";
import { buildOpenApiDocument } from "@/lib/openapi/document";

const doc = buildOpenApiDocument();
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op: op as OpenApiOperation, label: `${method.toUpperCase()} ${path}` })),
);
/** The one route behind the admin token; every other route is public. */
const PROTECTED = new Set(["POST /api/v1/imports"]);

/** Follows a local JSON pointer such as #/components/responses/BadRequest. */
function resolvePointer(ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`not a local reference: ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), doc);
}

function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push(value);
      else collectRefs(value, out);
    }
  }
  return out;
}

describe("the OpenAPI document", () => {
  it("is what GET /api/v1/openapi.json serves", async () => {
    expect(await (await getOpenApi()).json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("gives every operation a unique, URL-safe operationId", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[A-Za-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares security: [] on every public operation", () => {
    for (const { label, op } of operations.filter(({ label }) => !PROTECTED.has(label))) {
      expect(op.security, label).toEqual([]);
    }
  });

  it("makes the import operation require the bearer scheme, and only it", () => {
    const imports = operations.find(({ label }) => label === "POST /api/v1/imports");
    expect(imports?.op.security).toEqual([{ [ADMIN_TOKEN_SCHEME]: [] }]);
    expect(doc.components.securitySchemes?.[ADMIN_TOKEN_SCHEME]).toMatchObject({ type: "http", scheme: "bearer" });
    expect(imports?.op.responses["401"]).toBeDefined();
    // No document-wide default: an operation that forgot its security would otherwise inherit one silently.
    expect(doc).not.toHaveProperty("security");
    const protectedOps = operations.filter(({ op }) => op.security.length > 0).map(({ label }) => label);
    expect(new Set(protectedOps)).toEqual(PROTECTED);
  });

  it("names its servers and licence", () => {
    expect(doc.servers.length).toBeGreaterThan(0);
    for (const server of doc.servers) {
      expect(typeof server.url).toBe("string");
      expect(server.description.length).toBeGreaterThan(0);
    }
    expect(doc.info.license.name.length).toBeGreaterThan(0);
    expect(doc.info.license.url.length).toBeGreaterThan(0);
  });

  it("tags every operation with a declared tag", () => {
    const tags = new Set(doc.tags.map((tag) => tag.name));
    expect(tags.size).toBe(doc.tags.length);
    for (const { label, op } of operations) {
      expect(op.tags.length, label).toBe(1);
      expect(tags.has(op.tags[0]!), `${label}: tag ${op.tags[0]}`).toBe(true);
    }
  });

  it("resolves every $ref inside the document", () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolvePointer(ref), ref).toBeDefined();
  });

  it("gives every read that parses its query the read contract: 200, 304, 400, 503", () => {
    // The health check and the static document read no query; every other GET goes through parseQuery and cacheValidators.
    const reads = operations.filter(({ method, op }) => method === "get" && !["getHealth", "getOpenApiDocument"].includes(op.operationId));
    expect(reads.length).toBeGreaterThan(5);
    // a read of one resource by its id (a saved check) can also find nothing: 404
    for (const { label, op } of reads) {
      const contract = op.parameters?.some((p) => p.in === "path") ? ["200", "304", "400", "404", "503"] : ["200", "304", "400", "503"];
      expect(Object.keys(op.responses).sort(), label).toEqual(contract);
    }
  });

  it("documents query parameters from the zod schemas, with descriptions", () => {
    const names = (path: string) => (doc.paths[path]?.get?.parameters ?? []).map((p) => p.name);
    expect(names("/api/v1/trade")).toEqual(["partner", "reporter", "flow", "commodity", "from", "to", "period", "preferred", "synthetic", "format"]);
    expect(names("/api/v1/trade/mirror")).not.toContain("reporter");
    expect(names("/api/v1/revisions")).toEqual(["partner", "reporter", "from", "to"]);
    for (const { label, op } of operations) {
      for (const parameter of op.parameters ?? []) expect(parameter.description, `${label} ${parameter.name}`).toBeTruthy();
    }
  });

  it("hands out a fresh copy each time, so one caller's edits do not leak into the next document", () => {
    const first = buildOpenApiDocument();
    delete first.paths["/api/v1/trade"];
    expect(buildOpenApiDocument().paths["/api/v1/trade"]).toBeDefined();
  });
});
