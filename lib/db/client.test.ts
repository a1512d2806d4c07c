import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "../database-url";
import { db } from "../db";
import { env } from "../env";
import { testProvider } from "../test/database";
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

describe.skipIf(testProvider() !== "sqlite")("SQLite transactions", () => {
  it("a transaction that reads and then writes is not undone by another connection writing in between", async () => {
    const email = `between-${randomUUID().slice(0, 8)}@staff.test`;
    await db.staffUser.create({ data: { email, role: "MODERATOR" } });
    // Another connection of the same process, as the signing writer and the rate limiter are; it
    // does not wait, so it either writes in between or is refused at once.
    const other = new Database(sqliteFilePath(env.DATABASE_URL), { timeout: 0 });
    let otherWrote = false;
    try {
      await db.$transaction(async (tx) => {
        const user = await tx.staffUser.findUniqueOrThrow({ where: { email } });
        try {
          other.prepare(`UPDATE "StaffUser" SET "name" = 'other' WHERE "email" = ?`).run(email);
          otherWrote = true;
        } catch (error) {
          expect((error as { code?: string }).code).toMatch(/^SQLITE_BUSY/);
        }
        await tx.staffUser.update({ where: { id: user.id }, data: { name: "transaction" } });
      });
    } finally {
      other.close();
    }
    // The transaction held the write lock from its start: the other connection was refused.
    expect(otherWrote).toBe(false);
    expect((await db.staffUser.findUniqueOrThrow({ where: { email } })).name).toBe("transaction");
    await db.staffUser.delete({ where: { email } });
  });
});
