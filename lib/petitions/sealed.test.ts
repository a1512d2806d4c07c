import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { sqliteFilePath } from "../database-url";
import { createPrismaClient } from "../db/client";
import { migrateSqlite } from "../db/migrate";
import { freshDatabaseUrl } from "../test/database";
import { openCountry, openName, sealPlainSignatures } from "./sealed";

// Upgrading a database whose signatures hold names and countries in clear: the migration renames
// the columns, and the step every server runs at start seals what is still readable.

const MIGRATIONS = join(process.cwd(), "prisma", "migrations");
const OURS = "20261201120000_signatures_sealed";

describe("sealing signatures stored before names were sealed", () => {
  it("leaves no name or country in clear, keeps erased names erased, and seals nothing twice", async () => {
    const before = mkdtempSync(join(tmpdir(), "free-them-migrations-"));
    for (const name of readdirSync(MIGRATIONS).filter((name) => /^\d{14}_/.test(name) && name < OURS)) {
      cpSync(join(MIGRATIONS, name), join(before, name), { recursive: true });
    }
    const url = freshDatabaseUrl();
    migrateSqlite(url, before);
    const old = new Database(sqliteFilePath(url));
    const now = "2026-01-01T00:00:00.000+00:00";
    old.exec(`
      INSERT INTO "Petition" (id, slug, title, summary, body, target, goal, state, confirmedCount, createdAt, updatedAt) VALUES ('t1', 'pet', 'T', 'S', 'B', 'X', 10, 'OPEN', 2, '${now}', '${now}');
      INSERT INTO "Signature" (id, petitionId, name, emailHash, country, state, showName, createdAt) VALUES ('s1', 't1', 'Ales Bialiatski', 'h1', 'BY', 'CONFIRMED', 0, '${now}');
      INSERT INTO "Signature" (id, petitionId, name, emailHash, country, state, showName, createdAt) VALUES ('s2', 't1', NULL, 'h2', 'LT', 'CONFIRMED', 0, '${now}');
    `);
    old.close();
    migrateSqlite(url);

    const db = createPrismaClient(url);
    try {
      expect(await sealPlainSignatures(db)).toBe(2);
      const rows = await db.signature.findMany({
        select: { id: true, nameEncrypted: true, countryEncrypted: true },
        orderBy: { id: "asc" },
      });
      expect(rows.map((r) => [r.id, openName(r.nameEncrypted), openCountry(r.countryEncrypted)])).toEqual([
        ["s1", "Ales Bialiatski", "BY"],
        ["s2", "", "LT"],
      ]);
      expect(rows[1]!.nameEncrypted).toBeNull();
      expect(JSON.stringify(rows)).not.toMatch(/Bialiatski|"BY"|"LT"/);
      expect(await sealPlainSignatures(db)).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
