import { readFileSync } from "node:fs";
import { join } from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";

// What prisma/schema.prisma declares, as the migration tests compare it with each migrated
// database (prisma/migrations.test.ts for SQLite, prisma/migrations-postgresql.test.ts).

export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}

const schemaText = readFileSync(join(process.cwd(), "prisma", "schema.prisma"), "utf8");
export const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] }))).datamodel as {
  models: DmmfModel[];
  indexes: DmmfIndex[];
  enums: { name: string; values: { name: string }[] }[];
};

export const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
export const columnOf = (model: DmmfModel, fieldName: string) => {
  const field = model.fields.find((f) => f.name === fieldName)!;
  return field.dbName ?? field.name;
};

/** The model's columns: every field that is not a relation. */
export const scalarFields = (model: DmmfModel) => model.fields.filter((field) => field.kind !== "object");

/** Column names of the primary key, in order. */
export const primaryKeyColumns = (model: DmmfModel) =>
  (model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name)).map((field) => columnOf(model, field));

export interface IndexShape {
  unique: boolean;
  columns: string[];
}
export const indexKey = (index: IndexShape) => `${index.unique}:${index.columns.join(",")}`;

/** The indexes and unique constraints the schema declares for a model, the primary key aside. */
export const expectedIndexes = (model: DmmfModel): IndexShape[] =>
  dmmf.indexes
    .filter((index) => index.model === model.name && index.type !== "id")
    .map((index) => ({ unique: index.type === "unique", columns: index.fields.map((f) => columnOf(model, f.name)) }));

export interface ForeignKeyShape {
  table: string;
  from: string;
  to: string;
  onDelete: string;
}
export const foreignKeyKey = (fk: ForeignKeyShape) => `${fk.from}->${fk.table}.${fk.to} ${fk.onDelete}`;

/** One foreign key per relation the model holds, with its ON DELETE as SQL spells it. */
export const expectedForeignKeys = (model: DmmfModel): ForeignKeyShape[] =>
  model.fields
    .filter((field) => field.kind === "object" && field.relationFromFields?.length)
    .map((field) => {
      const target = dmmf.models.find((m) => m.name === field.type)!;
      return {
        table: tableOf(target),
        from: field.relationFromFields!.map((f) => columnOf(model, f)).join(","),
        to: field.relationToFields!.map((f) => columnOf(target, f)).join(","),
        onDelete: (field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")).replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase(),
      };
    });

/** Implicit many-to-many relations live in "_RelationName" tables with columns A and B. */
export const implicitManyToMany = [
  ...new Set(
    dmmf.models.flatMap((model) =>
      model.fields
        .filter((field) => field.kind === "object" && field.isList)
        .filter((field) => {
          const other = dmmf.models.find((m) => m.name === field.type)!;
          const back = other.fields.find((f) => f.relationName === field.relationName && f !== field);
          return back?.isList === true;
        })
        .map((field) => `_${field.relationName}`),
    ),
  ),
];

/** Every table the migrations should create, bookkeeping aside. */
export const expectedTables = () => [...dmmf.models.map(tableOf), ...implicitManyToMany].sort();
