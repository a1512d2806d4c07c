import { createHash } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "../lib/database-url";
import { migrateSqlite, readMigrations } from "../lib/db/migrate";
import { freshDatabaseUrl } from "../lib/test/database";
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

// The committed SQL migrations must build exactly the database schema.prisma declares:
// every model, column (type and nullability), primary key, index, unique constraint and
// foreign key, and nothing more. A hand-edited migration or a schema change without a
// migration fails here.

const SQLITE_TYPES: Record<string, string> = {
  String: "TEXT",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Float: "REAL",
  Decimal: "DECIMAL",
  Boolean: "BOOLEAN",
  DateTime: "DATETIME",
  Json: "JSONB",
  Bytes: "BLOB",
};

let sqlite: Database.Database;

const columns = (table: string) =>
  sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; pk: number }[];
const indexes = (table: string) =>
  (sqlite.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number; origin: string }[]).map((index) => ({
    unique: index.unique === 1,
    origin: index.origin,
    columns: (sqlite.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name),
  }));

beforeAll(() => {
  const url = freshDatabaseUrl();
  migrateSqlite(url);
  sqlite = new Database(sqliteFilePath(url), { readonly: true });
});

describe("migrations match schema.prisma", () => {
  it("create one table per model and per implicit many-to-many relation, and nothing else", () => {
    const tables = (
      sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]
    )
      .map((row) => row.name)
      .filter((name) => name !== "_prisma_migrations")
      .sort();
    expect(tables).toEqual(expectedTables());
  });

  it.each(dmmf.models.map((model) => [model.name, model] as const))("%s has every column with its type and nullability", (_name, model) => {
    const actual = columns(tableOf(model));
    const expected = scalarFields(model).map((field) => ({
        name: field.dbName ?? field.name,
        type: field.kind === "enum" ? "TEXT" : SQLITE_TYPES[field.type],
        notnull: field.isRequired ? 1 : 0,
      }));
    expect(actual.map(({ name, type, notnull }) => ({ name, type, notnull })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected.sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it.each(dmmf.models.map((model) => [model.name, model] as const))("%s has its primary key", (_name, model) => {
    const actual = columns(tableOf(model))
      .filter((column) => column.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((column) => column.name);
    expect(actual).toEqual(primaryKeyColumns(model));
  });

  it.each(dmmf.models.map((model) => [model.name, model] as const))("%s has exactly its indexes and unique constraints", (_name, model) => {
    const actual = indexes(tableOf(model))
      .filter((index) => index.origin !== "pk")
      .map(({ unique, columns }) => ({ unique, columns }));
    expect(actual.map(indexKey).sort()).toEqual(expectedIndexes(model).map(indexKey).sort());
  });

  it.each(dmmf.models.map((model) => [model.name, model] as const))("%s has a foreign key for each relation it holds", (_name, model) => {
    const rows = sqlite.prepare(`PRAGMA foreign_key_list("${tableOf(model)}")`).all() as {
      id: number;
      table: string;
      from: string;
      to: string;
      on_delete: string;
    }[];
    const byId = new Map<number, { table: string; from: string[]; to: string[]; onDelete: string }>();
    for (const row of rows) {
      const fk = byId.get(row.id) ?? { table: row.table, from: [], to: [], onDelete: row.on_delete };
      fk.from.push(row.from);
      fk.to.push(row.to);
      byId.set(row.id, fk);
    }
    const actual = [...byId.values()].map((fk) => ({
      table: fk.table,
      from: fk.from.join(","),
      to: fk.to.join(","),
      onDelete: fk.onDelete,
    }));
    expect(actual.map(foreignKeyKey).sort()).toEqual(expectedForeignKeys(model).map(foreignKeyKey).sort());
  });

  it("gives each implicit many-to-many table its A/B columns and indexes", () => {
    for (const table of implicitManyToMany) {
      expect(
        columns(table)
          .map((c) => c.name)
          .sort(),
      ).toEqual(["A", "B"]);
      expect(
        indexes(table)
          .map((i) => `${i.unique}:${i.columns.join(",")}`)
          .sort(),
      ).toEqual(["false:B", "true:A,B"]);
    }
  });
});

describe("the migration step", () => {
  it("records each migration as Prisma does, with the file's sha256 checksum", () => {
    const rows = sqlite
      .prepare(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`)
      .all();
    const files = readMigrations();
    expect(rows).toEqual(
      files.map((file) => ({
        migration_name: file.name,
        checksum: createHash("sha256").update(file.sql).digest("hex"),
        finished_at: expect.any(String),
        applied_steps_count: 1,
      })),
    );
  });

  it("is safe to run again: nothing is applied twice", () => {
    const url = freshDatabaseUrl();
    expect(migrateSqlite(url).applied.length).toBe(readMigrations().length);
    expect(migrateSqlite(url)).toEqual({ applied: [], alreadyApplied: readMigrations().length });
  });

  it("refuses a database whose applied migration was edited afterwards", () => {
    const url = freshDatabaseUrl();
    migrateSqlite(url);
    const writable = new Database(sqliteFilePath(url));
    writable.prepare(`UPDATE _prisma_migrations SET checksum = 'edited'`).run();
    writable.close();
    expect(() => migrateSqlite(url)).toThrow(/was changed after it was applied/);
  });
});

describe("upgrading a database that holds data", () => {
  it("keeps every row, children included, when a migration rebuilds a table", async () => {
    const { mkdtempSync, cpSync, readdirSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const all = readdirSync(join(process.cwd(), "prisma", "migrations"))
      .filter((name) => /^\d{14}_/.test(name))
      .sort();
    const firstTwo = mkdtempSync(join(tmpdir(), "free-them-migrations-"));
    for (const name of all.slice(0, 2))
      cpSync(join(process.cwd(), "prisma", "migrations", name), join(firstTwo, name), { recursive: true });

    const url = freshDatabaseUrl();
    migrateSqlite(url, firstTwo);
    const counts = () => {
      const db = new Database(sqliteFilePath(url), { readonly: true });
      const result = Object.fromEntries(
        [
          "Prisoner",
          "NameSpelling",
          "Charge",
          "TimelineEvent",
          "_EventSources",
          "_PrisonerSources",
          "_UpdatePrisoners",
          "Update",
          "Petition",
          "_PetitionPrisoners",
        ].map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n]),
      );
      db.close();
      return result;
    };
    // Rows written as the old schema has them: a person with children in every kind of child table.
    const old = new Database(sqliteFilePath(url));
    const now = "2026-01-01T00:00:00.000+00:00";
    old.exec(`
      INSERT INTO "Prisoner" (id, slug, nameLatin, searchKey, status, featured, createdAt, updatedAt) VALUES ('p1', 'someone', 'Someone', '|sami|', 'DETAINED', 0, '${now}', '${now}');
      INSERT INTO "NameSpelling" (id, prisonerId, value, language) VALUES ('n1', 'p1', 'Someone', 'en');
      INSERT INTO "Charge" (id, prisonerId, article, description, position) VALUES ('c1', 'p1', '342', 'x', 0);
      INSERT INTO "TimelineEvent" (id, prisonerId, kind, occurredOn, precision, text) VALUES ('e1', 'p1', 'ARREST', '${now}', 'DAY', 'x');
      INSERT INTO "Source" (id, key, title) VALUES ('s1', 'k', 'A source');
      INSERT INTO "_EventSources" (A, B) VALUES ('s1', 'e1');
      INSERT INTO "_PrisonerSources" (A, B) VALUES ('p1', 's1');
      INSERT INTO "Update" (id, slug, title, summary, body, publishedAt, createdAt, updatedAt) VALUES ('u1', 'u', 'U', 'S', 'B', '${now}', '${now}', '${now}');
      INSERT INTO "_UpdatePrisoners" (A, B) VALUES ('p1', 'u1');
      INSERT INTO "Petition" (id, slug, title, summary, body, target, goal, state, confirmedCount, createdAt, updatedAt) VALUES ('t1', 'pet', 'T', 'S', 'B', 'X', 10, 'OPEN', 0, '${now}', '${now}');
      INSERT INTO "_PetitionPrisoners" (A, B) VALUES ('t1', 'p1');
    `);
    old.close();
    const before = counts();
    expect(before.NameSpelling).toBeGreaterThan(0);
    expect(migrateSqlite(url).applied).toEqual(all.slice(2));
    expect(counts()).toEqual(before);
  });
});
