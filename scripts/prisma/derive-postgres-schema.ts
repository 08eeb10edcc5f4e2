const SQLITE_OUTPUT = 'output   = "../lib/generated/prisma-sqlite"';
const POSTGRES_OUTPUT = 'output   = "../../../lib/generated/prisma-postgresql"';

/**
 * The PostgreSQL schema is the SQLite source schema with only the provider and
 * the client's output folder swapped (see scripts/prisma/generate.ts).
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  if (!/provider\s*=\s*"sqlite"/.test(sqliteSchema) || !sqliteSchema.includes(SQLITE_OUTPUT)) {
    throw new Error(`prisma/schema.prisma must keep provider = "sqlite" and ${SQLITE_OUTPUT}`);
  }
  const swapped = sqliteSchema.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"').replace(SQLITE_OUTPUT, POSTGRES_OUTPUT);
  return `// GENERATED from prisma/schema.prisma by scripts/prisma/generate.ts. Do not edit.\n${swapped}`;
}
