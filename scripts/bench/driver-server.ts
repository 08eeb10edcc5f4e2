// The API benchmark's ceiling: a bare node:http server over the database
// driver itself (better-sqlite3 prepared statements, or pg named prepared
// statements on a pool), answering the benchmark's URLs with the same rows
// as JSON. The SQL is findTrade's own (tradeRowsSql), built once per URL at
// start-up, so a request costs exactly: route lookup, the prepared query,
// JSON.stringify. No ORM, no validation, no framework. PORT, DATABASE_URL,
// BENCH_PATHS (the URLs, joined by newlines).
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { parseDatabaseUrl } from "../../lib/core/db/database-url";
import { parseQuery } from "../../lib/core/http/query-params";
import { tradeRowsSql } from "../../lib/trade/queries";
import { resolveTradeFilters, tradeQuerySchema } from "../../lib/trade/schemas";

const config = parseDatabaseUrl(process.env.DATABASE_URL);
const paths = (process.env.BENCH_PATHS ?? "").split("\n").filter(Boolean);

type Runner = () => Promise<unknown[]>;
const runners = new Map<string, Runner>();

if (config.provider === "sqlite") {
  const db = new Database(config.filePath, { readonly: true, fileMustExist: true });
  for (const url of paths) {
    const query = tradeRowsSql(resolveTradeFilters(parseQuery(tradeQuerySchema, new URL(url, "http://x").searchParams)));
    const statement = db.prepare(query.sql);
    const values = query.values as unknown[];
    runners.set(url, async () => statement.all(...values));
  }
} else {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(config.schema ? { options: `-c search_path="${config.schema.replace(/"/g, '""')}"` } : {}),
  });
  paths.forEach((url, i) => {
    const query = tradeRowsSql(resolveTradeFilters(parseQuery(tradeQuerySchema, new URL(url, "http://x").searchParams)));
    const values = query.values as unknown[];
    runners.set(url, async () => (await pool.query({ name: `bench_${i}`, text: query.text, values })).rows);
  });
}

const server = http.createServer((req, res) => {
  if (req.url === "/health") {
    res.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
    return;
  }
  const run = runners.get(req.url ?? "");
  if (!run) {
    res.writeHead(404).end();
    return;
  }
  run().then(
    (rows) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ data: rows }));
    },
    (error: unknown) => {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(error));
    },
  );
});
server.listen(Number(process.env.PORT ?? 3199), "127.0.0.1");
