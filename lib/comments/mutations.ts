import "server-only";
import { randomUUID } from "node:crypto";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { db } from "../db";
import type { CommentState, ModerationMode, ModerationWordKind } from "../generated/prisma/enums";
import type { Locale } from "../i18n/routing";
import type { CommentPage } from "./queries";
import type { ReportReason } from "./report-reasons";
import type { PageRef } from "./schema";
import { forgetModerationTerms } from "./words";

// The writes behind the message actions. Every staff decision writes the change, a
// ModerationDecision and an audit entry in one transaction: none of the three exists without the
// others. Audit entries never carry an IP hash.

const pageOf = (row: { prisoner: { slug: string } | null; update: { slug: string } | null }): PageRef | null =>
  row.prisoner ? { kind: "prisoner", slug: row.prisoner.slug } : row.update ? { kind: "update", slug: row.update.slug } : null;

// ---------------------------------------------------------------------------
// Supporters

export type PostOutcome = "pending" | "published";

/**
 * Stores a message that passed the checks. A blocked author's message is stored as rejected with
 * an "auto-blocked" decision, and the author is answered like any author whose message waits.
 * Pre-moderated pages and flagged messages wait; post-moderated pages publish at once.
 */
export async function recordComment(
  page: CommentPage,
  message: { name: string; message: string; flagReason: string | null },
  author: { ipHash: string; locale: Locale },
  now: Date = new Date(),
): Promise<PostOutcome> {
  const { ipHash, locale } = author;
  const target = page.kind === "prisoner" ? { prisonerId: page.id } : { updateId: page.id };
  const blocked = await db.blockedAuthor.findFirst({ where: { ipHash }, select: { id: true } });
  const base = {
    ...target,
    authorName: message.name,
    body: message.message,
    flagReason: message.flagReason,
    locale,
    ipHash,
    createdAt: now,
  };
  if (blocked) {
    const id = randomUUID();
    await db.$transaction([
      db.comment.create({ data: { id, ...base, state: "REJECTED", moderatedAt: now } }),
      db.moderationDecision.create({ data: { commentId: id, action: "auto-blocked", reason: "The author is blocked.", createdAt: now } }),
    ]);
    return "pending";
  }
  const state: CommentState = page.moderation === "POST" && message.flagReason === null ? "APPROVED" : "PENDING";
  await db.comment.create({ data: { ...base, state } });
  return state === "APPROVED" ? "published" : "pending";
}

/** Reports that hide an approved message until a moderator reads it again. */
export const REPORTS_TO_HIDE = 3;

export type ReportOutcome = { outcome: "unknown" } | { outcome: "reported"; hidden: PageRef | null };

/**
 * One report per address and message: a repeated report changes nothing. The report that brings an
 * approved message to REPORTS_TO_HIDE hides it (back to pending) until a moderator reads it again.
 */
export async function recordReport(
  commentId: string,
  reason: ReportReason,
  ipHash: string,
  now: Date = new Date(),
): Promise<ReportOutcome> {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { id: true, state: true, prisoner: { select: { slug: true } }, update: { select: { slug: true } } },
    });
    if (!comment) return { outcome: "unknown" };
    if (comment.state === "REJECTED") return { outcome: "reported", hidden: null };
    const already = await tx.commentReport.findFirst({ where: { commentId: comment.id, ipHash }, select: { id: true } });
    if (already) return { outcome: "reported", hidden: null };
    await tx.commentReport.create({ data: { commentId: comment.id, reason, ipHash, createdAt: now } });
    const updated = await tx.comment.update({
      where: { id: comment.id },
      data: { reportCount: { increment: 1 } },
      select: { reportCount: true },
    });
    if (comment.state !== "APPROVED" || updated.reportCount < REPORTS_TO_HIDE) return { outcome: "reported", hidden: null };
    await tx.comment.update({ where: { id: comment.id }, data: { state: "PENDING" } });
    await tx.moderationDecision.create({
      data: { commentId: comment.id, action: "auto-hidden", reason: `${updated.reportCount} reports`, createdAt: now },
    });
    return { outcome: "reported", hidden: pageOf(comment) };
  });
}

// ---------------------------------------------------------------------------
// Staff decisions

export type Decision = { action: "approve" } | { action: "reject"; reason: string } | { action: "restore" };

const NEXT_STATE: Record<Decision["action"], CommentState> = { approve: "APPROVED", reject: "REJECTED", restore: "PENDING" };

/**
 * Applies one decision to messages. Approving also clears the count of open reports (the reports
 * stay listed): a moderator read the message and kept it, and only new reports can hide it again.
 * Returns the public pages whose messages changed, for revalidation.
 */
export async function decide(staff: Staff, commentIds: string[], decision: Decision, now: Date = new Date()) {
  const ids = [...new Set(commentIds)];
  const comments = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, state: true, reportCount: true, prisoner: { select: { slug: true } }, update: { select: { slug: true } } },
  });
  const state = NEXT_STATE[decision.action];
  const reason = decision.action === "reject" ? decision.reason : null;
  await db.$transaction(
    comments.flatMap((comment) => [
      db.comment.update({
        where: { id: comment.id },
        data: { state, moderatedAt: now, ...(decision.action === "approve" ? { reportCount: 0 } : {}) },
      }),
      db.moderationDecision.create({ data: { commentId: comment.id, staffId: staff.id, action: decision.action, reason, createdAt: now } }),
      auditEntry({
        actorId: staff.id,
        action: `comment.${decision.action}`,
        entityType: "Comment",
        entityId: comment.id,
        before: { state: comment.state, reportCount: comment.reportCount },
        after: { state, reportCount: decision.action === "approve" ? 0 : comment.reportCount, ...(reason ? { reason } : {}) },
      }),
    ]),
  );
  const pages = comments.map(pageOf).filter((page): page is PageRef => page !== null);
  return { count: comments.length, pages };
}

export type BlockOutcome = "blocked" | "already-blocked" | "no-address" | "unknown";

/** Blocks the author of a message by its IP hash: their next messages are rejected automatically. */
export async function blockAuthorOf(staff: Staff, commentId: string, now: Date = new Date()): Promise<BlockOutcome> {
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: { id: true, ipHash: true } });
  if (!comment) return "unknown";
  // Never look up a block with a missing hash: a where with undefined or null would match others.
  if (typeof comment.ipHash !== "string" || comment.ipHash.length === 0) return "no-address";
  const existing = await db.blockedAuthor.findFirst({ where: { ipHash: comment.ipHash }, select: { id: true } });
  if (existing) return "already-blocked";
  const id = randomUUID();
  const reason = `Author of message ${comment.id}`;
  await db.$transaction([
    db.blockedAuthor.create({ data: { id, ipHash: comment.ipHash, reason, createdById: staff.id, createdAt: now } }),
    db.moderationDecision.create({
      data: { commentId: comment.id, staffId: staff.id, action: "block-author", reason: null, createdAt: now },
    }),
    auditEntry({
      actorId: staff.id,
      action: "author.block",
      entityType: "BlockedAuthor",
      entityId: id,
      after: { commentId: comment.id, reason },
    }),
  ]);
  return "blocked";
}

/** Switches a page between pre- and post-moderation. */
export async function setPageModeration(staff: Staff, ref: PageRef, mode: ModerationMode): Promise<boolean> {
  const select = { id: true, moderation: true } as const;
  const row =
    ref.kind === "prisoner"
      ? await db.prisoner.findUnique({ where: { slug: ref.slug }, select })
      : await db.update.findUnique({ where: { slug: ref.slug }, select });
  if (!row) return false;
  const change =
    ref.kind === "prisoner"
      ? db.prisoner.update({ where: { id: row.id }, data: { moderation: mode } })
      : db.update.update({ where: { id: row.id }, data: { moderation: mode } });
  await db.$transaction([
    change,
    auditEntry({
      actorId: staff.id,
      action: "page.moderation-mode",
      entityType: ref.kind === "prisoner" ? "Prisoner" : "Update",
      entityId: row.id,
      before: { moderation: row.moderation },
      after: { moderation: mode },
    }),
  ]);
  return true;
}

// ---------------------------------------------------------------------------
// Word lists

export async function addWord(
  staff: Staff,
  word: { term: string; language: string; kind: ModerationWordKind },
): Promise<"added" | "exists"> {
  const term = word.term.trim().toLowerCase().replace(/\s+/g, " ");
  const existing = await db.moderationWord.findUnique({ where: { term_kind: { term, kind: word.kind } }, select: { id: true } });
  if (existing) return "exists";
  const id = randomUUID();
  const row = { term, language: word.language, kind: word.kind };
  await db.$transaction([
    db.moderationWord.create({ data: { id, ...row } }),
    auditEntry({ actorId: staff.id, action: "moderation-word.add", entityType: "ModerationWord", entityId: id, after: row }),
  ]);
  forgetModerationTerms();
  return "added";
}

/** Deletes a word; the audit entry keeps its term and kind, so the seed never brings it back. */
export async function deleteWord(staff: Staff, wordId: string): Promise<boolean> {
  const word = await db.moderationWord.findUnique({ where: { id: wordId }, select: { id: true, term: true, language: true, kind: true } });
  if (!word) return false;
  await db.$transaction([
    db.moderationWord.delete({ where: { id: word.id } }),
    auditEntry({
      actorId: staff.id,
      action: "moderation-word.delete",
      entityType: "ModerationWord",
      entityId: word.id,
      before: { term: word.term, language: word.language, kind: word.kind },
    }),
  ]);
  forgetModerationTerms();
  return true;
}
