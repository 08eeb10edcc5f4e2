// Every table a backup carries, in load order (a table comes after the tables
// its foreign keys point to), with each column's type. The registry is typed
// against the generated models: a new model, a new column or a changed type
// fails the typecheck here until the backup knows how to carry it.
import type { Prisma } from "../core/db/client";
import type { Client } from "../core/import/transaction";

/** The column types a backup can carry exactly (see values.ts); Json and Bytes columns would need a codec first. */
export type ColumnType = "String" | "Int" | "Float" | "Boolean" | "DateTime" | "BigInt" | "Decimal";

type TypeOf<T> = T extends string
  ? "String"
  : T extends number
    ? "Int" | "Float"
    : T extends boolean
      ? "Boolean"
      : T extends Date
        ? "DateTime"
        : T extends bigint
          ? "BigInt"
          : T extends Prisma.Decimal
            ? "Decimal"
            : never;
/** `"String"` for a required column, `"String?"` for a nullable one. */
type ColumnOf<T> = null extends T ? `${TypeOf<NonNullable<T>>}?` : TypeOf<T>;
type Scalars<M extends Prisma.ModelName> = Prisma.TypeMap["model"][M]["payload"]["scalars"];

interface TableSpec<M extends Prisma.ModelName> {
  /** the primary key's columns */
  key: readonly (keyof Scalars<M> & string)[];
  /** the key is an autoincrement id whose counter the backup carries over */
  autoincrement?: true;
  /** every column, in the schema's order */
  columns: { [K in keyof Scalars<M>]-?: ColumnOf<Scalars<M>[K]> };
}

const SPECS = {
  Country: { key: ["iso3"], columns: { iso3: "String", name: "String", isAggregate: "Boolean", sortOrder: "Int" } },
  Reporter: { key: ["code"], columns: { code: "String", name: "String", kind: "String", countryIso3: "String?" } },
  Source: {
    key: ["id"],
    columns: {
      id: "String",
      publisher: "String",
      title: "String",
      url: "String",
      licence: "String",
      methodNote: "String?",
      priority: "Int",
      kind: "String?",
    },
  },
  ImportRun: {
    key: ["id"],
    autoincrement: true,
    columns: { id: "Int", fileName: "String", layout: "String", createdAt: "DateTime", created: "Int", changed: "Int", unchanged: "Int" },
  },
  TradeObservation: {
    key: ["id"],
    autoincrement: true,
    columns: {
      id: "Int",
      partnerIso3: "String",
      year: "Int",
      period: "String",
      periodKind: "String",
      reporterCode: "String",
      flow: "String",
      commodity: "String",
      valueUsd: "Float",
      sourceId: "String",
      derivation: "String?",
      note: "String?",
      synthetic: "Boolean",
      createdAt: "DateTime",
      updatedAt: "DateTime",
    },
  },
  ObservationRevision: {
    key: ["id"],
    autoincrement: true,
    columns: {
      id: "Int",
      observationId: "Int",
      previousValue: "Float",
      newValue: "Float",
      previousSourceId: "String?",
      changedAt: "DateTime",
      importId: "Int?",
    },
  },
  Project: {
    key: ["id"],
    columns: {
      id: "String",
      kind: "String",
      name: "String?",
      sector: "String",
      subsector: "String?",
      status: "String?",
      startYear: "Int?",
      completionYear: "Int?",
      plannedCompletionYear: "Int?",
      amountUsd: "Float?",
      amountBasis: "String?",
      chineseParties: "String?",
      latitude: "Float?",
      longitude: "Float?",
      coordPrecision: "String?",
      geometryWkt: "String?",
      themes: "String",
      note: "String?",
      sourceId: "String",
      otherSourceUrls: "String?",
    },
  },
  ProjectCountry: { key: ["projectId", "countryIso3"], columns: { projectId: "String", countryIso3: "String" } },
  Claim: {
    key: ["id"],
    columns: { id: "String", quote: "String", location: "String", theme: "String", assertion: "String", sortOrder: "Int" },
  },
  DataVersion: { key: ["id"], columns: { id: "Int", version: "Int", changedAt: "DateTime" } },
  SavedCheck: {
    key: ["id"],
    columns: {
      id: "String",
      text: "String",
      textDate: "String?",
      language: "String?",
      corrections: "String",
      firstDataVersion: "Int",
      firstVerdicts: "String",
      createdAt: "DateTime",
    },
  },
} satisfies { [M in Prisma.ModelName]: TableSpec<M> };

export interface Column {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

export interface Table {
  /** the model's (and the database table's) name */
  name: Prisma.ModelName;
  /** the Prisma client's property for it */
  delegate: string;
  key: readonly string[];
  autoincrement: boolean;
  columns: readonly Column[];
  /** the backup's file of this table */
  file: string;
}

/** Every table, parents before children: the order a restore loads them in (and deletes them in reverse). */
export const TABLES: readonly Table[] = Object.entries(SPECS).map(([name, spec]) => ({
  name: name as Prisma.ModelName,
  delegate: name[0]!.toLowerCase() + name.slice(1),
  key: spec.key,
  autoincrement: "autoincrement" in spec,
  columns: Object.entries(spec.columns).map(([column, declared]: [string, string]) => ({
    name: column,
    type: declared.replace("?", "") as ColumnType,
    nullable: declared.endsWith("?"),
  })),
  file: `${name}.jsonl`,
}));

export const TABLE_BY_NAME: ReadonlyMap<string, Table> = new Map(TABLES.map((t) => [t.name, t]));

/** The Prisma model API of a table, reached by name (the registry above is what ties names to models). */
export function delegateOf<D>(client: Client, table: Table): D {
  return (client as unknown as Record<string, D>)[table.delegate]!;
}
