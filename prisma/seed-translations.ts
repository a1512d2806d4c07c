import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../lib/db/client";
import { TRANSLATED_LOCALES, type Subject } from "../lib/translations/schema";
import { campaignFacts, petitions, prisoners, updates } from "./data/content";

// The seed content in Belarusian and Russian (prisma/data/translations/<locale>.json), in the
// shape of the English: a profile's charges and timeline entries in the seed's order. Like the
// rest of the seed it only adds what is missing, and a text whose English staff have changed
// since is not translated from the seed (the translation would no longer say the same).

type TextFields = Record<string, string>;
interface SeedTranslations {
  prisoners: Record<string, TextFields & { charges?: string[]; events?: string[] }>;
  campaignFacts: Record<string, TextFields>;
  updates: Record<string, TextFields>;
  petitions: Record<string, TextFields>;
}

const DATA_DIR = join(import.meta.dirname, "data");

function translationsOf(locale: string): SeedTranslations {
  return JSON.parse(readFileSync(join(DATA_DIR, "translations", `${locale}.json`), "utf8")) as SeedTranslations;
}

/** One text to translate: the record, the field, the English it was written for, and the text. */
interface Candidate {
  /** The translation page it belongs to (lib/translations: "prisoners/<slug>", "facts/all"). */
  document: string;
  subject: Subject;
  subjectId: string;
  field: string;
  /** The English in the database now, and the English the seed translated. */
  stored: string | null;
  seeded: string;
  text: string;
}

function fieldsOf(document: string, subject: Subject, subjectId: string, stored: object, english: object, texts: TextFields) {
  const seeded = english as Record<string, unknown>;
  return Object.entries(texts)
    .filter(([field, text]) => typeof text === "string" && typeof seeded[field] === "string")
    .map(([field, text]) => ({
      document,
      subject,
      subjectId,
      field,
      stored: typeof (stored as Record<string, unknown>)[field] === "string" ? ((stored as Record<string, string>)[field] ?? null) : null,
      seeded: seeded[field] as string,
      text,
    }));
}

async function candidates(db: Database, seed: SeedTranslations): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const person of prisoners) {
    const texts = seed.prisoners[person.slug];
    if (!texts) continue;
    const row = await db.prisoner.findUnique({
      where: { slug: person.slug },
      select: {
        id: true,
        biography: true,
        sentence: true,
        court: true,
        placeOfDetention: true,
        charges: { select: { id: true, description: true, position: true } },
        events: { select: { id: true, text: true } },
      },
    });
    if (!row) continue;
    const { charges = [], events = [], ...own } = texts;
    const document = `prisoners/${person.slug}`;
    found.push(...fieldsOf(document, "prisoner", row.id, row, person, own));
    person.charges.forEach((charge, position) => {
      const stored = row.charges.find((c) => c.position === position);
      if (stored && charges[position])
        found.push({
          document,
          subject: "charge",
          subjectId: stored.id,
          field: "description",
          stored: stored.description,
          seeded: charge.description,
          text: charges[position],
        });
    });
    person.events.forEach((event, index) => {
      // Matched by their English: timeline entries have no key of their own.
      const stored = row.events.find((e) => e.text === event.text);
      if (stored && events[index])
        found.push({
          document,
          subject: "event",
          subjectId: stored.id,
          field: "text",
          stored: stored.text,
          seeded: event.text,
          text: events[index],
        });
    });
  }
  for (const fact of campaignFacts) {
    const row = await db.campaignFact.findUnique({ where: { key: fact.key }, select: { id: true, text: true } });
    const texts = seed.campaignFacts[fact.key];
    if (row && texts) found.push(...fieldsOf("facts/all", "fact", row.id, row, fact, texts));
  }
  for (const update of updates) {
    const row = await db.update.findUnique({ where: { slug: update.slug }, select: { id: true, title: true, summary: true, body: true } });
    const texts = seed.updates[update.slug];
    const body = readFileSync(join(DATA_DIR, update.bodyFile), "utf8").trim();
    if (row && texts) found.push(...fieldsOf(`updates/${update.slug}`, "update", row.id, row, { ...update, body }, texts));
  }
  for (const petition of petitions) {
    const row = await db.petition.findUnique({
      where: { slug: petition.slug },
      select: { id: true, title: true, summary: true, body: true, target: true },
    });
    const texts = seed.petitions[petition.slug];
    if (row && texts) found.push(...fieldsOf(`petitions/${petition.slug}`, "petition", row.id, row, petition, texts));
  }
  return found;
}

/**
 * Adds the seed's Belarusian and Russian texts that are missing; returns how many it added. A page
 * whose translations staff have saved is theirs: a text they emptied stays empty.
 */
export async function seedTranslations(db: Database): Promise<number> {
  const saved = await db.auditLog.findMany({ where: { action: "translation.save" }, select: { entityId: true } });
  const staffOwned = new Set(saved.map((entry) => entry.entityId));
  let created = 0;
  for (const locale of TRANSLATED_LOCALES) {
    const wanted = (await candidates(db, translationsOf(locale))).filter(
      (c) => c.stored === c.seeded && !staffOwned.has(`${c.document}/${locale}`),
    );
    if (wanted.length === 0) continue;
    const existing = await db.contentTranslation.findMany({
      where: { locale, subjectId: { in: [...new Set(wanted.map((c) => c.subjectId))] } },
      select: { subject: true, subjectId: true, field: true },
    });
    const have = new Set(existing.map((row) => `${row.subject}:${row.subjectId}:${row.field}`));
    const missing = wanted.filter((c) => !have.has(`${c.subject}:${c.subjectId}:${c.field}`));
    if (missing.length === 0) continue;
    const result = await db.contentTranslation.createMany({
      data: missing.map(({ subject, subjectId, field, text }) => ({ subject, subjectId, field, text, locale })),
    });
    created += result.count;
  }
  return created;
}
