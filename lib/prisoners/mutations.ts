import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { dayValue } from "../dates";
import { db } from "../db";
import { isPrismaError, saveFailure } from "../db/errors";
import type { SaveOutcome } from "../forms/editor-action";
import type { Prisma } from "../generated/prisma/client";
import type { PrisonerStatus, TimelineEventKind } from "../generated/prisma/enums";
import { publicPath } from "../paths";
import { prisonerFields } from "./queries";
import type { PrisonerData, Spelling } from "./schema";
import { searchKeyForSpellings } from "./search-key";

/** The kind of timeline event a change to each status is recorded as. */
export const EVENT_KIND: Record<PrisonerStatus, TimelineEventKind> = {
  DETAINED: "DETENTION",
  RELEASED: "RELEASE",
  RELEASED_IN_EXILE: "RELEASE",
  FORCIBLY_EXPELLED: "RELEASE",
  DIED_IN_CUSTODY: "OTHER",
};

/** The timeline's words for a change of status, unless staff wrote their own. */
export const DEFAULT_EVENT_TEXT: Record<PrisonerStatus, string> = {
  DETAINED: "Detained.",
  RELEASED: "Released.",
  RELEASED_IN_EXILE: "Released, and now in exile.",
  FORCIBLY_EXPELLED: "Released and forcibly expelled from Belarus.",
  DIED_IN_CUSTODY: "Died in custody.",
};

/** Every spelling of a person, the three named fields first, without repeats. */
export function allSpellings(data: Pick<PrisonerData, "nameLatin" | "nameBelarusian" | "nameRussian" | "otherSpellings">): Spelling[] {
  const candidates: Spelling[] = [
    { language: "en", value: data.nameLatin },
    ...(data.nameBelarusian ? [{ language: "be" as const, value: data.nameBelarusian }] : []),
    ...(data.nameRussian ? [{ language: "ru" as const, value: data.nameRussian }] : []),
    ...data.otherSpellings,
  ];
  const seen = new Set<string>();
  return candidates.filter((s) => {
    const key = `${s.language}\u0000${s.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const auditSelect = {
  ...prisonerFields,
  spellings: { select: { language: true, value: true } },
  updates: { select: { slug: true } },
  petitions: { select: { slug: true } },
} satisfies Prisma.PrisonerSelect;

type PrisonerRecord = Prisma.PrisonerGetPayload<{ select: typeof auditSelect }>;

/** The editable facts of a profile, as the audit log keeps them (days as YYYY-MM-DD). */
function snapshot(
  p: Omit<PrisonerRecord, "id" | "updatedAt" | "updates" | "petitions" | "spellings"> & { spellings: readonly Spelling[] },
) {
  return {
    slug: p.slug,
    nameLatin: p.nameLatin,
    nameBelarusian: p.nameBelarusian,
    nameRussian: p.nameRussian,
    spellings: [...p.spellings].map((s) => `${s.language}: ${s.value}`).sort(),
    status: p.status,
    detainedOn: dayValue(p.detainedOn) || null,
    releasedOn: dayValue(p.releasedOn) || null,
    sentence: p.sentence,
    sentencedOn: dayValue(p.sentencedOn) || null,
    court: p.court,
    placeOfDetention: p.placeOfDetention,
    postalAddress: p.postalAddress,
    biography: p.biography,
    featured: p.featured,
  };
}

function fields(data: PrisonerData) {
  return {
    slug: data.slug,
    nameLatin: data.nameLatin,
    nameBelarusian: data.nameBelarusian,
    nameRussian: data.nameRussian,
    status: data.status,
    detainedOn: data.detainedOn,
    releasedOn: data.releasedOn,
    sentence: data.sentence,
    sentencedOn: data.sentencedOn,
    court: data.court,
    placeOfDetention: data.placeOfDetention,
    postalAddress: data.postalAddress,
    biography: data.biography,
    featured: data.featured,
  };
}

/** A new source row, keyed so the key says where it came from and never collides. */
function newSource(data: PrisonerData, now: Date) {
  return {
    id: randomUUID(),
    key: `staff-${data.slug}-${dayValue(now)}-${randomBytes(4).toString("hex")}`,
    title: data.sourceTitle!,
    url: data.sourceUrl,
  };
}

async function slugTaken(slug: string, exceptId: string | null): Promise<boolean> {
  const other = await db.prisoner.findUnique({ where: { slug }, select: { id: true } });
  return other !== null && other.id !== exceptId;
}

/**
 * Creates a profile, or changes one, with its audit entry in the same transaction. A change of
 * status is recorded as a timeline event backed by a new source, which the profile lists too.
 * Returns the public paths that show the profile, for revalidation.
 */
export async function savePrisonerRecord(staff: Staff, data: PrisonerData, now: Date = new Date()): Promise<SaveOutcome> {
  if (await slugTaken(data.slug, data.id)) return { outcome: "slug-taken" };
  const spellings = allSpellings(data);
  const searchKey = searchKeyForSpellings(spellings.map((s) => s.value));
  const after = snapshot({ ...fields(data), spellings });

  if (data.id === null) {
    if (!data.sourceTitle) return { outcome: "invalid", field: "sourceTitle", message: "Name the source of this profile's facts." };
    const id = randomUUID();
    const source = newSource(data, now);
    try {
      await db.$transaction([
        db.source.create({ data: source }),
        db.prisoner.create({
          data: { id, ...fields(data), searchKey, spellings: { create: spellings }, sources: { connect: { id: source.id } } },
        }),
        auditEntry({
          actorId: staff.id,
          action: "prisoner.create",
          entityType: "Prisoner",
          entityId: id,
          after: { ...after, source: { title: source.title, url: source.url } },
        }),
      ]);
    } catch (error) {
      if (isPrismaError(error, "P2002")) return { outcome: "slug-taken" };
      throw error;
    }
    return {
      outcome: "saved",
      slug: data.slug,
      paths: [publicPath.prisoner(data.slug), publicPath.prisoners, publicPath.home, publicPath.birthdays, publicPath.birthdayCalendar],
    };
  }

  const before = await db.prisoner.findUnique({ where: { id: data.id }, select: auditSelect });
  if (!before) return { outcome: "not-found" };
  const statusChanged = before.status !== data.status;
  if (statusChanged && (!data.changedOn || !data.sourceTitle)) {
    // The status changed since the form was checked against it: the form must be read again.
    return { outcome: "conflict" };
  }
  const source = data.sourceTitle ? newSource(data, now) : null;
  const event =
    statusChanged && source
      ? {
          id: randomUUID(),
          kind: EVENT_KIND[data.status],
          occurredOn: data.changedOn!,
          precision: "DAY" as const,
          text: data.changeText ?? DEFAULT_EVENT_TEXT[data.status],
        }
      : null;

  try {
    await db.$transaction([
      ...(source ? [db.source.create({ data: source })] : []),
      db.prisoner.update({
        // The row must still be the one read above, so the audit entry's "before" is exact.
        where: { id: before.id, updatedAt: before.updatedAt },
        data: {
          ...fields(data),
          searchKey,
          spellings: { deleteMany: {}, create: spellings },
          ...(source ? { sources: { connect: { id: source.id } } } : {}),
          ...(event && source ? { events: { create: { ...event, sources: { connect: { id: source.id } } } } } : {}),
        },
      }),
      auditEntry({
        actorId: staff.id,
        action: "prisoner.update",
        entityType: "Prisoner",
        entityId: before.id,
        before: snapshot(before as PrisonerRecord & { spellings: Spelling[] }),
        after: {
          ...after,
          ...(source ? { source: { title: source.title, url: source.url } } : {}),
          ...(event
            ? { statusChange: { from: before.status, to: data.status, kind: event.kind, on: dayValue(event.occurredOn), text: event.text } }
            : {}),
        },
      }),
    ]);
  } catch (error) {
    return saveFailure(error, "conflict");
  }

  const slugs = new Set([before.slug, data.slug]);
  return {
    outcome: "saved",
    slug: data.slug,
    paths: [
      ...[...slugs].map(publicPath.prisoner),
      publicPath.prisoners,
      publicPath.home,
      publicPath.birthdays,
      publicPath.birthdayCalendar,
      ...(before.updates.length > 0 ? [publicPath.updates] : []),
      ...before.updates.map((u) => publicPath.update(u.slug)),
      ...before.petitions.map((p) => publicPath.petition(p.slug)),
    ],
  };
}
