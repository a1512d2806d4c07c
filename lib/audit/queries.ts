import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

// The audit log for admins: newest first, filtered by what is in the URL (?action=&entityType=
// &actor=&from=&to=&page=), so a filter works without JavaScript and can be shared.

export const AUDIT_PAGE_SIZE = 50;

/** The actor filter's value for entries written by the system rather than a staff member. */
export const SYSTEM_ACTOR = "system";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dates are written YYYY-MM-DD")
  .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00.000Z`).getTime()), "not a real date")
  .optional();

export const auditFilterSchema = z.object({
  action: z.string().trim().max(100, "the action is too long").optional(),
  entityType: z.string().trim().max(100, "the entity type is too long").optional(),
  actor: z.string().trim().max(100, "the actor is too long").optional(),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** The filter in the URL; a parameter that cannot be read falls back to no filter, with the reason. */
export function parseAuditFilter(params: RawParams): { filter: AuditFilter; error?: string } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const parsed = auditFilterSchema.safeParse({
    action: first(params.action),
    entityType: first(params.entityType),
    actor: first(params.actor),
    from: first(params.from),
    to: first(params.to),
    page: first(params.page),
  });
  if (parsed.success) return { filter: parsed.data };
  return { filter: { page: 1 }, error: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function whereFor(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = new Date(`${filter.from}T00:00:00.000Z`);
  // "To" includes the whole of that day (UTC).
  if (filter.to) createdAt.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + DAY_MS);
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.actor ? { actorId: filter.actor === SYSTEM_ACTOR ? null : filter.actor } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
}

/** A page of entries, newest first, with who wrote them. */
export async function listAuditEntries(filter: AuditFilter) {
  const where = whereFor(filter);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { email: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return {
    items: rows.map(({ actor, ...row }) => ({ ...row, actor: actor?.email ?? SYSTEM_ACTOR })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

/** The choices of the filter form: actions and entity types that occur, and staff who wrote entries. */
export async function auditFilterOptions() {
  const [actions, entityTypes, actors] = await Promise.all([
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db.staffUser.findMany({ where: { auditEntries: { some: {} } }, select: { id: true, email: true }, orderBy: { email: "asc" } }),
  ]);
  return {
    actions: actions.map((a) => a.action),
    entityTypes: entityTypes.map((e) => e.entityType),
    actors: actors.map((a) => ({ value: a.id, label: a.email })),
  };
}

/** JSON text of a record, indented for reading; text that is not JSON is shown as it is. */
export function prettyJson(text: string | null): string | null {
  if (text === null) return null;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
