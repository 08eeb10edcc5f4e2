// Decides once per run whether the PostgreSQL suites run. With CI=true they
// always run, and an unreachable server fails the run loudly.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { POSTGRES_URL } from "./postgres-url";

export default async function setup(project: TestProject): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    project.provide("postgresAvailable", true);
    console.log(`PostgreSQL tests: running against ${POSTGRES_URL}`);
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(`CI=true but PostgreSQL is not reachable at ${POSTGRES_URL}: ${(error as Error).message}`);
    }
    project.provide("postgresAvailable", false);
    console.warn(`\n*** PostgreSQL tests SKIPPED: no server at ${POSTGRES_URL} (${(error as Error).message}) ***\n`);
  } finally {
    await client.end().catch(() => {});
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresAvailable: boolean;
  }
}
