// Serves a built Caravan (`next build`) with its response cache and client
// addresses (lib/core/server/caravan-server.ts). `npm start` runs this after
// migrating, seeding and building; `--port` and `--hostname` override PORT.
import { createVersionReader } from "../lib/core/db/version-reader";
import { assertValidEnv } from "../lib/core/env";
import { startCaravanServer } from "../lib/core/server/caravan-server";

const settings = assertValidEnv();
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
});
console.log(`Caravan is serving on http://localhost:${server.port}`);

const stop = async () => {
  await server.close();
  await version.close();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
