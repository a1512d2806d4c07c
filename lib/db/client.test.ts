import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { processDatabase } from "./client";

afterAll(() => db.$disconnect());

describe("the shared client", () => {
  it("is one per process: the app's db and the proxy's lookups share it", () => {
    expect(processDatabase(env.DATABASE_URL)).toBe(db);
    expect(processDatabase(env.DATABASE_URL)).toBe(processDatabase(env.DATABASE_URL));
  });

  it("leaves secret columns out of every result unless the query names them, in a transaction too", async () => {
    const email = `omit-${randomUUID().slice(0, 8)}@staff.test`;
    const created = await db.staffUser.create({ data: { email, role: "MODERATOR", passwordHash: "not-a-real-hash" } });
    expect(created).not.toHaveProperty("passwordHash");
    expect(await db.staffUser.findUniqueOrThrow({ where: { email } })).not.toHaveProperty("passwordHash");
    expect(await db.$transaction((tx) => tx.staffUser.findUniqueOrThrow({ where: { email } }))).not.toHaveProperty("passwordHash");
    // Filtering by a secret still works; reading it takes a select or an omit opt-in.
    expect(await db.staffUser.count({ where: { email, passwordHash: "not-a-real-hash" } })).toBe(1);
    expect(await db.staffUser.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } })).toEqual({
      passwordHash: "not-a-real-hash",
    });
    expect(await db.staffUser.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } })).toHaveProperty("passwordHash");
    await db.staffUser.delete({ where: { email } });
  });
});
