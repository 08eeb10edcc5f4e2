// Reading a request body safely: with a hard size cap (a missing or false
// Content-Length does not help), and JSON validated by the route's zod
// schema with a 400 that names the field.
import "server-only";
import type { z } from "zod";
import { ApiError } from "./errors";

export function payloadTooLarge(maxBytes: number, param: string): ApiError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${Math.round(maxBytes / 1024)} kB`;
  return new ApiError("payload_too_large", `The request body is larger than ${size}.`, param);
}

/** Reads the body, stopping as soon as it passes the cap (a missing or false Content-Length does not help). */
export async function readBodyCapped(request: Request, maxBytes: number, param: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw payloadTooLarge(maxBytes, param);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(maxBytes, param);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A JSON body, parsed and validated; every problem is a 400 naming the field (or 413 past the cap). */
export async function readJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema, maxBytes: number): Promise<z.output<Schema>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) throw new ApiError("invalid_body", "Send the body as application/json.", "body");
  const bytes = await readBodyCapped(request, maxBytes, "body");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError("invalid_body", "The body is not valid UTF-8 JSON.", "body");
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const param = issue.path.length ? issue.path.join(".") : "body";
  throw new ApiError("invalid_body", `${param}: ${issue.message}`, param);
}
