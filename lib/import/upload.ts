// The body of POST /api/v1/imports: read with a hard size cap, decoded as
// UTF-8, imported in one transaction. Who may call it is the route's policy.
import "server-only";
import { z } from "zod";
import { ApiError } from "../core/http/errors";
import { payloadTooLarge, readBodyCapped } from "../core/http/request-body";
import { parseQuery } from "../core/http/query-params";
import type { Db } from "../core/db/client";
import { importCsv } from "./import-csv";
import type { ImportReport } from "../core/import/types";

/** Largest CSV file an upload may carry. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Room for the multipart boundaries and headers around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const importQuerySchema = z.object({
  dryRun: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true")
    .describe("1 or true: validate and report new / changed / unchanged rows (or project records) without writing anything."),
  source: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, "must be an existing source id")
    .optional()
    .describe("For a UN Comtrade export: the existing source every row belongs to (default: un-comtrade)."),
});

async function readUploadedCsv(request: Request): Promise<{ name: string; text: string }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new ApiError("invalid_body", 'Send the CSV as multipart/form-data with the file in the field "file".', "file");
  }
  const body = await readBodyCapped(request, MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES, "file");
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ApiError("invalid_body", "The multipart body could not be read.", "file");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") {
    throw new ApiError("invalid_body", 'The form has no file in the field "file".', "file");
  }
  if (file.size > MAX_UPLOAD_BYTES) throw payloadTooLarge(MAX_UPLOAD_BYTES, "file");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new ApiError("invalid_body", "The file is not UTF-8 text.", "file");
  }
  return { name: file.name || "upload.csv", text };
}

/**
 * What POST /api/v1/imports does once the route's policy (admin token, rate
 * limit: see app/api/v1/imports/route.ts) let the request through; a file
 * with errors is a 400 listing each {line, column, message}.
 */
export async function handleImportUpload(request: Request, url: URL, db: Db): Promise<ImportReport> {
  const query = parseQuery(importQuerySchema, url.searchParams);
  const { name, text } = await readUploadedCsv(request);
  const report = await importCsv(db, text, { fileName: name, dryRun: query.dryRun, sourceId: query.source });
  if (report.errors.length > 0) {
    throw new ApiError("invalid_body", `${report.errors.length} error(s) in ${name}; nothing was imported.`, "file", report.errors);
  }
  return report;
}
