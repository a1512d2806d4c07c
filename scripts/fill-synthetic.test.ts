import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { sqliteFilePath } from "../lib/database-url";
import { openCountry, openName } from "../lib/petitions/sealed";
import { emailHashOf } from "../lib/supporters/identity";
import { freshDatabaseUrl } from "../lib/test/database";
import { BENCH_PETITION } from "./bench/petition";
import { checkTarget, fillSynthetic, syntheticPerson, type FillOptions } from "./fill/synthetic";

const small = (database: string, reset = false): FillOptions => ({ database, profiles: 50, signatures: 2_000, petitions: 20, reset });

describe("npm run db:fill (small)", () => {
  it("fills a separate database that the app's own search, counts and keys read", async () => {
    const url = freshDatabaseUrl();
    const result = await fillSynthetic(small(url));

    // The seed content is there too (a handful of real profiles and petitions).
    expect(result.counts.signatures).toBe(2_000);
    expect(result.counts.confirmed + result.counts.pending).toBe(2_000);
    expect(result.counts.pending).toBe(200);
    expect(result.counts.prisoners).toBeGreaterThan(50);
    expect(result.counts.petitions).toBeGreaterThan(20);
    expect(result.bytes).toBeGreaterThan(0);

    const sqlite = new Database(sqliteFilePath(url), { readonly: true });
    try {
      const synthetic = sqlite.prepare(`SELECT count(*) AS n FROM "Prisoner" WHERE "slug" LIKE 'synthetic-%'`).get() as { n: number };
      expect(synthetic.n).toBe(50);
      // Every petition's stored count is its confirmed rows; the benched petition got its share.
      const petitions = sqlite
        .prepare(
          `SELECT p."slug", p."confirmedCount", (SELECT count(*) FROM "Signature" s WHERE s."petitionId" = p."id" AND s."state" = 'CONFIRMED') AS rows
           FROM "Petition" p`,
        )
        .all() as { slug: string; confirmedCount: number; rows: number }[];
      for (const petition of petitions) expect(petition.confirmedCount, petition.slug).toBe(petition.rows);
      expect(petitions.find((p) => p.slug === BENCH_PETITION)?.rows).toBeGreaterThan(100);
      // Sealed and hashed with this installation's keys, as signing does.
      const row = sqlite
        .prepare(`SELECT "nameEncrypted", "countryEncrypted", "emailHash" FROM "Signature" WHERE "emailHash" = ?`)
        .get(emailHashOf("signer-42@example.invalid")) as { nameEncrypted: string; countryEncrypted: string; emailHash: string };
      expect(openName(row.nameEncrypted)).toBe("Synthetic Signer 42");
      expect(openCountry(row.countryEncrypted)).toMatch(/^[A-Z]{2}$/);
    } finally {
      sqlite.close();
    }

    // The app's search, on the filled database, finds one person by their code name.
    const person = syntheticPerson(42);
    const appUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    vi.resetModules();
    try {
      const { searchPrisoners } = await import("../lib/prisoners/queries");
      const found = await searchPrisoners({ q: person.codeName.toLowerCase(), page: 1 });
      // The search forgives typos, so near code names follow; the exact one comes first.
      expect(found.items[0]?.slug).toBe(person.slug);
      expect((await searchPrisoners({ q: "Synthetic Person", page: 1 })).total).toBe(50);
    } finally {
      process.env.DATABASE_URL = appUrl;
      vi.resetModules();
    }
  });

  it("refuses a database that holds anything, unless told to reset it", async () => {
    const url = freshDatabaseUrl();
    await fillSynthetic({ ...small(url), signatures: 10, profiles: 2 });
    await expect(fillSynthetic(small(url))).rejects.toThrow(/not empty: pass --reset/);
    const again = await fillSynthetic({ ...small(url, true), signatures: 30, profiles: 3 });
    expect(again.counts.signatures).toBe(30);
  });

  it("refuses the database the app itself uses", async () => {
    await expect(fillSynthetic(small(process.env.DATABASE_URL!, true))).rejects.toThrow(/the database the app uses/);
  });

  it("says why it refuses, whichever database the app runs on", () => {
    const postgres = "postgresql://campaign@127.0.0.1:5432/free_them";
    expect(() => checkTarget(postgres, true, { DATABASE_URL: postgres })).toThrow(/the database the app uses/);
    expect(() => checkTarget("file:./data/app.db", true, { DATABASE_URL: "file:data/app.db" })).toThrow(/the database the app uses/);
    expect(() => checkTarget("postgresql://campaign@127.0.0.1:5432/synthetic", true, { DATABASE_URL: "file:./data/app.db" })).toThrow(
      /only SQLite/,
    );
  });
});
