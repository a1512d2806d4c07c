import "server-only";
import { cache } from "react";
import { dayValue } from "../dates";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { daysBehindBars } from "./days-behind-bars";
import { formatSpellings, PRISONERS_PER_PAGE, type PrisonerFormValues, type PrisonerSearch, type Spelling } from "./schema";
import { matchName, rankByName } from "./name-match";
import { searchKey } from "./search-key";
import type { Locale } from "../i18n/routing";
import { loadTranslations } from "../translations/queries";

// Who a person is and where they stand: what every view of a profile reads.
const identitySelect = {
  slug: true,
  nameLatin: true,
  nameBelarusian: true,
  nameRussian: true,
  status: true,
  detainedOn: true,
  releasedOn: true,
} satisfies Prisma.PrisonerSelect;

// What a card shows: who, where they stand, and whether a letter can reach them.
const cardSelect = {
  ...identitySelect,
  photoPath: true,
  canReceiveLetters: true,
  noContactSince: true,
  region: true,
  prison: { select: { slug: true, nameLatin: true, nameBelarusian: true, nameRussian: true, region: true, postalAddress: true } },
} satisfies Prisma.PrisonerSelect;

// The facts of a detention a profile page shows and staff edit.
const factsSelect = {
  sentence: true,
  sentencedOn: true,
  court: true,
  placeOfDetention: true,
  postalAddress: true,
  biography: true,
} satisfies Prisma.PrisonerSelect;

export type PrisonerCardData = Prisma.PrisonerGetPayload<{ select: typeof cardSelect }> & {
  daysBehindBars: number | null;
  noContactDays: number | null;
};

function withDays<T extends { detainedOn: Date | null; releasedOn: Date | null; noContactSince: Date | null }>(row: T, today: Date) {
  return {
    ...row,
    daysBehindBars: daysBehindBars(row.detainedOn, row.releasedOn, today),
    // Incommunicado counts only while the person is held: a release ends it.
    noContactDays: row.releasedOn ? null : daysBehindBars(row.noContactSince, null, today),
  };
}

/** The people held at a place now, as cards, by name. */
export async function listPrisonersHeldAt(prisonId: string, today: Date = new Date()): Promise<PrisonerCardData[]> {
  const rows = await db.prisoner.findMany({
    where: { prisonId, status: "DETAINED" },
    select: cardSelect,
    orderBy: [{ nameLatin: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => withDays(row, today));
}

/** The folded spellings stored in Prisoner.searchKey ("|a|b|"), one per entry. */
function storedKeys(searchKey: string): string[] {
  return searchKey.split("|").filter(Boolean);
}

export async function searchPrisoners(search: PrisonerSearch, today: Date = new Date()) {
  const statusWhere: Prisma.PrisonerWhereInput = search.status ? { status: search.status } : {};
  const skip = (search.page - 1) * PRISONERS_PER_PAGE;
  if (!searchKey(search.q)) {
    const [total, rows] = await Promise.all([
      db.prisoner.count({ where: statusWhere }),
      db.prisoner.findMany({
        where: statusWhere,
        select: cardSelect,
        orderBy: [{ nameLatin: "asc" }, { id: "asc" }],
        skip,
        take: PRISONERS_PER_PAGE,
      }),
    ]);
    return {
      items: rows.map((row) => ({ ...withDays(row, today), matched: null as string | null })),
      total,
      page: search.page,
      pageCount: Math.max(1, Math.ceil(total / PRISONERS_PER_PAGE)),
    };
  }
  // Forgiving search (./name-match): every person's folded keys are ranked in memory. An interim
  // scan, to be replaced by a trigram index that narrows the candidates first (decision 047).
  const candidates = await db.prisoner.findMany({ where: statusWhere, select: { id: true, nameLatin: true, searchKey: true } });
  const ranked = rankByName(
    search.q,
    candidates,
    (c) => storedKeys(c.searchKey),
    (c) => c.nameLatin,
    { folded: true },
  );
  const pageIds = ranked.slice(skip, skip + PRISONERS_PER_PAGE).map(({ person }) => person.id);
  const rows = await db.prisoner.findMany({
    where: { id: { in: pageIds } },
    select: { id: true, ...cardSelect, spellings: { select: { value: true }, orderBy: { value: "asc" } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = pageIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { spellings, ...card } = row;
    const matched = matchName(search.q, [card.nameLatin, ...spellings.map((s) => s.value)])?.spelling ?? null;
    return [{ ...withDays(card, today), matched }];
  });
  return {
    items,
    total: ranked.length,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(ranked.length / PRISONERS_PER_PAGE)),
  };
}

export async function listFeaturedPrisoners(today: Date = new Date()): Promise<PrisonerCardData[]> {
  const rows = await db.prisoner.findMany({
    where: { featured: true },
    select: cardSelect,
    // People still held first: they are who the campaign is for.
    orderBy: [{ releasedOn: { sort: "asc", nulls: "first" } }, { nameLatin: "asc" }],
    take: 8,
  });
  return rows.map((row) => withDays(row, today));
}

const sourceSelect = { key: true, title: true, url: true } satisfies Prisma.SourceSelect;

/**
 * Everything a profile page shows, its texts in `locale` where staff translated them (each row
 * names the fields still in English); null for an unknown slug. Cached per request.
 */
export const getPrisonerProfile = cache(async (slug: string, locale: Locale = "en") => {
  const prisoner = await db.prisoner.findUnique({
    where: { slug },
    select: {
      id: true,
      ...cardSelect,
      birthDate: true,
      ...factsSelect,
      canReceiveLettersSource: { select: sourceSelect },
      factsCheckedAt: true,
      photoCredit: true,
      updatedAt: true,
      spellings: { select: { value: true, language: true }, orderBy: { language: "asc" } },
      charges: { select: { id: true, article: true, description: true }, orderBy: { position: "asc" } },
      events: {
        select: { id: true, kind: true, occurredOn: true, precision: true, text: true, sources: { select: sourceSelect } },
        orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      },
      sources: { select: sourceSelect, orderBy: { title: "asc" } },
      updates: {
        select: { id: true, slug: true, title: true, summary: true, publishedAt: true },
        orderBy: { publishedAt: "desc" },
        take: 5,
      },
    },
  });
  if (!prisoner) return null;
  const translations = await loadTranslations(locale, {
    prisoner: [prisoner.id],
    charge: prisoner.charges.map((c) => c.id),
    event: prisoner.events.map((e) => e.id),
    update: prisoner.updates.map((u) => u.id),
  });
  return withDays(
    {
      ...translations.apply("prisoner", prisoner),
      charges: prisoner.charges.map((charge) => translations.apply("charge", charge)),
      events: prisoner.events.map((event) => translations.apply("event", event)),
      updates: prisoner.updates.map((update) => translations.apply("update", update)),
    },
    new Date(),
  );
});

export type PrisonerProfile = NonNullable<Awaited<ReturnType<typeof getPrisonerProfile>>>;

export async function listPrisonerSlugs(): Promise<string[]> {
  const rows = await db.prisoner.findMany({ select: { slug: true } });
  return rows.map((row) => row.slug);
}

/** What a profile's link-preview image shows; null for an unknown slug. */
export async function getPrisonerPreview(slug: string, today: Date = new Date()) {
  const row = await db.prisoner.findUnique({ where: { slug }, select: cardSelect });
  return row ? withDays(row, today) : null;
}

/** Every profile's address and last change, for the sitemap. */
export async function listPrisonersForSitemap() {
  return db.prisoner.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}

// ---------------------------------------------------------------------------
// The staff editor. Form values are plain strings, as the forms hold them.

/**
 * The columns the editor shows and the audit log compares, so the page that loads a profile and
 * the save that snapshots it read the same fields. `updatedAt` is the version a save is conditioned on.
 */
export const prisonerFields = {
  id: true,
  ...identitySelect,
  ...factsSelect,
  prisonId: true,
  prison: { select: { slug: true, nameLatin: true } },
  region: true,
  sex: true,
  judge: true,
  canReceiveLetters: true,
  canReceiveLettersSource: { select: { id: true, title: true, url: true } },
  noContactSince: true,
  factsCheckedAt: true,
  featured: true,
  updatedAt: true,
} satisfies Prisma.PrisonerSelect;

/** People to link an update or a petition to. */
export async function listPrisonerOptions(): Promise<{ slug: string; nameLatin: string }[]> {
  return db.prisoner.findMany({ select: { slug: true, nameLatin: true }, orderBy: [{ nameLatin: "asc" }, { slug: "asc" }] });
}

/** People a form links to, checked to exist; the first unknown slug otherwise. */
export async function unknownPrisoner(slugs: readonly string[]): Promise<string | null> {
  if (slugs.length === 0) return null;
  const found = new Set((await db.prisoner.findMany({ where: { slug: { in: [...slugs] } }, select: { slug: true } })).map((p) => p.slug));
  return slugs.find((slug) => !found.has(slug)) ?? null;
}

/** The status a profile has now: the server, not the form, decides whether it changes. */
export async function prisonerStatusOf(id: string) {
  return db.prisoner.findUnique({ where: { id }, select: { status: true } });
}

/** Spellings other than the three names the form has fields for. */
export function otherSpellings(
  names: { nameLatin: string; nameBelarusian: string | null; nameRussian: string | null },
  spellings: readonly Spelling[],
): Spelling[] {
  const main = new Set([`en:${names.nameLatin}`, `be:${names.nameBelarusian ?? ""}`, `ru:${names.nameRussian ?? ""}`]);
  return spellings.filter((s) => !main.has(`${s.language}:${s.value}`));
}

function letterAnswer(value: boolean | null): "" | "yes" | "no" {
  return value === null ? "" : value ? "yes" : "no";
}

export async function getPrisonerForEdit(slug: string) {
  const prisoner = await db.prisoner.findUnique({
    where: { slug },
    select: {
      ...prisonerFields,
      spellings: { select: { language: true, value: true }, orderBy: [{ language: "asc" }, { value: "asc" }] },
    },
  });
  if (!prisoner) return null;
  const spellings = otherSpellings(prisoner, prisoner.spellings as Spelling[]);
  return {
    id: prisoner.id,
    slug: prisoner.slug,
    status: prisoner.status,
    version: prisoner.updatedAt.toISOString(),
    values: {
      id: prisoner.id,
      previousStatus: prisoner.status,
      slug: prisoner.slug,
      nameLatin: prisoner.nameLatin,
      nameBelarusian: prisoner.nameBelarusian ?? "",
      nameRussian: prisoner.nameRussian ?? "",
      otherSpellings: formatSpellings(spellings),
      status: prisoner.status,
      detainedOn: dayValue(prisoner.detainedOn),
      releasedOn: dayValue(prisoner.releasedOn),
      sentence: prisoner.sentence ?? "",
      sentencedOn: dayValue(prisoner.sentencedOn),
      court: prisoner.court ?? "",
      placeOfDetention: prisoner.placeOfDetention ?? "",
      postalAddress: prisoner.postalAddress ?? "",
      prison: prisoner.prison?.slug ?? "",
      region: prisoner.region ?? "",
      sex: prisoner.sex ?? "",
      judge: prisoner.judge ?? "",
      canReceiveLetters: letterAnswer(prisoner.canReceiveLetters),
      lettersSourceTitle: prisoner.canReceiveLettersSource?.title ?? "",
      lettersSourceUrl: prisoner.canReceiveLettersSource?.url ?? "",
      noContactSince: dayValue(prisoner.noContactSince),
      factsCheckedOn: dayValue(prisoner.factsCheckedAt),
      biography: prisoner.biography ?? "",
      featured: prisoner.featured,
      changedOn: "",
      changeText: "",
      sourceTitle: "",
      sourceUrl: "",
    } satisfies PrisonerFormValues,
  };
}
