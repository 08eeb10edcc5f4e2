// Generates both Prisma clients from the one source schema.
//
// Prisma fixes the provider per schema file, and a generated client only
// accepts a driver adapter of its own provider. So prisma/schema.prisma
// (SQLite) is the source, and the PostgreSQL schema is derived from it here by
// swapping the provider and the output folder: nothing else differs.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SCHEMA_PATHS } from "../../lib/core/db/schema-engine";
import { derivePostgresSchema } from "./derive-postgres-schema";

/**
 * `prisma generate` does not use the schema-engine binary, but the CLI tries
 * to download it first, which fails offline. Point it at any executable, but
 * only where no real engine was installed.
 */
function prismaCliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  const enginesDir = path.resolve("node_modules/@prisma/engines");
  const hasRealEngine = fs.existsSync(enginesDir) && fs.readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasRealEngine) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
  return env;
}

fs.mkdirSync(path.dirname(SCHEMA_PATHS.postgresql), { recursive: true });
fs.writeFileSync(SCHEMA_PATHS.postgresql, derivePostgresSchema(fs.readFileSync(SCHEMA_PATHS.sqlite, "utf8")));

const prismaCli = path.resolve("node_modules/prisma/build/index.js");
for (const schema of [SCHEMA_PATHS.sqlite, SCHEMA_PATHS.postgresql]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], { stdio: "inherit", env: prismaCliEnv() });
}
