// GET /api/health: 200 {status:"ok"} when the database answers; 503 in the
// error contract, with Retry-After, when the SQLite file cannot be opened.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { parseDatabaseUrl } from "@/lib/core/db/database-url";
import { ERROR_STATUS } from "@/lib/core/http/errors";
import { RETRY_AFTER_SECONDS } from "@/lib/core/http/handler";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

describe("GET /api/health on SQLite", () => {
  let t: TestDatabase;
  let unreachableDir: string;
  let unreachable: Db;

  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedDatabase(t.db);
    // The "database file" is a directory: SQLite cannot open it, as when the
    // file is on a volume that went away or has the wrong permissions.
    unreachableDir = fs.mkdtempSync(path.join(os.tmpdir(), "caravan-unreachable-"));
    unreachable = createPrismaClient(parseDatabaseUrl(`file:${unreachableDir}`));
  });
  afterAll(async () => {
    await unreachable?.$disconnect().catch(() => {});
    if (unreachableDir) fs.rmSync(unreachableDir, { recursive: true, force: true });
    await t?.cleanup();
  });

  describe("with the database reachable", () => {
    it('answers 200 {status: "ok"}, not cached', async () => {
      pointRoutesAt(t.db);
      const response = await getHealth();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("retry-after")).toBeNull();
    });
  });

  describe("with the database file unreachable", () => {
    it("answers 503 with Retry-After and the error contract's database_unavailable", async () => {
      pointRoutesAt(unreachable);
      const response = await getHealth();
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = (await response.json()) as { status: string; error: { code: keyof typeof ERROR_STATUS; message: string } };
      expect(body.status).not.toBe("ok");
      expect(body.error.code).toBe("database_unavailable");
      expect(ERROR_STATUS[body.error.code]).toBe(response.status);
      expect(typeof body.error.message).toBe("string");
      expect(body.error.message.length).toBeGreaterThan(0);
    });

    it("leaks no file path, driver name or stack in its answer", async () => {
      pointRoutesAt(unreachable);
      const text = await (await getHealth()).text();
      expect(text).not.toContain(unreachableDir);
      expect(text).not.toMatch(/SQLITE_|sqlite|prisma|unable to open|at \S+ \(/i);
    });

    it("says the same as the data routes, which answer 503 database_unavailable too", async () => {
      pointRoutesAt(unreachable);
      const response = await callRoute(getTrade, "/api/v1/trade?partner=KAZ");
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
    });
  });

  describe("when the database is reachable again", () => {
    it("answers 200 again in the same process", async () => {
      pointRoutesAt(unreachable);
      expect((await getHealth()).status).toBe(503);
      pointRoutesAt(t.db);
      const response = await getHealth();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    });
  });
});
