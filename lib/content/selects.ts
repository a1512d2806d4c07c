import type { Prisma } from "../generated/prisma/client";

// The columns the staff editor shows and the audit log compares, one list per model, so the page
// that loads a record and the save that snapshots it read the same fields. `updatedAt` is the
// version a save is conditioned on.

export const prisonerFields = {
  id: true,
  slug: true,
  nameLatin: true,
  nameBelarusian: true,
  nameRussian: true,
  status: true,
  detainedOn: true,
  releasedOn: true,
  sentence: true,
  sentencedOn: true,
  court: true,
  placeOfDetention: true,
  postalAddress: true,
  biography: true,
  featured: true,
  updatedAt: true,
} satisfies Prisma.PrisonerSelect;

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

export const petitionFields = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  target: true,
  goal: true,
  state: true,
  closedAt: true,
  updatedAt: true,
  prisoners: { select: { slug: true } },
} satisfies Prisma.PetitionSelect;
