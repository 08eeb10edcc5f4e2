// Caravan's server (scripts/serve.ts) on a real build: pages and API reads
// come from memory per data version, an import on any instance reaches every
// instance within the poll interval and no response ever mixes two versions,
// and the rate limit counts the socket's address, not a header.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { parseDatabaseUrl } from "@/lib/core/db/database-url";
import { applyMigrations } from "@/lib/core/db/schema-engine";
import { importTradeCsv } from "@/lib/trade/import";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { serveCaravan, type ServedCaravan } from "./serve";

const POLL_MS = 250;
const TOKEN = "server-test-admin-token-0123456789";
const VIEW = "/api/v1/trade?partner=KAZ~UZB&reporter=CHN&flow=turnover&from=2024&to=2024&preferred=true";

async function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ServedCaravan> {
  return serveCaravan({ DATABASE_URL: databaseUrl, CARAVAN_DATA_VERSION_POLL_MS: String(POLL_MS), CARAVAN_ADMIN_TOKEN: TOKEN, ...env });
}

interface ViewRow {
  partner: string;
  valueUsd: number;
  sourceId: string;
}

async function view(url: string): Promise<{ rows: ViewRow[]; version: string | null }> {
  const response = await fetch(`${url}${VIEW}`);
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(200);
  const body = JSON.parse(text) as { data: ViewRow[] };
  return { rows: body.data, version: response.headers.get("x-caravan-data-version") };
}

/** A tidy import that raises both rows of the view by $1bn: one transaction, one new data version. */
function raiseBoth(rows: ViewRow[]): string {
  const lines = rows.map((row) => `2024,${row.partner},CHN,turnover,${row.valueUsd + 1e9},${row.sourceId}`);
  return ["period,partner,reporter,flow,value_usd,source_id", ...lines].join("\n") + "\n";
}

describe("Caravan's server on SQLite", () => {
  let dir: string;
  let db: Db;
  let server: ServedCaravan;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-serve-"));
    const databaseUrl = `file:${path.join(dir, "serve.db")}`;
    const config = parseDatabaseUrl(databaseUrl);
    await applyMigrations(config);
    db = createPrismaClient(config);
    await seedDatabase(db);
    server = await startServer(databaseUrl, { CARAVAN_CHECK_RATE_LIMIT: "3" });
  });
  afterAll(async () => {
    server?.process.kill("SIGTERM");
    await db?.$disconnect();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("computes a page once per data version and answers repeats from memory, compressed, with a working ETag", async () => {
    const first = await fetch(`${server.url}/claims?theme=trade`);
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("x-caravan-cache")).toBe("miss");
    const second = await fetch(`${server.url}/claims?theme=trade`);
    expect(second.headers.get("x-caravan-cache")).toBe("hit");
    expect((await second.text()) === firstBody).toBe(true);
    const etag = second.headers.get("etag")!;
    expect(etag).toMatch(/^"v\d+-/);
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");

    const revalidated = await fetch(`${server.url}/claims?theme=trade`, { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);

    // Node's fetch decodes for us; read the raw bytes to see the encoding really is brotli.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      const { host, port } = new URL(server.url);
      const request = net.connect(Number(port), "127.0.0.1", () => {
        request.write(`GET /claims?theme=trade HTTP/1.1\r\nHost: ${host}\r\nAccept: */*\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n`);
      });
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => resolve(Buffer.concat(chunks)));
      request.on("error", reject);
    });
    const split = raw.indexOf("\r\n\r\n");
    expect(raw.subarray(0, split).toString()).toMatch(/content-encoding: br/i);
    // The same bytes as the first answer: a render carries timestamps, so equal bytes mean it came from memory.
    expect(zlib.brotliDecompressSync(raw.subarray(split + 4)).toString() === firstBody).toBe(true);
  });

  it("serves an import's figures within the poll interval, and never the old ones after", async () => {
    const before = await view(server.url);
    expect(before.rows).toHaveLength(2);
    await importTradeCsv(db, raiseBoth(before.rows), { fileName: "raise.csv" });
    const importedAt = Date.now();
    let after = await view(server.url);
    while (after.rows[0]!.valueUsd === before.rows[0]!.valueUsd && Date.now() - importedAt < 5_000) {
      await new Promise((r) => setTimeout(r, 20));
      after = await view(server.url);
    }
    const delay = Date.now() - importedAt;
    expect(after.rows.map((r) => r.valueUsd)).toEqual(before.rows.map((r) => r.valueUsd + 1e9));
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));
    expect(delay).toBeLessThan(POLL_MS * 4 + 1000);
    for (let i = 0; i < 5; i++) expect((await view(server.url)).rows).toEqual(after.rows);
  });

  it("counts checks per socket address: neither X-Forwarded-For nor a forged address header buys a new budget", async () => {
    const statuses: number[] = [];
    for (let n = 1; n <= 5; n++) {
      const response = await fetch(`${server.url}/api/v1/check`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `10.9.0.${n}`, "x-caravan-client-address": `10.8.0.${n}` },
        body: JSON.stringify({ text: "China–Kazakhstan trade reached $43.8 billion in 2024." }),
      });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

describeEachDatabase("two instances on one %s database under load", (name) => {
  let t: TestDatabase;
  let a: ServedCaravan;
  let b: ServedCaravan;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    const url =
      t.config.provider === "postgresql" && t.config.schema
        ? `${t.config.url}${t.config.url.includes("?") ? "&" : "?"}schema=${t.config.schema}`
        : t.config.url;
    [a, b] = await Promise.all([startServer(url), startServer(url)]);
  }, 120_000);
  afterAll(async () => {
    a?.process.kill("SIGTERM");
    b?.process.kill("SIGTERM");
    await t?.cleanup();
  });

  it("an import on A reaches B within the poll interval; B never serves a mix of old and new", async () => {
    const before = await view(b.url);
    const oldValues = before.rows.map((r) => r.valueUsd);
    const newValues = oldValues.map((v) => v + 1e9);
    const seen: { client: number; at: number; values: number[] }[] = [];
    let loading = true;
    const load = Promise.all(
      [0, 1, 2, 3].map(async (client) => {
        while (loading) {
          const { rows } = await view(b.url);
          seen.push({ client, at: Date.now(), values: rows.map((r) => r.valueUsd) });
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    const form = new FormData();
    form.set("file", new File([raiseBoth(before.rows)], "raise.csv", { type: "text/csv" }));
    const upload = await fetch(`${a.url}/api/v1/imports`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` }, body: form });
    expect(upload.status, await upload.clone().text()).toBe(200);
    const importedAt = Date.now();
    await new Promise((r) => setTimeout(r, POLL_MS * 4 + 1000));
    loading = false;
    await load;

    expect(seen.length).toBeGreaterThan(20);
    const isOld = (values: number[]) => JSON.stringify(values) === JSON.stringify(oldValues);
    const isNew = (values: number[]) => JSON.stringify(values) === JSON.stringify(newValues);
    expect(seen.filter((s) => !isOld(s.values) && !isNew(s.values))).toEqual([]);
    const firstNew = seen.findIndex((s) => isNew(s.values));
    expect(firstNew).toBeGreaterThan(0);
    expect(seen[firstNew]!.at - importedAt).toBeLessThan(POLL_MS * 2 + 500);
    // Each client's own sequence: once it has seen the new figures, never the old again.
    for (const client of [0, 1, 2, 3]) {
      const mine = seen.filter((s) => s.client === client);
      const switched = mine.findIndex((s) => isNew(s.values));
      expect(switched, `client ${client} never saw the import`).toBeGreaterThanOrEqual(0);
      expect(mine.slice(switched).filter((s) => isOld(s.values))).toEqual([]);
    }
  }, 60_000);
});
