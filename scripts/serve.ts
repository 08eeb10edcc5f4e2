// Serves a built Caravan (`next build`) with its response cache and client
// addresses (lib/core/server/caravan-server.ts). `npm start` runs this after
// migrating, seeding and building; `--port` and `--hostname` override PORT.
import v8 from "node:v8";
import { createVersionReader } from "../lib/core/db/version-reader";
import { assertValidEnv } from "../lib/core/env";
import { startCaravanServer } from "../lib/core/server/caravan-server";

const settings = assertValidEnv();
// V8 sizes the old generation after each full GC at the live objects times a factor that rises
// to 4 when the heap may grow to 2 GB or more (its default here is about 4 GB). Under steady load
// an instance keeps ~130 MiB live but its heap grew to ~500 MiB of not-yet-collected garbage, RSS
// 350 → 710 MiB in a 10-minute soak (docs/benchmarks.md, Soak). A fixed factor of 1.5 kept the heap
// at ~210 MiB and RSS flat at ~385 MiB under the same load, with no hard cap that a large import or
// export could hit (as --max-old-space-size would be). Read by V8 at every GC, so setting it here,
// before any request, holds for the whole process.
if (settings.CARAVAN_HEAP_GROWING_PERCENT > 0) v8.setFlagsFromString(`--heap-growing-percent=${settings.CARAVAN_HEAP_GROWING_PERCENT}`);
(process.env as Record<string, string>).NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

// Its own connection for the one number it needs; Next's bundles keep their Prisma client.
const version = createVersionReader(settings.DATABASE_URL);
const server = await startCaravanServer({
  port: Number(argument("port") ?? settings.PORT),
  hostname: argument("hostname") ?? "0.0.0.0",
  trustedProxyHops: settings.CARAVAN_TRUST_PROXY_HOPS,
  cacheBytes: settings.CARAVAN_RESPONSE_CACHE_MB * 1024 * 1024,
  versionPollMs: settings.CARAVAN_DATA_VERSION_POLL_MS,
  readDataVersion: version.read,
  // The trade route's JSON and its CSV (the export's own writer, lib/trade/csv-export.ts), a few rows
  // each, so the first client does not also load the route and create the database client. On the
  // seeded database a fresh server's first whole-table CSV still takes 0.1-0.2 s against 0.03 s warm.
  warmUpPaths: ["/api/v1/trade?partner=KAZ&from=2024&to=2024&flow=turnover", "/api/v1/trade?partner=KAZ&from=2024&to=2024&flow=turnover&format=csv"],
});
console.log(`Caravan is serving on http://localhost:${server.port}`);

// CARAVAN_MEMORY_LOG_MS=10000 logs this process's memory every so often (the soak benchmark reads it).
const memoryLogMs = Number(process.env.CARAVAN_MEMORY_LOG_MS ?? 0);
if (memoryLogMs > 0) {
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const logMemory = () => {
    const m = process.memoryUsage();
    console.log(
      `memory rss=${mib(m.rss)} heapUsed=${mib(m.heapUsed)} heapTotal=${mib(m.heapTotal)} external=${mib(m.external)} arrayBuffers=${mib(m.arrayBuffers)} cache=${mib(server.cache.usedBytes)} cacheEntries=${server.cache.size}`,
    );
  };
  logMemory();
  setInterval(logMemory, memoryLogMs).unref();
}

const stop = async () => {
  await server.close();
  await version.close();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
