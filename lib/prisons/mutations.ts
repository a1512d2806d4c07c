import "server-only";
import { randomUUID } from "node:crypto";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { db } from "../db";
import { isPrismaError, saveFailure } from "../db/errors";
import type { SaveOutcome } from "../forms/editor-action";
import { publicPath } from "../paths";
import { prisonFields } from "./queries";
import type { PrisonData } from "./schema";

function fields(data: PrisonData) {
  return {
    slug: data.slug,
    nameLatin: data.nameLatin,
    nameBelarusian: data.nameBelarusian,
    nameRussian: data.nameRussian,
    type: data.type,
    regime: data.regime,
    region: data.region,
    postalAddress: data.postalAddress,
  };
}

/** The pages a place shows on: its own, the list, and every profile and letter page of the people it holds. */
async function pathsOf(prisonId: string, slugs: Iterable<string>): Promise<string[]> {
  const people = await db.prisoner.findMany({ where: { prisonId }, select: { slug: true } });
  return [
    publicPath.prisons,
    ...[...new Set(slugs)].map(publicPath.prison),
    ...people.flatMap((p) => [publicPath.prisoner(p.slug), publicPath.letter(p.slug)]),
    publicPath.prisoners,
  ];
}

/** Creates a place of detention or changes one, with its audit entry in the same transaction. */
export async function savePrisonRecord(staff: Staff, data: PrisonData): Promise<SaveOutcome> {
  const other = await db.prison.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (other && other.id !== data.id) return { outcome: "slug-taken" };
  const after = fields(data);

  if (data.id === null) {
    const id = randomUUID();
    try {
      await db.$transaction([
        db.prison.create({ data: { id, ...after } }),
        auditEntry({ actorId: staff.id, action: "prison.create", entityType: "Prison", entityId: id, after }),
      ]);
    } catch (error) {
      if (isPrismaError(error, "P2002")) return { outcome: "slug-taken" };
      throw error;
    }
    return { outcome: "saved", slug: data.slug, paths: await pathsOf(id, [data.slug]) };
  }

  const before = await db.prison.findUnique({ where: { id: data.id }, select: prisonFields });
  if (!before) return { outcome: "not-found" };
  try {
    const { id, updatedAt, ...old } = before;
    await db.$transaction([
      // The row must still be the one read above, so the audit entry's "before" is exact.
      db.prison.update({ where: { id, updatedAt }, data: after }),
      auditEntry({ actorId: staff.id, action: "prison.update", entityType: "Prison", entityId: id, before: old, after }),
    ]);
  } catch (error) {
    return saveFailure(error, "conflict");
  }
  return { outcome: "saved", slug: data.slug, paths: await pathsOf(before.id, [before.slug, data.slug]) };
}
