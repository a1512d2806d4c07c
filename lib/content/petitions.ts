import "server-only";
import { randomUUID } from "node:crypto";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { db } from "../db";
import { saveFailure } from "./db-errors";
import { publicPath } from "./paths";
import type { SaveOutcome } from "./prisoners";
import type { PetitionData } from "./schema";
import { petitionFields } from "./selects";
import { unknownPrisoner } from "./updates";

function snapshot(p: {
  slug: string;
  title: string;
  summary: string;
  body: string;
  target: string;
  goal: number;
  state: string;
  closedAt: Date | null;
  prisoners: readonly string[];
}) {
  return {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    body: p.body,
    target: p.target,
    goal: p.goal,
    state: p.state,
    closedAt: p.closedAt?.toISOString() ?? null,
    prisoners: [...p.prisoners].sort(),
  };
}

/**
 * Creates or changes a petition with its audit entry. Closing it records when (closedAt); opening
 * it again clears that. The confirmed count is never touched here. Returns the public paths to
 * revalidate: the petition, the action hub and the profiles it is shown on.
 */
export async function savePetitionRecord(staff: Staff, data: PetitionData, now: Date = new Date()): Promise<SaveOutcome> {
  const prisoners = [...new Set(data.prisoners)];
  const unknown = await unknownPrisoner(prisoners);
  if (unknown) return { outcome: "invalid", field: "prisoners", message: `There is no profile “${unknown}”: choose people from the list.` };
  const other = await db.petition.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (other && other.id !== data.id) return { outcome: "slug-taken" };

  const before =
    data.id === null
      ? null
      : await db.petition.findUnique({
          where: { id: data.id },
          select: petitionFields,
        });
  if (data.id !== null && !before) return { outcome: "not-found" };
  const id = before?.id ?? randomUUID();
  const closedAt = data.state === "OPEN" ? null : before?.state === "CLOSED" ? before.closedAt : now;
  const values = {
    slug: data.slug,
    title: data.title,
    summary: data.summary,
    body: data.body,
    target: data.target,
    goal: data.goal,
    state: data.state,
    closedAt,
  };
  const links = prisoners.map((slug) => ({ slug }));

  try {
    await db.$transaction([
      before
        ? db.petition.update({ where: { id }, data: { ...values, prisoners: { set: links } } })
        : db.petition.create({ data: { id, ...values, prisoners: { connect: links } } }),
      auditEntry({
        actorId: staff.id,
        action: before ? "petition.update" : "petition.create",
        entityType: "Petition",
        entityId: id,
        ...(before ? { before: snapshot({ ...before, prisoners: before.prisoners.map((p) => p.slug) }) } : {}),
        after: snapshot({ ...values, prisoners }),
      }),
    ]);
  } catch (error) {
    return saveFailure(error, "not-found");
  }

  const people = new Set([...prisoners, ...(before?.prisoners.map((p) => p.slug) ?? [])]);
  return {
    outcome: "saved",
    slug: data.slug,
    paths: [
      ...new Set([before?.slug ?? data.slug, data.slug].map(publicPath.petition)),
      publicPath.act,
      ...[...people].map(publicPath.prisoner),
    ],
  };
}
