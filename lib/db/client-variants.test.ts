import { describe, expect, it } from "vitest";
import * as sqlite from "../generated/prisma/client";
import * as postgresql from "../generated/prisma-pg/client";

// The app is typed against the SQLite client (lib/db/client.ts) and runs the PostgreSQL one on
// PostgreSQL. That is sound while both have the same models, fields and enums; PostgreSQL's
// query inputs are a superset (e.g. `mode: "insensitive"`), so a query typed for SQLite is valid there.
const fieldEnums = (namespace: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(namespace).filter(([name]) => name.endsWith("ScalarFieldEnum")));

describe("the two generated clients", () => {
  it("have the same models, fields and enums", () => {
    expect(postgresql.Prisma.ModelName).toEqual(sqlite.Prisma.ModelName);
    expect(fieldEnums(postgresql.Prisma)).toEqual(fieldEnums(sqlite.Prisma));
    expect(Object.keys(fieldEnums(sqlite.Prisma)).length).toBe(Object.keys(sqlite.Prisma.ModelName).length);
    const enums = (module: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(module).filter(([, value]) => typeof value === "object" && value && !("ModelName" in value)));
    expect(enums(postgresql.$Enums)).toEqual(enums(sqlite.$Enums));
  });

  it("share one error class, so errors thrown on PostgreSQL are recognised by the SQLite client's checks", () => {
    expect(postgresql.Prisma.PrismaClientKnownRequestError).toBe(sqlite.Prisma.PrismaClientKnownRequestError);
    expect(postgresql.Prisma.sql).toBe(sqlite.Prisma.sql);
  });
});
