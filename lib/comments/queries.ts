import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { CommentState, ModerationMode } from "../generated/prisma/enums";
import { publicPath } from "../paths";
import { containsIgnoringCase } from "../db/text-filter";
import { QUEUE_TABS, type PageRef, type QueueTab } from "./schema";

/** Messages shown on a page: the newest approved ones, at most this many. */
export const PUBLIC_COMMENTS_SHOWN = 50;
export const QUEUE_PAGE_SIZE = 25;

export interface CommentPage extends PageRef {
  id: string;
  moderation: ModerationMode;
}

/** The profile or update a message is for, with its moderation mode; null when it does not exist. */
export async function findCommentPage(ref: PageRef): Promise<CommentPage | null> {
  const select = { id: true, slug: true, moderation: true } as const;
  const row =
    ref.kind === "prisoner"
      ? await db.prisoner.findUnique({ where: { slug: ref.slug }, select })
      : await db.update.findUnique({ where: { slug: ref.slug }, select });
  return row ? { kind: ref.kind, slug: row.slug, id: row.id, moderation: row.moderation } : null;
}

const publicSelect = { id: true, authorName: true, body: true, createdAt: true } satisfies Prisma.CommentSelect;

export type PublicComment = Prisma.CommentGetPayload<{ select: typeof publicSelect }>;

/** What a page shows under "Messages of solidarity": its mode and its approved messages. */
export async function getCommentSection(ref: PageRef): Promise<{ moderation: ModerationMode; comments: PublicComment[] } | null> {
  const page = await findCommentPage(ref);
  if (!page) return null;
  const where: Prisma.CommentWhereInput = page.kind === "prisoner" ? { prisonerId: page.id } : { updateId: page.id };
  const comments = await db.comment.findMany({
    where: { ...where, state: "APPROVED" },
    select: publicSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PUBLIC_COMMENTS_SHOWN,
  });
  return { moderation: page.moderation, comments };
}

/** What the same author (IP hash) sent in the last day, newest first: the duplicate check reads it. */
export async function recentMessagesFrom(ipHash: string, now: Date = new Date()): Promise<string[]> {
  const rows = await db.comment.findMany({
    where: { ipHash, createdAt: { gte: new Date(now.getTime() - 24 * 3600 * 1000) } },
    select: { body: true },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return rows.map((row) => row.body);
}

// ---------------------------------------------------------------------------
// The moderation queue (staff pages)

const TAB_WHERE: Record<QueueTab, Prisma.CommentWhereInput> = {
  pending: { state: "PENDING" },
  reported: { state: { in: ["APPROVED", "PENDING"] satisfies CommentState[] }, reportCount: { gt: 0 } },
  approved: { state: "APPROVED" },
  rejected: { state: "REJECTED" },
};

const TAB_ORDER: Record<QueueTab, Prisma.CommentOrderByWithRelationInput[]> = {
  // The queue is read oldest first: nobody waits behind newer messages.
  pending: [{ createdAt: "asc" }, { id: "asc" }],
  reported: [{ reportCount: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  approved: [{ createdAt: "desc" }, { id: "desc" }],
  rejected: [{ createdAt: "desc" }, { id: "desc" }],
};

export async function queueCounts(): Promise<Record<QueueTab, number>> {
  const [pending, reported, approved, rejected] = await Promise.all(QUEUE_TABS.map((tab) => db.comment.count({ where: TAB_WHERE[tab] })));
  return { pending: pending!, reported: reported!, approved: approved!, rejected: rejected! };
}

const queueSelect = {
  id: true,
  authorName: true,
  body: true,
  locale: true,
  state: true,
  flagReason: true,
  reportCount: true,
  createdAt: true,
  moderatedAt: true,
  ipHash: true,
  prisoner: { select: { slug: true, nameLatin: true } },
  update: { select: { slug: true, title: true } },
  reports: { select: { reason: true, createdAt: true }, orderBy: { createdAt: "asc" } },
  decisions: {
    select: { action: true, reason: true, createdAt: true, staff: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.CommentSelect;

type QueueRow = Prisma.CommentGetPayload<{ select: typeof queueSelect }>;
export type QueueItem = Omit<QueueRow, "ipHash"> & { authorBlocked: boolean; hasAddress: boolean };

/**
 * One page of a tab, optionally only messages whose author or text contains `q`. The author's IP
 * hash never leaves this function: only whether they are blocked.
 */
export async function listQueue(tab: QueueTab, page: number, q = ""): Promise<{ items: QueueItem[]; pageCount: number }> {
  const where: Prisma.CommentWhereInput = q
    ? { AND: [TAB_WHERE[tab], { OR: [{ authorName: containsIgnoringCase(q) }, { body: containsIgnoringCase(q) }] }] }
    : TAB_WHERE[tab];
  const [total, rows] = await Promise.all([
    db.comment.count({ where }),
    db.comment.findMany({ where, select: queueSelect, orderBy: TAB_ORDER[tab], skip: (page - 1) * QUEUE_PAGE_SIZE, take: QUEUE_PAGE_SIZE }),
  ]);
  const hashes = [...new Set(rows.map((row) => row.ipHash).filter((hash): hash is string => typeof hash === "string"))];
  const blocked = new Set(
    hashes.length
      ? (await db.blockedAuthor.findMany({ where: { ipHash: { in: hashes } }, select: { ipHash: true } })).map((b) => b.ipHash)
      : [],
  );
  const items = rows.map(({ ipHash, ...row }) => ({
    ...row,
    hasAddress: ipHash !== null,
    authorBlocked: ipHash !== null && blocked.has(ipHash),
  }));
  return { items, pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}

/** Every page that takes messages, with its moderation mode (admins switch it). */
export async function listModerationPages() {
  const [prisoners, updates] = await Promise.all([
    db.prisoner.findMany({ select: { slug: true, nameLatin: true, moderation: true }, orderBy: { nameLatin: "asc" } }),
    db.update.findMany({ select: { slug: true, title: true, moderation: true }, orderBy: { publishedAt: "desc" } }),
  ]);
  return [
    ...prisoners.map((p) => ({
      ref: `prisoner:${p.slug}`,
      kind: "Profile",
      label: p.nameLatin,
      path: publicPath.prisoner(p.slug),
      moderation: p.moderation,
    })),
    ...updates.map((u) => ({
      ref: `update:${u.slug}`,
      kind: "Update",
      label: u.title,
      path: publicPath.update(u.slug),
      moderation: u.moderation,
    })),
  ];
}

export async function listModerationWords() {
  return db.moderationWord.findMany({
    select: { id: true, term: true, language: true, kind: true, createdAt: true },
    orderBy: [{ kind: "asc" }, { language: "asc" }, { term: "asc" }],
  });
}
