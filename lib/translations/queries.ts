import "server-only";
import { db } from "../db";
import type { DatabaseTransaction } from "../db/client";
import type { Locale } from "../i18n/routing";
import { publicPath } from "../paths";
import { TRANSLATABLE, translationKey, type FieldOf, type Subject, type TranslatedLocale, type TranslationKind } from "./schema";

// ---------------------------------------------------------------------------
// Public pages: a row's texts in the reader's language, where staff translated them.

/** The translations of one language for a set of rows, read in one query. */
export class Translations {
  constructor(
    readonly locale: Locale,
    private readonly texts: ReadonlyMap<string, string> = new Map(),
  ) {}

  text(subject: Subject, subjectId: string, field: string): string | undefined {
    return this.texts.get(translationKey(subject, subjectId, field));
  }

  /**
   * The row with each of `fields` in this language where a translation exists, and the names of
   * the fields that still show the English original (empty ones are not counted: nothing shows).
   */
  apply<S extends Subject, T extends { id: string } & Partial<Record<FieldOf<S>, string | null>>>(
    subject: S,
    row: T,
  ): T & { untranslated: FieldOf<S>[] } {
    const fields = Object.keys(TRANSLATABLE[subject]) as FieldOf<S>[];
    const localized: Record<string, unknown> = { ...row };
    const untranslated: FieldOf<S>[] = [];
    for (const field of fields) {
      const english = row[field];
      if (typeof english !== "string" || english === "") continue;
      if (this.locale === "en") continue;
      const text = this.text(subject, row.id, field);
      if (text) localized[field] = text;
      else untranslated.push(field);
    }
    return { ...(localized as T), untranslated };
  }
}

/** The texts in `locale` of the rows named, by subject; English needs no query. */
export async function loadTranslations(locale: Locale, wanted: Partial<Record<Subject, readonly string[]>>): Promise<Translations> {
  if (locale === "en") return new Translations(locale);
  const subjects = Object.entries(wanted).filter(([, ids]) => ids && ids.length > 0) as [Subject, string[]][];
  if (subjects.length === 0) return new Translations(locale);
  const rows = await db.contentTranslation.findMany({
    where: { locale, OR: subjects.map(([subject, ids]) => ({ subject, subjectId: { in: [...new Set(ids)] } })) },
    select: { subject: true, subjectId: true, field: true, text: true },
  });
  return new Translations(locale, new Map(rows.map((row) => [translationKey(row.subject as Subject, row.subjectId, row.field), row.text])));
}

/** Rows of one subject, each with its texts in `locale`. */
export async function localizeRows<S extends Subject, T extends { id: string } & Partial<Record<FieldOf<S>, string | null>>>(
  locale: Locale,
  subject: S,
  rows: T[],
): Promise<(T & { untranslated: FieldOf<S>[] })[]> {
  const translations = await loadTranslations(locale, { [subject]: rows.map((row) => row.id) });
  return rows.map((row) => translations.apply(subject, row));
}

// ---------------------------------------------------------------------------
// The content admin: every text of one page of content, its English and its translation.

export interface TranslationItem {
  key: string;
  subject: Subject;
  subjectId: string;
  field: string;
  /** What the text is, for staff ("Biography", "Charge 2", "Timeline, 2020-09-07"). */
  label: string;
  english: string;
  max: number;
  multiline: boolean;
  /** The stored translation; "" when there is none. */
  text: string;
}

export interface TranslationDocument {
  kind: TranslationKind;
  slug: string;
  title: string;
  /** The English public page (null for campaign facts, shown on several). */
  publicHref: string | null;
  items: TranslationItem[];
  /** Changes whenever any translation of the page changes: a save is conditioned on it. */
  version: string;
  /** Public pages to rebuild after a save. */
  paths: string[];
}

type Source = { subject: Subject; id: string; field: string; label: string; english: string | null };

const FIELD_LABELS: Record<string, string> = {
  biography: "Biography",
  sentence: "Sentence",
  court: "Court",
  placeOfDetention: "Place of detention",
  title: "Title",
  summary: "Summary",
  body: "Text",
  target: "Addressed to",
};

const MULTILINE = new Set(["biography", "body", "summary", "text", "description"]);

function fieldsOf(subject: Subject, id: string, row: Record<string, unknown>): Source[] {
  return Object.keys(TRANSLATABLE[subject]).map((field) => ({
    subject,
    id,
    field,
    label: FIELD_LABELS[field] ?? field,
    english: typeof row[field] === "string" ? (row[field] as string) : null,
  }));
}

/** The one text of a charge, a timeline entry or a fact, under its own label. */
function soleField(subject: "charge" | "event" | "fact", id: string, row: { [field: string]: unknown }, label: string): Source {
  const [field] = Object.keys(TRANSLATABLE[subject]) as [string];
  return { subject, id, field, label, english: typeof row[field] === "string" ? (row[field] as string) : null };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

async function sourcesOf(
  kind: TranslationKind,
  slug: string,
): Promise<{ title: string; publicHref: string | null; sources: Source[]; paths: string[] } | null> {
  switch (kind) {
    case "prisoners": {
      const person = await db.prisoner.findUnique({
        where: { slug },
        select: {
          id: true,
          nameLatin: true,
          biography: true,
          sentence: true,
          court: true,
          placeOfDetention: true,
          charges: { select: { id: true, description: true }, orderBy: { position: "asc" } },
          events: { select: { id: true, occurredOn: true, text: true }, orderBy: [{ occurredOn: "asc" }, { id: "asc" }] },
        },
      });
      if (!person) return null;
      return {
        title: person.nameLatin,
        publicHref: publicPath.prisoner(slug),
        sources: [
          ...fieldsOf("prisoner", person.id, person),
          ...person.charges.map((charge, index) => soleField("charge", charge.id, charge, `Charge ${index + 1}`)),
          ...person.events.map((event) => soleField("event", event.id, event, `Timeline, ${day(event.occurredOn)}`)),
        ],
        paths: [publicPath.prisoner(slug), publicPath.letter(slug)],
      };
    }
    case "updates": {
      const update = await db.update.findUnique({
        where: { slug },
        select: { id: true, title: true, summary: true, body: true, prisoners: { select: { slug: true } } },
      });
      if (!update) return null;
      return {
        title: update.title,
        publicHref: publicPath.update(slug),
        sources: fieldsOf("update", update.id, update),
        paths: [
          publicPath.update(slug),
          publicPath.updates,
          publicPath.home,
          publicPath.act,
          ...update.prisoners.map((p) => publicPath.prisoner(p.slug)),
        ],
      };
    }
    case "petitions": {
      const petition = await db.petition.findUnique({
        where: { slug },
        select: { id: true, title: true, summary: true, body: true, target: true, prisoners: { select: { slug: true } } },
      });
      if (!petition) return null;
      return {
        title: petition.title,
        publicHref: publicPath.petition(slug),
        sources: fieldsOf("petition", petition.id, petition),
        paths: [publicPath.petition(slug), publicPath.act, publicPath.home, ...petition.prisoners.map((p) => publicPath.prisoner(p.slug))],
      };
    }
    case "facts": {
      const facts = await db.campaignFact.findMany({
        select: { id: true, key: true, occurredOn: true, text: true },
        orderBy: [{ occurredOn: "desc" }, { key: "asc" }],
      });
      return {
        title: "Campaign facts",
        publicHref: null,
        sources: facts.map((fact) => soleField("fact", fact.id, fact, `${fact.key} (${day(fact.occurredOn)})`)),
        paths: [publicPath.home, publicPath.act, publicPath.prisoners],
      };
    }
  }
}

/** Every text of one page of content with its translation into `locale`; null when the page is gone. */
export async function getTranslationDocument(
  kind: TranslationKind,
  slug: string,
  locale: TranslatedLocale,
): Promise<TranslationDocument | null> {
  const found = await sourcesOf(kind, slug);
  if (!found) return null;
  const sources = found.sources.filter((source): source is Source & { english: string } => Boolean(source.english));
  const stored = await db.contentTranslation.findMany({
    where: { locale, OR: sources.map((s) => ({ subject: s.subject, subjectId: s.id, field: s.field })) },
    select: { subject: true, subjectId: true, field: true, text: true },
  });
  const items = sources.map((s) => ({ subject: s.subject, subjectId: s.id, field: s.field }));
  const texts = new Map(stored.map((row) => [translationKey(row.subject as Subject, row.subjectId, row.field), row.text]));
  return {
    kind,
    slug,
    title: found.title,
    publicHref: found.publicHref,
    paths: found.paths,
    version: await translationVersion(db, locale, items),
    items: sources.map((source) => {
      const key = translationKey(source.subject, source.id, source.field);
      return {
        key,
        subject: source.subject,
        subjectId: source.id,
        field: source.field,
        label: source.label,
        english: source.english,
        max: (TRANSLATABLE[source.subject] as Record<string, number>)[source.field] ?? 0,
        multiline: MULTILINE.has(source.field) || source.english.length > 120,
        text: texts.get(key) ?? "",
      };
    }),
  };
}

type TextRef = Pick<TranslationItem, "subject" | "subjectId" | "field">;

/** How many of these texts are translated and when the last changed: a save compares it. */
export async function translationVersion(
  client: Pick<DatabaseTransaction, "contentTranslation">,
  locale: TranslatedLocale,
  texts: readonly TextRef[],
): Promise<string> {
  if (texts.length === 0) return "0-0";
  const { _count, _max } = await client.contentTranslation.aggregate({
    where: { locale, OR: texts.map(({ subject, subjectId, field }) => ({ subject, subjectId, field })) },
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  return `${_count._all}-${_max.updatedAt?.getTime() ?? 0}`;
}
