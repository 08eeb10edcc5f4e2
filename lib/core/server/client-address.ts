// Whose request is this? Rate limits count per client address, so the address
// must be one a client cannot choose. Caravan's server (lib/core/server/
// caravan-server.ts) knows the socket's peer; Next's route handlers do not.
// So the server writes the address into a header that only it can vouch for:
// it strips any incoming copy and signs its own with a secret made at
// start-up and shared with the route handlers through the process's
// environment (the same process runs both).

/** The address Caravan's server determined for the request. */
export const CLIENT_ADDRESS_HEADER = "x-caravan-client-address";
/** Proof that the address header came from Caravan's own server. */
export const PROXY_SECRET_HEADER = "x-caravan-proxy-secret";
/** Where the server puts the secret for the route handlers of the same process. */
export const PROXY_SECRET_ENV = "CARAVAN_PROXY_SECRET";

/** Every header a client could use to pose as the server. */
export const SERVER_ONLY_HEADERS = [CLIENT_ADDRESS_HEADER, PROXY_SECRET_HEADER] as const;

/** All requests from unknown addresses share one budget: stricter, never dodgeable. */
export const UNKNOWN_CLIENT = "unknown";

/**
 * The client behind `trustedHops` proxies. Each trusted proxy appends the
 * address it received from to X-Forwarded-For, so the hops are read from the
 * right: the socket peer is the nearest proxy, the last entry the one before
 * it, and so on. Entries further left were written by the client and mean
 * nothing. With no trusted proxy the socket peer is the client.
 */
export function clientBehindProxies(socketAddress: string | null, forwardedFor: string | null, trustedHops: number): string {
  const chain: string[] = [];
  if (socketAddress) chain.push(normalizeAddress(socketAddress));
  if (trustedHops > 0 && forwardedFor) {
    const entries = forwardedFor
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    for (let i = entries.length - 1; i >= 0; i--) chain.push(normalizeAddress(entries[i]!));
  }
  // Without a socket (a route handler served by plain `next start`), the nearest
  // trusted proxy's entry is the last one of the header: one hop fewer to skip.
  const index = socketAddress ? trustedHops : trustedHops - 1;
  if (index < 0 || chain.length === 0) return UNKNOWN_CLIENT;
  return chain[Math.min(index, chain.length - 1)]!;
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
function normalizeAddress(address: string): string {
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}
