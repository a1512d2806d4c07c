import "server-only";
import { randomUUID } from "node:crypto";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { dayValue } from "../dates";
import { db } from "../db";
import { saveFailure } from "../db/errors";
import type { SaveOutcome } from "../forms/editor-action";
import { FEED_PATH, publicPath } from "../paths";
import { unknownPrisoner } from "../prisoners/queries";
import { updateFields } from "./queries";
import type { UpdateData } from "./schema";

function snapshot(u: { slug: string; title: string; summary: string; body: string; publishedAt: Date; prisoners: readonly string[] }) {
  return {
    slug: u.slug,
    title: u.title,
    summary: u.summary,
    body: u.body,
    publishedAt: dayValue(u.publishedAt),
    prisoners: [...u.prisoners].sort(),
  };
}

/** Creates or changes a campaign update with its audit entry; returns the public paths to revalidate. */
export async function saveUpdateRecord(staff: Staff, data: UpdateData): Promise<SaveOutcome> {
  const prisoners = [...new Set(data.prisoners)];
  const unknown = await unknownPrisoner(prisoners);
  if (unknown) return { outcome: "invalid", field: "prisoners", message: `There is no profile “${unknown}”: choose people from the list.` };
  const other = await db.update.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (other && other.id !== data.id) return { outcome: "slug-taken" };
  const publishedAt = data.publishedAt!;
  const values = { slug: data.slug, title: data.title, summary: data.summary, body: data.body, publishedAt };
  const after = snapshot({ ...values, prisoners });
  const links = prisoners.map((slug) => ({ slug }));

  const before =
    data.id === null
      ? null
      : await db.update.findUnique({
          where: { id: data.id },
          select: updateFields,
        });
  if (data.id !== null && !before) return { outcome: "not-found" };
  const id = before?.id ?? randomUUID();

  try {
    await db.$transaction([
      before
        ? db.update.update({ where: { id, updatedAt: before.updatedAt }, data: { ...values, prisoners: { set: links } } })
        : db.update.create({ data: { id, ...values, prisoners: { connect: links } } }),
      auditEntry({
        actorId: staff.id,
        action: before ? "update.update" : "update.create",
        entityType: "Update",
        entityId: id,
        ...(before ? { before: snapshot({ ...before, prisoners: before.prisoners.map((p) => p.slug) }) } : {}),
        after,
      }),
    ]);
  } catch (error) {
    return saveFailure(error, "conflict");
  }

  const people = new Set([...prisoners, ...(before?.prisoners.map((p) => p.slug) ?? [])]);
  return {
    outcome: "saved",
    slug: data.slug,
    paths: [
      ...new Set([before?.slug ?? data.slug, data.slug].map(publicPath.update)),
      publicPath.updates,
      publicPath.home,
      FEED_PATH,
      ...[...people].map(publicPath.prisoner),
    ],
  };
}
