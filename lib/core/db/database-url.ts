import path from "node:path";
import { z } from "zod";

/** The embedded default: a SQLite file under data/ (git-ignored). */
export const DEFAULT_DATABASE_URL = "file:./data/caravan.db";

export type DatabaseConfig =
  { provider: "sqlite"; url: string; filePath: string } | { provider: "postgresql"; url: string; schema: string | undefined };

const databaseUrlSchema = z
  .string()
  .trim()
  .min(1)
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
    message: 'DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
  });

/**
 * Reads DATABASE_URL once and says which database it names. A bad value fails
 * here with a clear message instead of on the first query.
 */
export function parseDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL): DatabaseConfig {
  const parsed = databaseUrlSchema.safeParse(raw === undefined || raw === "" ? DEFAULT_DATABASE_URL : raw);
  if (!parsed.success) {
    throw new Error(`Invalid DATABASE_URL ${JSON.stringify(raw)}: ${parsed.error.issues[0]?.message}`);
  }
  const url = parsed.data;
  if (url.startsWith("file:")) {
    const filePath = url.slice("file:".length).split("?")[0] ?? "";
    if (filePath === ":memory:") return { provider: "sqlite", url, filePath };
    return { provider: "sqlite", url, filePath: path.resolve(/*turbopackIgnore: true*/ filePath) };
  }
  // Prisma's own `?schema=` convention selects a PostgreSQL schema; pg itself
  // does not understand it, so it is taken out of the connection string.
  const parsedUrl = new URL(url);
  const schema = parsedUrl.searchParams.get("schema") ?? undefined;
  parsedUrl.searchParams.delete("schema");
  return { provider: "postgresql", url: parsedUrl.toString(), schema };
}

/** The URL without a password, for logs and error messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.provider === "sqlite") return `SQLite ${config.filePath}`;
  const url = new URL(config.url);
  url.password = "";
  return `PostgreSQL ${url.host}${url.pathname}${config.schema ? ` (schema ${config.schema})` : ""}`;
}
