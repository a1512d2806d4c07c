import "server-only";
import { db } from "../db";
import { dayValue, formatSpellings, type Spelling } from "./schema";
import { petitionFields, prisonerFields, updateFields } from "./selects";

// What the staff content pages read. Form values are plain strings, as the forms hold them.

/** Everything staff can edit, one short line each. */
export async function listContent() {
  const [prisoners, updates, petitions] = await Promise.all([
    db.prisoner.findMany({
      select: { slug: true, nameLatin: true, status: true, featured: true, updatedAt: true },
      orderBy: [{ nameLatin: "asc" }, { id: "asc" }],
    }),
    db.update.findMany({ select: { slug: true, title: true, publishedAt: true, updatedAt: true }, orderBy: { publishedAt: "desc" } }),
    db.petition.findMany({
      select: { slug: true, title: true, state: true, confirmedCount: true, goal: true, updatedAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { prisoners, updates, petitions };
}

/** People to link an update or a petition to. */
export async function listPrisonerOptions(): Promise<{ slug: string; nameLatin: string }[]> {
  return db.prisoner.findMany({ select: { slug: true, nameLatin: true }, orderBy: [{ nameLatin: "asc" }, { slug: "asc" }] });
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
      biography: prisoner.biography ?? "",
      featured: prisoner.featured,
      changedOn: "",
      changeText: "",
      sourceTitle: "",
      sourceUrl: "",
    },
  };
}

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

export async function getPetitionForEdit(slug: string) {
  const petition = await db.petition.findUnique({
    where: { slug },
    select: { ...petitionFields, confirmedCount: true },
  });
  if (!petition) return null;
  return {
    slug: petition.slug,
    state: petition.state,
    closedAt: petition.closedAt,
    confirmedCount: petition.confirmedCount,
    version: `${petition.updatedAt.toISOString()}-${petition.state}`,
    values: {
      id: petition.id,
      slug: petition.slug,
      title: petition.title,
      summary: petition.summary,
      body: petition.body,
      target: petition.target,
      goal: String(petition.goal),
      state: petition.state,
      prisoners: petition.prisoners.map((p) => p.slug),
    },
  };
}
