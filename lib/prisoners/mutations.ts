import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { dayValue, parseDay } from "../dates";
import type { DatabaseTransaction } from "../db/client";
import { db } from "../db";
import { isPrismaError, saveFailure } from "../db/errors";
import type { SaveOutcome } from "../forms/editor-action";
import type { Prisma } from "../generated/prisma/client";
import type { PrisonerStatus, TimelineEventKind } from "../generated/prisma/enums";
import { publicPath } from "../paths";
import { findPrisonBySlug } from "../prisons/queries";
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
  p: Omit<PrisonerRecord, "id" | "updatedAt" | "updates" | "petitions" | "spellings" | "prisonId" | "canReceiveLettersSource"> & {
    spellings: readonly Spelling[];
    canReceiveLettersSource: { title: string; url: string | null } | null;
  },
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
    prison: p.prison?.slug ?? null,
    region: p.region,
    sex: p.sex,
    judge: p.judge,
    canReceiveLetters: p.canReceiveLetters,
    canReceiveLettersSource: p.canReceiveLettersSource
      ? { title: p.canReceiveLettersSource.title, url: p.canReceiveLettersSource.url }
      : null,
    noContactSince: dayValue(p.noContactSince) || null,
    factsCheckedAt: dayValue(p.factsCheckedAt) || null,
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
    region: data.region,
    sex: data.sex,
    judge: data.judge,
    canReceiveLetters: data.canReceiveLetters,
    noContactSince: data.noContactSince,
    factsCheckedAt: data.factsCheckedOn,
    biography: data.biography,
    featured: data.featured,
  };
}

/** The facts the form names by title or slug, as the audit log shows them. */
function namedFacts(data: PrisonerData, prison: { slug: string; nameLatin: string } | null) {
  return {
    prison: prison ? { slug: prison.slug, nameLatin: prison.nameLatin } : null,
    canReceiveLettersSource: data.lettersSourceTitle ? { title: data.lettersSourceTitle, url: data.lettersSourceUrl } : null,
  };
}

/** The source of "can receive letters": the stored one while its title and address stay the same, else a new one. */
function lettersSource(data: PrisonerData, stored: { id: string; title: string; url: string | null } | null, now: Date) {
  if (data.canReceiveLetters === null || !data.lettersSourceTitle) return { id: null, create: null };
  if (stored && stored.title === data.lettersSourceTitle && stored.url === data.lettersSourceUrl) return { id: stored.id, create: null };
  const create = {
    id: randomUUID(),
    key: `staff-${data.slug}-letters-${dayValue(now)}-${randomBytes(4).toString("hex")}`,
    title: data.lettersSourceTitle,
    url: data.lettersSourceUrl,
  };
  return { id: create.id, create };
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

/**
 * The timeline event of a move between two recorded places, dated the day of the change staff
 * give (else today). Recording a first place, or clearing it, is a correction, not a transfer.
 */
export function transferEvent(from: { slug: string; nameLatin: string } | null, to: { slug: string; nameLatin: string } | null, on: Date) {
  if (!from || !to || from.slug === to.slug) return null;
  return {
    id: randomUUID(),
    kind: "TRANSFER" as const,
    occurredOn: on,
    precision: "DAY" as const,
    text: `Transferred from ${from.nameLatin} to ${to.nameLatin}.`,
  };
}

/** The list of places and the pages of the places a person left or came to (their counts and cards change). */
function prisonPaths(slugs: readonly (string | undefined)[]): string[] {
  return [publicPath.prisons, ...[...new Set(slugs.filter((s): s is string => !!s))].map(publicPath.prison)];
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
  const prison = data.prison ? await findPrisonBySlug(data.prison) : null;
  if (data.prison && !prison) {
    return { outcome: "invalid", field: "prison", message: "This place of detention is no longer recorded: choose another one." };
  }
  const spellings = allSpellings(data);
  const searchKey = searchKeyForSpellings(spellings.map((s) => s.value));
  const after = snapshot({ ...fields(data), ...namedFacts(data, prison), spellings });
  const prisonId = prison?.id ?? null;

  if (data.id === null) {
    if (!data.sourceTitle) return { outcome: "invalid", field: "sourceTitle", message: "Name the source of this profile's facts." };
    const id = randomUUID();
    const source = newSource(data, now);
    const letters = lettersSource(data, null, now);
    try {
      await db.$transaction([
        db.source.create({ data: source }),
        ...(letters.create ? [db.source.create({ data: letters.create })] : []),
        db.prisoner.create({
          data: {
            id,
            ...fields(data),
            prisonId,
            canReceiveLettersSourceId: letters.id,
            searchKey,
            spellings: { create: spellings },
            sources: { connect: [{ id: source.id }, ...(letters.create ? [{ id: letters.create.id }] : [])] },
          },
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
      paths: [
        publicPath.prisoner(data.slug),
        publicPath.prisoners,
        publicPath.home,
        publicPath.birthdays,
        publicPath.birthdayCalendar,
        ...prisonPaths([prison?.slug]),
      ],
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
  const letters = lettersSource(data, before.canReceiveLettersSource, now);
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
  const transfer = transferEvent(before.prison, prison, data.changedOn ?? parseDay(dayValue(now))!);

  try {
    await db.$transaction([
      ...(source ? [db.source.create({ data: source })] : []),
      ...(letters.create ? [db.source.create({ data: letters.create })] : []),
      db.prisoner.update({
        // The row must still be the one read above, so the audit entry's "before" is exact.
        where: { id: before.id, updatedAt: before.updatedAt },
        data: {
          ...fields(data),
          prisonId,
          canReceiveLettersSourceId: letters.id,
          searchKey,
          spellings: { deleteMany: {}, create: spellings },
          sources: { connect: [...(source ? [{ id: source.id }] : []), ...(letters.create ? [{ id: letters.create.id }] : [])] },
          events: {
            create: [
              ...(event && source ? [{ ...event, sources: { connect: { id: source.id } } }] : []),
              ...(transfer ? [{ ...transfer, ...(source ? { sources: { connect: { id: source.id } } } : {}) }] : []),
            ],
          },
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
          ...(transfer ? { transfer: { on: dayValue(transfer.occurredOn), text: transfer.text } } : {}),
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
      ...[...slugs].flatMap((slug) => [publicPath.prisoner(slug), publicPath.letter(slug)]),
      publicPath.prisoners,
      ...prisonPaths([before.prison?.slug, prison?.slug]),
      publicPath.home,
      publicPath.birthdays,
      publicPath.birthdayCalendar,
      ...(before.updates.length > 0 ? [publicPath.updates] : []),
      ...before.updates.map((u) => publicPath.update(u.slug)),
      ...before.petitions.map((p) => publicPath.petition(p.slug)),
    ],
  };
}

/** A profile field a reviewed correction may set directly (lib/corrections/fields.ts). */
export type CorrectedField =
  "sentence" | "court" | "placeOfDetention" | "judge" | "detainedOn" | "sentencedOn" | "releasedOn" | "birthDate";

/**
 * Sets one simple field of a profile to a reviewed value, inside the caller's transaction, and
 * marks its facts checked now; the audit entry records the field before and after. Returns the
 * public paths that show the profile, or null when the profile is gone.
 */
export async function applyCorrectedValue(
  tx: DatabaseTransaction,
  staff: Staff,
  prisonerId: string,
  change: { field: CorrectedField; value: string | Date },
  now: Date = new Date(),
): Promise<string[] | null> {
  const before = await tx.prisoner.findUnique({ where: { id: prisonerId }, select: { slug: true, [change.field]: true } as const });
  if (!before) return null;
  const slug = String(before.slug);
  await tx.prisoner.update({ where: { id: prisonerId }, data: { [change.field]: change.value, factsCheckedAt: now } });
  const shown = (value: unknown) => (value instanceof Date ? dayValue(value) : (value ?? null));
  await auditEntry(
    {
      actorId: staff.id,
      action: "prisoner.correct",
      entityType: "Prisoner",
      entityId: prisonerId,
      before: { [change.field]: shown(before[change.field]) },
      after: { [change.field]: shown(change.value) },
    },
    tx,
  );
  return [publicPath.prisoner(slug), publicPath.prisoners];
}
