import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Region } from "../generated/prisma/enums";
import { REGIONS, type PrisonFormValues } from "./schema";

/** Who counts as held in a place: people whose status is "detained" and whose current place it is. */
export const HELD = { status: "DETAINED" } satisfies Prisma.PrisonerWhereInput;

/** The columns the editor shows and the audit log compares; `updatedAt` is the version a save is conditioned on. */
export const prisonFields = {
  id: true,
  slug: true,
  nameLatin: true,
  nameBelarusian: true,
  nameRussian: true,
  type: true,
  regime: true,
  region: true,
  postalAddress: true,
  updatedAt: true,
} satisfies Prisma.PrisonSelect;

/** What a public page or the open data says about a place (no internal id). */
export const prisonPublicSelect = {
  slug: true,
  nameLatin: true,
  nameBelarusian: true,
  nameRussian: true,
  type: true,
  regime: true,
  region: true,
  postalAddress: true,
} satisfies Prisma.PrisonSelect;

export type PrisonPublic = Prisma.PrisonGetPayload<{ select: typeof prisonPublicSelect }>;

export async function getPrisonForEdit(slug: string) {
  const prison = await db.prison.findUnique({ where: { slug }, select: prisonFields });
  if (!prison) return null;
  const values: PrisonFormValues = {
    id: prison.id,
    slug: prison.slug,
    nameLatin: prison.nameLatin,
    nameBelarusian: prison.nameBelarusian ?? "",
    nameRussian: prison.nameRussian ?? "",
    type: prison.type,
    regime: prison.regime ?? "",
    region: prison.region,
    postalAddress: prison.postalAddress ?? "",
  };
  return { slug: prison.slug, version: prison.updatedAt.toISOString(), values };
}

/** Places for the staff list, with how many people are held in each. */
export async function listPrisonsForAdmin() {
  const rows = await db.prison.findMany({
    select: { slug: true, nameLatin: true, type: true, region: true, _count: { select: { prisoners: { where: HELD } } } },
    orderBy: [{ nameLatin: "asc" }, { slug: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, held: _count.prisoners }));
}

/** Places to choose a person's current one from, by name. */
export async function listPrisonOptions(): Promise<{ slug: string; nameLatin: string }[]> {
  return db.prison.findMany({ select: { slug: true, nameLatin: true }, orderBy: [{ nameLatin: "asc" }, { slug: "asc" }] });
}

/** A place by its address name, for a form that names it; null when there is none. */
export async function findPrisonBySlug(slug: string) {
  return db.prison.findUnique({ where: { slug }, select: { id: true, slug: true, nameLatin: true } });
}

export type PrisonListItem = PrisonPublic & { held: number };

/** Every place grouped by region (regions in their fixed order, empty ones left out), each with how many are held there. */
export async function listPrisonsByRegion(): Promise<{ region: Region; prisons: PrisonListItem[] }[]> {
  const rows = await db.prison.findMany({
    select: { ...prisonPublicSelect, _count: { select: { prisoners: { where: HELD } } } },
    orderBy: [{ nameLatin: "asc" }, { slug: "asc" }],
  });
  const items = rows.map(({ _count, ...row }) => ({ ...row, held: _count.prisoners }));
  return REGIONS.map((region) => ({ region, prisons: items.filter((p) => p.region === region) })).filter((g) => g.prisons.length > 0);
}

/** One place's public page; null for an unknown slug. Cached per request (metadata and page both read it). */
export const getPrisonPage = cache(async (slug: string) => {
  return db.prison.findUnique({ where: { slug }, select: { id: true, ...prisonPublicSelect, updatedAt: true } });
});

export async function listPrisonSlugs(): Promise<string[]> {
  return (await db.prison.findMany({ select: { slug: true } })).map((p) => p.slug);
}

/** Every place's address and last change, for the sitemap. */
export async function listPrisonsForSitemap() {
  return db.prison.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
