/**
 * True when an error means the database could not be reached (server down,
 * connection refused or cut, pool timeout) rather than a bad query. Such
 * errors become a 503 with Retry-After; the next request reconnects.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; kind?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.originalCode === "string" && UNAVAILABLE_CODES.has(e.originalCode)) return true;
    if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

const UNAVAILABLE_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // database server timed out
  "P1017", // server closed the connection
  "P2024", // connection pool timeout
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "SQLITE_BUSY",
  "SQLITE_CANTOPEN",
]);

const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "DatabaseUnavailable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|terminating connection|the database system is (starting up|shutting down)|unable to open database/i;
