// PostgreSQL goes away while the app runs: reads answer 503 with Retry-After
// in the error contract, health says so, and when the server is back the same
// process recovers without a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { createPrismaClient, type Db } from "@/lib/core/db/client";
import { parseDatabaseUrl } from "@/lib/core/db/database-url";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";
import { proxiedPostgres, type TcpProxy } from "../helpers/tcp-proxy";

describe.runIf(postgresAvailable())("PostgreSQL outage", () => {
  let t: TestDatabase;
  let proxy: TcpProxy;
  let db: Db;

  beforeAll(async () => {
    t = await createTestDatabase("postgresql");
    await seedDatabase(t.db);
    const proxied = await proxiedPostgres(t.config);
    proxy = proxied.proxy;
    db = createPrismaClient(parseDatabaseUrl(proxied.url));
  });
  afterAll(async () => {
    await db?.$disconnect().catch(() => {});
    await proxy?.close();
    await t?.cleanup();
  });

  it("answers 503 with Retry-After while the database is down, and recovers when it is back", async () => {
    pointRoutesAt(db);
    const up = await callRoute(getTrade, "/api/v1/trade?partner=KAZ");
    expect(up.status).toBe(200);
    expect((await up.json()).data.length).toBeGreaterThan(0);

    await proxy.stop();
    pointRoutesAt(db);
    const down = await callRoute(getTrade, "/api/v1/trade?partner=KAZ");
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    const body = await down.json();
    expect(body.error.code).toBe("database_unavailable");
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|prisma|at \S+ \(/i);
    const health = await getHealth();
    expect(health.status).toBe(503);

    await proxy.start();
    pointRoutesAt(db);
    const again = await callRoute(getTrade, "/api/v1/trade?partner=KAZ");
    expect(again.status).toBe(200);
    expect((await getHealth()).status).toBe(200);
  });
});
