import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../lib/db/client";
import { migrateSqlite } from "../lib/db/migrate";
import { freshDatabaseUrl } from "../lib/test/database";
import { campaignFacts, petitions, prisoners, updates } from "./data/content";
import { seedDatabase } from "./seed-database";

const url = freshDatabaseUrl();
migrateSqlite(url);
const db = createPrismaClient(url);
afterAll(() => db.$disconnect());

const LOCALES = ["be", "ru"] as const;

/** The seed's English texts in the shape of a translations file. */
function seedEnglish() {
  const own = (row: object, fields: string[]) =>
    Object.fromEntries(
      fields.flatMap((field) => ((row as Record<string, unknown>)[field] ? [[field, (row as Record<string, unknown>)[field]]] : [])),
    );
  return {
    prisoners: Object.fromEntries(
      prisoners.map((p) => [
        p.slug,
        {
          ...own(p, ["biography", "sentence", "court", "placeOfDetention"]),
          charges: p.charges.map((c) => c.description),
          events: p.events.map((e) => e.text),
        },
      ]),
    ),
    campaignFacts: Object.fromEntries(campaignFacts.map((f) => [f.key, { text: f.text }])),
    updates: Object.fromEntries(
      updates.map((u) => [
        u.slug,
        { title: u.title, summary: u.summary, body: readFileSync(join(import.meta.dirname, "data", u.bodyFile), "utf8").trim() },
      ]),
    ),
    petitions: Object.fromEntries(petitions.map((p) => [p.slug, own(p, ["title", "summary", "body", "target"])])),
  };
}
const seedFile = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "data", "translations", name), "utf8"));

/** Every text of a translations file, by its path ("prisoners.marfa-rabkova.events.2"). */
function texts(value: unknown, path = ""): Map<string, string> {
  if (typeof value === "string") return new Map([[path, value]]);
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as object);
  return new Map(entries.flatMap(([key, v]) => [...texts(v, path ? `${path}.${key}` : key)]));
}

/** The numbers a text states (dates, counts, articles, years), "1,135" read as 1135. */
const numbers = (text: string) => (text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, "$1").match(/\d+/g) ?? []).sort();

describe("the seed in Belarusian and Russian", () => {
  const english = texts(seedEnglish());

  it.each(LOCALES)("%s: translates every seeded text, and states the same numbers as the English", (locale) => {
    const translated = texts(seedFile(`${locale}.json`));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of translated) {
      expect(text.trim(), path).not.toBe("");
      expect(numbers(text), path).toEqual(numbers(english.get(path)!));
    }
  });

  it("stores them on the first seed, so no seeded page shows English in Belarusian or Russian, and adds none again", async () => {
    const { created } = await seedDatabase(db);
    expect(created.translations).toBe(2 * english.size);
    for (const locale of LOCALES) {
      const stored = await db.contentTranslation.count({ where: { locale } });
      expect(stored, locale).toBe(english.size);
    }
    expect((await seedDatabase(db)).created.translations).toBe(0);
  });

  it("leaves a page alone once staff saved its translations, and skips a text whose English staff changed", async () => {
    const marfa = await db.prisoner.findUniqueOrThrow({ where: { slug: "marfa-rabkova" }, select: { id: true } });
    await db.contentTranslation.deleteMany({ where: { subjectId: marfa.id, locale: "ru", field: "biography" } });
    await db.auditLog.create({
      data: { action: "translation.save", entityType: "ContentTranslation", entityId: "prisoners/marfa-rabkova/ru" },
    });
    const nasta = await db.prisoner.update({
      where: { slug: "nasta-loika" },
      data: { biography: "Changed by staff." },
      select: { id: true },
    });
    await db.contentTranslation.deleteMany({ where: { subjectId: nasta.id, field: "biography" } });

    expect((await seedDatabase(db)).created.translations).toBe(0);
    expect(await db.contentTranslation.count({ where: { subjectId: marfa.id, locale: "ru", field: "biography" } })).toBe(0);
    expect(await db.contentTranslation.count({ where: { subjectId: nasta.id, field: "biography" } })).toBe(0);
  });
});
