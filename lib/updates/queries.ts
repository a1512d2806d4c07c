import "server-only";
import { cache } from "react";
import { dayValue } from "../dates";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/routing";
import { localizeRows } from "../translations/queries";

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  prisoners: { select: { slug: true, nameLatin: true }, orderBy: { nameLatin: "asc" } },
} satisfies Prisma.UpdateSelect;

export type UpdateSummary = Prisma.UpdateGetPayload<{ select: typeof summarySelect }> & { untranslated: string[] };

/** The columns the staff editor shows and the audit log compares; `updatedAt` is the version a save is conditioned on. */
export const updateFields = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  publishedAt: true,
  updatedAt: true,
  prisoners: { select: { slug: true } },
} satisfies Prisma.UpdateSelect;

/** Updates, newest first, their texts in `locale` where staff translated them. */
export async function listUpdates(locale: Locale = "en", take = 50): Promise<UpdateSummary[]> {
  const rows = await db.update.findMany({ select: summarySelect, orderBy: { publishedAt: "desc" }, take });
  return localizeRows(locale, "update", rows);
}

export async function getLatestUpdate(locale: Locale = "en"): Promise<UpdateSummary | null> {
  const [latest] = await listUpdates(locale, 1);
  return latest ?? null;
}

export const getUpdate = cache(async (slug: string, locale: Locale = "en") => {
  const update = await db.update.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
      body: true,
      sources: { select: { key: true, title: true, url: true } },
    },
  });
  if (!update) return null;
  const [localized] = await localizeRows(locale, "update", [update]);
  return localized!;
});

/** Updates for the Atom feed of one language, with their bodies: translated where staff translated them. */
export async function listUpdatesForFeed(locale: Locale, take = 20) {
  const rows = await db.update.findMany({
    select: { id: true, slug: true, title: true, summary: true, body: true, publishedAt: true, updatedAt: true },
    orderBy: { publishedAt: "desc" },
    take,
  });
  return localizeRows(locale, "update", rows);
}

/** What an update's link-preview image shows. */
export async function getUpdatePreview(slug: string) {
  return db.update.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      publishedAt: true,
      prisoners: { select: { nameLatin: true, nameBelarusian: true, nameRussian: true }, orderBy: { nameLatin: "asc" } },
    },
  });
}

/** Every update's address and last change, for the sitemap. */
export async function listUpdatesForSitemap() {
  return db.update.findMany({ select: { slug: true, updatedAt: true }, orderBy: { publishedAt: "desc" } });
}

// ---------------------------------------------------------------------------
// The staff editor

export async function getUpdateForEdit(slug: string) {
  const update = await db.update.findUnique({
    where: { slug },
    select: updateFields,
  });
  if (!update) return null;
  return {
    slug: update.slug,
    version: update.updatedAt.toISOString(),
    values: {
      id: update.id,
      slug: update.slug,
      title: update.title,
      summary: update.summary,
      body: update.body,
      publishedAt: dayValue(update.publishedAt),
      prisoners: update.prisoners.map((p) => p.slug),
    },
  };
}
