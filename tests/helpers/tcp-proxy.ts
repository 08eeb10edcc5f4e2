// A loopback TCP proxy in front of PostgreSQL that a test can cut and
// restore, to play a database outage without stopping the shared server.
import net from "node:net";

export interface TcpProxy {
  port: number;
  /** refuse new connections and cut the open ones, like a server going down */
  stop: () => Promise<void>;
  /** accept connections again on the same port */
  start: () => Promise<void>;
  close: () => Promise<void>;
}

export async function createTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on("error", drop).on("close", drop);
        upstream.on("error", drop).on("close", drop);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });

  await listen();
  return {
    get port() {
      return port;
    },
    stop,
    start: listen,
    close: stop,
  };
}

/** A proxy in front of a PostgreSQL test database, and the DATABASE_URL that reaches it through the proxy. */
export async function proxiedPostgres(config: { provider: string; url?: string; schema?: string }): Promise<{ proxy: TcpProxy; url: string }> {
  if (config.provider !== "postgresql" || !config.url) throw new Error("expected a PostgreSQL test database");
  const direct = new URL(config.url);
  const proxy = await createTcpProxy(direct.hostname, Number(direct.port || 5432));
  const viaProxy = new URL(config.url);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  if (config.schema) viaProxy.searchParams.set("schema", config.schema);
  return { proxy, url: viaProxy.toString() };
}
