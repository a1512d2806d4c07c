import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRESQL_SCHEMA, postgresqlSchema, SQLITE_SCHEMA } from "./schema-variants";

describe("the PostgreSQL schema variant", () => {
  it("is exactly what `npm run prisma:generate` writes from prisma/schema.prisma", () => {
    const expected = postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
    // On failure: run `npm run prisma:generate` and commit prisma/postgresql/schema.prisma.
    expect(readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(expected);
  });

  it("differs from the SQLite schema only in provider and client folder", () => {
    const variant = postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(variant).toMatch(/provider = "postgresql"/);
    expect(variant).toMatch(/output\s*=\s*"\.\.\/\.\.\/lib\/generated\/prisma-pg"/);
    expect(variant).not.toMatch(/"sqlite"/);
  });
});
