import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../lib/db/client";
import { searchKeyForSpellings } from "../lib/prisoners/search-key";
import { campaignFacts, moderationWords, petitions, prisoners, sources, updates } from "./data/content";
import { seedTranslations } from "./seed-translations";

const DATA_DIR = join(import.meta.dirname, "data");

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const optionalDay = (iso: string | undefined) => (iso ? day(iso) : null);
const byKeys = (keys: string[]) => keys.map((key) => ({ key }));

const wordKey = (word: { term?: unknown; kind?: unknown }) => `${String(word.kind)}:${String(word.term)}`;
function parseWord(json: string | null): { term?: unknown; kind?: unknown } {
  try {
    return JSON.parse(json ?? "{}") ?? {};
  } catch {
    return {};
  }
}

export interface SeedResult {
  created: {
    sources: number;
    prisoners: number;
    campaignFacts: number;
    updates: number;
    petitions: number;
    moderationWords: number;
    translations: number;
  };
}

/**
 * Creates whatever seed content is missing and never changes what exists, so it is safe on every
 * start: staff edits to a seeded profile survive, and new seed content appears on old databases.
 */
export async function seedDatabase(db: Database): Promise<SeedResult> {
  const created = { sources: 0, prisoners: 0, campaignFacts: 0, updates: 0, petitions: 0, moderationWords: 0, translations: 0 };

  const existingSources = new Set((await db.source.findMany({ select: { key: true } })).map((s) => s.key));
  for (const source of sources.filter((s) => !existingSources.has(s.key))) {
    await db.source.create({
      data: { key: source.key, title: source.title, url: source.url ?? null, publishedOn: optionalDay(source.publishedOn) },
    });
    created.sources++;
  }

  const existingPrisoners = new Set((await db.prisoner.findMany({ select: { slug: true } })).map((p) => p.slug));
  for (const person of prisoners.filter((p) => !existingPrisoners.has(p.slug))) {
    await db.prisoner.create({
      data: {
        slug: person.slug,
        nameLatin: person.nameLatin,
        nameBelarusian: person.nameBelarusian ?? null,
        nameRussian: person.nameRussian ?? null,
        searchKey: searchKeyForSpellings(person.spellings.map((s) => s.value)),
        status: person.status,
        detainedOn: optionalDay(person.detainedOn),
        releasedOn: optionalDay(person.releasedOn),
        birthDate: optionalDay(person.birthDate),
        sentence: person.sentence ?? null,
        sentencedOn: optionalDay(person.sentencedOn),
        court: person.court ?? null,
        biography: person.biography ?? null,
        featured: person.featured,
        spellings: { create: person.spellings },
        charges: {
          create: person.charges.map((charge, position) => ({
            article: charge.article ?? null,
            description: charge.description,
            position,
          })),
        },
        events: {
          create: person.events.map((event) => ({
            kind: event.kind,
            occurredOn: day(event.occurredOn),
            precision: event.precision ?? "DAY",
            text: event.text,
            sources: { connect: byKeys(event.sources) },
          })),
        },
        sources: { connect: byKeys(person.sources) },
      },
    });
    created.prisoners++;
  }

  const existingFacts = new Set((await db.campaignFact.findMany({ select: { key: true } })).map((f) => f.key));
  for (const fact of campaignFacts.filter((f) => !existingFacts.has(f.key))) {
    await db.campaignFact.create({
      data: {
        key: fact.key,
        kind: fact.kind,
        occurredOn: day(fact.occurredOn),
        precision: fact.precision ?? "DAY",
        peopleCount: fact.peopleCount,
        text: fact.text,
        sources: { connect: byKeys(fact.sources) },
      },
    });
    created.campaignFacts++;
  }

  const existingUpdates = new Set((await db.update.findMany({ select: { slug: true } })).map((u) => u.slug));
  for (const update of updates.filter((u) => !existingUpdates.has(u.slug))) {
    await db.update.create({
      data: {
        slug: update.slug,
        title: update.title,
        summary: update.summary,
        body: readFileSync(join(DATA_DIR, update.bodyFile), "utf8").trim(),
        publishedAt: day(update.publishedAt),
        prisoners: { connect: update.prisoners.map((slug) => ({ slug })) },
        sources: { connect: byKeys(update.sources) },
      },
    });
    created.updates++;
  }

  const existingPetitions = new Set((await db.petition.findMany({ select: { slug: true } })).map((p) => p.slug));
  for (const petition of petitions.filter((p) => !existingPetitions.has(p.slug))) {
    await db.petition.create({
      data: {
        slug: petition.slug,
        title: petition.title,
        summary: petition.summary,
        body: petition.body,
        target: petition.target,
        goal: petition.goal,
        prisoners: { connect: petition.prisoners.map((slug) => ({ slug })) },
      },
    });
    created.petitions++;
  }

  // Default word lists. A default word an admin deleted stays deleted: its deletion is in the audit
  // log (lib/comments/actions.ts writes the term and kind there), and the seed skips it.
  const existingWords = new Set((await db.moderationWord.findMany({ select: { term: true, kind: true } })).map(wordKey));
  const deletions = await db.auditLog.findMany({ where: { action: "moderation-word.delete" }, select: { before: true } });
  for (const entry of deletions) existingWords.add(wordKey(parseWord(entry.before)));
  for (const word of moderationWords.filter((w) => !existingWords.has(wordKey(w)))) {
    await db.moderationWord.create({ data: { term: word.term, language: word.language, kind: word.kind } });
    created.moderationWords++;
  }

  created.translations = await seedTranslations(db);
  return { created };
}
