import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { daysBehindBars } from "./days-behind-bars";
import { PRISONERS_PER_PAGE, type PrisonerSearch } from "./schema";
import { searchKey } from "./search-key";

const cardSelect = {
  slug: true,
  nameLatin: true,
  nameBelarusian: true,
  nameRussian: true,
  status: true,
  detainedOn: true,
  releasedOn: true,
  photoPath: true,
} satisfies Prisma.PrisonerSelect;

export type PrisonerCardData = Prisma.PrisonerGetPayload<{ select: typeof cardSelect }> & {
  daysBehindBars: number | null;
};

function withDays<T extends { detainedOn: Date | null; releasedOn: Date | null }>(row: T, today: Date) {
  return { ...row, daysBehindBars: daysBehindBars(row.detainedOn, row.releasedOn, today) };
}

export async function searchPrisoners(search: PrisonerSearch, today: Date = new Date()) {
  const key = searchKey(search.q);
  const where: Prisma.PrisonerWhereInput = {
    ...(key ? { searchKey: { contains: key } } : {}),
    ...(search.status ? { status: search.status } : {}),
  };
  const [total, rows] = await Promise.all([
    db.prisoner.count({ where }),
    db.prisoner.findMany({
      where,
      select: cardSelect,
      orderBy: [{ nameLatin: "asc" }, { id: "asc" }],
      skip: (search.page - 1) * PRISONERS_PER_PAGE,
      take: PRISONERS_PER_PAGE,
    }),
  ]);
  return {
    items: rows.map((row) => withDays(row, today)),
    total,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(total / PRISONERS_PER_PAGE)),
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

/** Everything a profile page shows; null for an unknown slug. Cached per request. */
export const getPrisonerProfile = cache(async (slug: string) => {
  const prisoner = await db.prisoner.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      birthDate: true,
      sentence: true,
      sentencedOn: true,
      court: true,
      placeOfDetention: true,
      postalAddress: true,
      biography: true,
      photoCredit: true,
      updatedAt: true,
      spellings: { select: { value: true, language: true }, orderBy: { language: "asc" } },
      charges: { select: { article: true, description: true }, orderBy: { position: "asc" } },
      events: {
        select: { kind: true, occurredOn: true, precision: true, text: true, sources: { select: sourceSelect } },
        orderBy: { occurredOn: "asc" },
      },
      sources: { select: sourceSelect, orderBy: { title: "asc" } },
      updates: {
        select: { slug: true, title: true, summary: true, publishedAt: true },
        orderBy: { publishedAt: "desc" },
        take: 5,
      },
    },
  });
  return prisoner ? withDays(prisoner, new Date()) : null;
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
