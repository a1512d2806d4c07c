import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgresql, readMigrations, POSTGRESQL_MIGRATIONS_DIR } from "../lib/db/migrate";
import { freshPostgresqlUrl } from "../lib/test/database";
import {
  dmmf,
  expectedForeignKeys,
  expectedIndexes,
  expectedTables,
  foreignKeyKey,
  implicitManyToMany,
  indexKey,
  primaryKeyColumns,
  scalarFields,
  tableOf,
} from "../lib/test/schema-dmmf";

// The committed PostgreSQL migrations must build exactly the database schema.prisma declares,
// as prisma/migrations.test.ts proves for SQLite. Needs TEST_POSTGRES_URL (a URL that may
// create databases); CI sets it.
const POSTGRESQL_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

const ON_DELETE: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

const skipReason = process.env.TEST_POSTGRES_URL ? undefined : "TEST_POSTGRES_URL is unset: no PostgreSQL to migrate";
if (skipReason) console.warn(`prisma/migrations-postgresql.test.ts skipped: ${skipReason}`);

let url: string;
let client: pg.Client;
const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;

const columns = (table: string) =>
  query<{ name: string; type: string; notnull: boolean }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [`"${table}"`],
  );
const indexes = (table: string) =>
  query<{ unique: boolean; primary: boolean; columns: string[] }>(
    `SELECT i.indisunique AS unique, i.indisprimary AS primary,
            array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
       FROM pg_index i WHERE i.indrelid = $1::regclass`,
    [`"${table}"`],
  );

describe.skipIf(skipReason)("PostgreSQL migrations match schema.prisma", () => {
  beforeAll(async () => {
    url = (await freshPostgresqlUrl())!;
    await migratePostgresql(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  afterAll(() => client?.end());

  it("create one table per model and per implicit many-to-many relation, and nothing else", async () => {
    const rows = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const tables = rows
      .map((row) => row.table_name)
      .filter((name) => name !== "_prisma_migrations")
      .sort();
    expect(tables).toEqual(expectedTables());
  });

  it("create each enum with its values in order", async () => {
    const rows = await query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const expected = dmmf.enums.map((e) => ({ name: e.name, values: e.values.map((v) => v.name) }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(rows.sort(byName)).toEqual(expected.sort(byName));
  });

  it("give every model each column with its type and nullability", async () => {
    for (const model of dmmf.models) {
      const expected = scalarFields(model).map((field) => ({
        name: field.dbName ?? field.name,
        type: field.kind === "enum" ? `"${field.type}"` : POSTGRESQL_TYPES[field.type],
        notnull: field.isRequired,
      }));
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      expect({ model: model.name, columns: (await columns(tableOf(model))).sort(byName) }).toEqual({
        model: model.name,
        columns: expected.sort(byName),
      });
    }
  });

  it("give every model its primary key and exactly its indexes and unique constraints", async () => {
    for (const model of dmmf.models) {
      const actual = await indexes(tableOf(model));
      expect({ model: model.name, primaryKey: actual.find((index) => index.primary)?.columns ?? [] }).toEqual({
        model: model.name,
        primaryKey: primaryKeyColumns(model),
      });
      expect({
        model: model.name,
        indexes: actual
          .filter((index) => !index.primary)
          .map(indexKey)
          .sort(),
      }).toEqual({ model: model.name, indexes: expectedIndexes(model).map(indexKey).sort() });
    }
  });

  it("give every model a foreign key for each relation it holds", async () => {
    for (const model of dmmf.models) {
      const rows = await query<{ table: string; from: string[]; to: string[]; deltype: string }>(
        `SELECT c.confrelid::regclass::text AS table,
                array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS from,
                array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS to,
                c.confdeltype AS deltype
           FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = $1::regclass`,
        [`"${tableOf(model)}"`],
      );
      const actual = rows.map((row) => ({
        table: row.table.replace(/^"|"$/g, ""),
        from: row.from.join(","),
        to: row.to.join(","),
        onDelete: ON_DELETE[row.deltype] ?? row.deltype,
      }));
      expect({ model: model.name, foreignKeys: actual.map(foreignKeyKey).sort() }).toEqual({
        model: model.name,
        foreignKeys: expectedForeignKeys(model).map(foreignKeyKey).sort(),
      });
    }
  });

  it("give each implicit many-to-many table its A/B columns, primary key and index", async () => {
    for (const table of implicitManyToMany) {
      expect((await columns(table)).map((c) => c.name).sort()).toEqual(["A", "B"]);
      expect(
        (await indexes(table))
          .map((i) => `${i.primary ? "pk" : i.unique}:${i.columns.join(",")}`)
          .sort(),
      ).toEqual(["false:B", "pk:A,B"]);
    }
  });

  it("are recorded as Prisma records them, with each file's sha256 checksum", async () => {
    const rows = await query(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      readMigrations(POSTGRESQL_MIGRATIONS_DIR).map((file) => ({
        migration_name: file.name,
        checksum: createHash("sha256").update(file.sql).digest("hex"),
        finished: true,
        applied_steps_count: 1,
      })),
    );
  });
});

describe.skipIf(skipReason)("the PostgreSQL migration step", () => {
  it("applies each migration once when two instances start at once", async () => {
    const fresh = (await freshPostgresqlUrl())!;
    const results = await Promise.all([migratePostgresql(fresh), migratePostgresql(fresh)]);
    const count = readMigrations(POSTGRESQL_MIGRATIONS_DIR).length;
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, count]);
    expect(await migratePostgresql(fresh)).toEqual({ applied: [], alreadyApplied: count });
  });

  it("refuses a database whose applied migration was edited afterwards", async () => {
    const fresh = (await freshPostgresqlUrl())!;
    await migratePostgresql(fresh);
    const writable = new pg.Client({ connectionString: fresh });
    await writable.connect();
    await writable.query(`UPDATE _prisma_migrations SET checksum = 'edited'`);
    await writable.end();
    await expect(migratePostgresql(fresh)).rejects.toThrow(/was changed after it was applied/);
  });
});
