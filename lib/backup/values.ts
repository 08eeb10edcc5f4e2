// How one value of each column type is written in a backup file and read back.
// JSON keeps null apart from "", numbers and booleans as themselves; what JSON
// has no literal for is a canonical string, so that the same data gives the
// same bytes whichever database it was read from:
//   DateTime  ISO 8601 UTC with milliseconds ("2024-01-31T09:15:00.000Z"), the precision both databases keep
//   Float     a JSON number (the shortest form that reads back to the same double); NaN and ±Infinity
//             have no JSON form and the app never writes them (an export refuses them); -0 is written as 0
//   BigInt    a string of digits (JSON numbers lose precision past 2^53)
//   Decimal   a plain decimal string without exponent
import { z } from "zod";
import { Prisma } from "../core/db/client";
import { BackupError } from "./manifest";
import type { Column, ColumnType, Table } from "./tables";

export type FileValue = string | number | boolean | null;
export type FileRow = Record<string, FileValue>;

/** A database value (as the Prisma client returns it) in its file form; throws on a value the column type does not allow. */
export function encodeValue(column: Column, value: unknown): FileValue {
  if (value === null || value === undefined) {
    if (column.nullable) return null;
    throw new Error(`${column.name}: null in a required ${column.type} column`);
  }
  const wrong = () => new Error(`${column.name}: ${typeof value} ${String(value)} cannot be carried as ${column.type}`);
  switch (column.type) {
    case "String":
      if (typeof value !== "string") throw wrong();
      return value;
    case "Int":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) throw wrong();
      return value;
    case "Float":
      if (typeof value !== "number" || !Number.isFinite(value)) throw wrong();
      return value === 0 ? 0 : value;
    case "Boolean":
      if (typeof value !== "boolean") throw wrong();
      return value;
    case "DateTime":
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw wrong();
      return value.toISOString();
    case "BigInt":
      if (typeof value !== "bigint") throw wrong();
      return value.toString();
    case "Decimal":
      if (!Prisma.Decimal.isDecimal(value)) throw wrong();
      return new Prisma.Decimal(value).toFixed();
  }
}

function isCanonicalTime(text: string): boolean {
  const time = new Date(text);
  return !Number.isNaN(time.getTime()) && time.toISOString() === text;
}

const VALUE_SCHEMAS: Record<ColumnType, z.ZodType> = {
  String: z.string(),
  Int: z.number().int().refine(Number.isSafeInteger, "not a safe integer"),
  Float: z.number(),
  Boolean: z.boolean(),
  DateTime: z
    .string()
    .refine(isCanonicalTime, "not an ISO 8601 UTC time with milliseconds, as Date#toISOString writes it")
    .transform((s) => new Date(s)),
  BigInt: z
    .string()
    .regex(/^-?(0|[1-9]\d*)$/, "not an integer string")
    .transform((s) => BigInt(s)),
  Decimal: z
    .string()
    .regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, "not a plain decimal string")
    .transform((s) => new Prisma.Decimal(s)),
};

const rowSchemas = new WeakMap<Table, z.ZodType<Record<string, unknown>>>();

/**
 * The schema of one line of a table's file: exactly its columns, each of its
 * type (null only where the column allows it), parsed to what the Prisma
 * client writes (Date, bigint, Decimal).
 */
export function rowSchema(table: Table): z.ZodType<Record<string, unknown>> {
  let schema = rowSchemas.get(table);
  if (!schema) {
    schema = z.strictObject(
      Object.fromEntries(table.columns.map((c) => [c.name, c.nullable ? VALUE_SCHEMAS[c.type].nullable() : VALUE_SCHEMAS[c.type]])),
    ) as unknown as z.ZodType<Record<string, unknown>>;
    rowSchemas.set(table, schema);
  }
  return schema;
}

/** A database row in its file form, columns in the table's order; a value the format cannot carry is an error naming the row. */
export function encodeRow(table: Table, row: Record<string, unknown>): FileRow {
  const encoded: FileRow = {};
  for (const column of table.columns) {
    try {
      encoded[column.name] = encodeValue(column, row[column.name]);
    } catch (error) {
      const key = table.key.map((k) => `${k} ${JSON.stringify(row[k])}`).join(", ");
      throw new BackupError(`${table.name} (${key}): ${(error as Error).message}`);
    }
  }
  return encoded;
}
