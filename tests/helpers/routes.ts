// Calls route handlers in-process, as Next would, against a test database.
import { setDb, type Db } from "@/lib/core/db/client";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response> | Response;

export function pointRoutesAt(db: Db): void {
  setDb(db);
}

export async function callRoute<P = Record<string, never>>(
  handler: Handler<P>,
  pathAndQuery: string,
  init: RequestInit & { params?: P } = {},
): Promise<Response> {
  const { params, ...requestInit } = init;
  return handler(new Request(`http://caravan.test${pathAndQuery}`, requestInit), { params: Promise.resolve((params ?? {}) as P) });
}
