import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { searchPrisoners } from "./queries";
import { PRISONERS_PER_PAGE } from "./schema";
import { searchKeyForSpellings } from "./search-key";

afterAll(() => db.$disconnect());

const search = (q: string, extra: { status?: "DETAINED" | "RELEASED"; page?: number } = {}) =>
  searchPrisoners({ q, page: extra.page ?? 1, status: extra.status });
const slugs = async (q: string, extra = {}) => (await search(q, extra)).items.map((p) => p.slug);

describe("searchPrisoners (seeded database)", () => {
  it.each(["Kolesnikova", "Калеснікава", "Колесникова", "kalesnikava"])("finds Maryia Kalesnikava by %s", async (q) => {
    expect(await slugs(q)).toEqual(["maryia-kalesnikava"]);
  });

  it.each(["Беляцкий", "Bialiatski", "Byalyatski"])("finds Ales Bialiatski by %s", async (q) => {
    expect(await slugs(q)).toEqual(["ales-bialiatski"]);
  });

  it("filters by status", async () => {
    expect(await slugs("", { status: "DETAINED" })).toEqual(["marfa-rabkova", "nasta-loika"]);
    expect(await slugs("Rabkova", { status: "RELEASED" })).toEqual([]);
  });

  it("counts days behind bars for each result", async () => {
    const { items } = await search("Rabkova");
    expect(items[0]?.daysBehindBars).toBeGreaterThan(2000);
  });

  it("keeps LIKE wildcards out of the query: punctuation alone matches like an empty search", async () => {
    expect(await slugs("%_%")).toEqual(await slugs(""));
    expect(await slugs("%Rabkova_")).toEqual(["marfa-rabkova"]);
  });

  it("forgives word order, a patronymic and a typo, and names the spelling that matched", async () => {
    const first = async (q: string) => (await search(q)).items[0];
    expect(await first("Колесникова Мария")).toMatchObject({ slug: "maryia-kalesnikava", matched: "Мария Колесникова" });
    expect((await first("Мария Александровна Колесникова"))?.slug).toBe("maryia-kalesnikava");
    expect(await first("Kalesnikva")).toMatchObject({ slug: "maryia-kalesnikava", matched: "Maryia Kalesnikava" });
    expect(await slugs("Rabkova Marfa Yurievna")).toEqual(["marfa-rabkova"]);
  });

  it("pages through many people in a stable order", async () => {
    // Test fixtures, not seed content: enough people for three pages.
    const fixtures = Array.from({ length: PRISONERS_PER_PAGE * 2 + 3 }, (_, i) => {
      const name = `Fixture Person ${String(i).padStart(3, "0")}`;
      return { slug: `fixture-${i}`, nameLatin: name, searchKey: searchKeyForSpellings([name]), status: "DETAINED" as const };
    });
    await db.prisoner.createMany({ data: fixtures });
    try {
      const first = await search("fixture person");
      const third = await search("fixture person", { page: 3 });
      expect(first.total).toBe(fixtures.length);
      expect(first.pageCount).toBe(3);
      expect(first.items).toHaveLength(PRISONERS_PER_PAGE);
      expect(third.items.map((p) => p.nameLatin)).toEqual(fixtures.slice(-3).map((f) => f.nameLatin));
    } finally {
      await db.prisoner.deleteMany({ where: { slug: { startsWith: "fixture-" } } });
    }
  });
});
