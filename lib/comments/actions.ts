"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { RequiredRole, Staff } from "../auth/guards";
import { MODERATION_PATH, publicPath, WORDS_PATH } from "../paths";
import { consume, RATE_LIMIT_POLICIES } from "../rate-limit";
import { revalidatePublic } from "../routing/revalidate";
import { echoingAnswers, NOT_SAVED, publicAction, staffAction, type FormAction, type StaffAnswers } from "../server-action";
import { checkMessage } from "./checks";
import { addWord, blockAuthorOf, decide, deleteWord, recordComment, recordReport, setPageModeration, type Decision } from "./mutations";
import { findCommentPage, recentMessagesFrom } from "./queries";
import {
  blockSchema,
  bulkSchema,
  commentSchema,
  decisionSchema,
  deleteWordSchema,
  moderationModeSchema,
  parsePageRef,
  rejectSchema,
  reportSchema,
  wordSchema,
  type CommentFormState,
  type PageRef,
  type ReportState,
  type StaffState,
} from "./schema";
import { moderationTerms } from "./words";

// Every export here is a public endpoint, built by lib/server-action.ts. Supporter actions parse,
// limit, check and write; staff actions check the role first (a missing or insufficient role
// changes nothing and answers "forbidden"), then parse, write with an audit entry, and revalidate
// the public page affected.

function revalidatePages(pages: PageRef[]) {
  revalidatePublic(pages.map(publicPath.page));
}

// ---------------------------------------------------------------------------
// Supporters

/** What the author typed, returned so a form re-rendered without JavaScript keeps it. */
function echo(form: FormData): Record<string, string> {
  return { name: String(form.get("name") ?? "").slice(0, 200), message: String(form.get("message") ?? "").slice(0, 2100) };
}

export const postComment: FormAction<CommentFormState> = publicAction({
  name: "postComment",
  schema: commentSchema,
  ...echoingAnswers(echo),
  // A bot is answered like a person whose message waits, and nothing is written.
  honeypot: () => ({ status: "pending" }),
  limits: (_data, ipHash) => [[RATE_LIMIT_POLICIES.commentAttemptPerIp, ipHash]],
  // `locale` is the posting page's language, checked against the site's (lib/i18n/request-locale.ts).
  handler: async (data, { form, ipHash, locale }) => {
    const values = echo(form);
    const page = await findCommentPage(parsePageRef(data.page));
    if (!page) return { status: "error", message: "unknownPage", values };

    const [words, recentMessages] = await Promise.all([moderationTerms(), recentMessagesFrom(ipHash)]);
    const checked = checkMessage({ name: data.name, message: data.message }, { words, recentMessages });
    // A refused message is not stored: the author sees why and can change it.
    if (!checked.ok) return { status: "error", fieldErrors: { [checked.field]: [checked.reason] }, values };

    // Counted after the checks, and for blocked authors too: a limit that spared them would tell them.
    if ((await consume(RATE_LIMIT_POLICIES.commentPerIp, ipHash)).limited) return { status: "error", message: "rateLimited", values };
    const outcome = await recordComment(page, checked, { ipHash, locale });
    if (outcome === "published") revalidatePages([page]);
    return { status: outcome };
  },
});

const reportedComment = (form: FormData) => String(form.get("comment") ?? "").slice(0, 64);

export const reportComment: FormAction<ReportState> = publicAction({
  name: "reportComment",
  schema: reportSchema,
  invalid: (_error, form) => ({ status: "error", message: "reasonRequired", comment: reportedComment(form) }),
  limits: (_data, ipHash) => [[RATE_LIMIT_POLICIES.commentReportPerIp, ipHash]],
  limited: (form) => ({ status: "error", message: "reportRateLimited", comment: reportedComment(form) }),
  failed: (form) => ({ status: "error", message: "notSaved", comment: reportedComment(form) }),
  handler: async (data, { form, ipHash }) => {
    const result = await recordReport(data.comment, data.reason, ipHash);
    if (result.outcome === "unknown") return { status: "error", message: "unknownComment", comment: reportedComment(form) };
    if (result.hidden) revalidatePages([result.hidden]);
    return { status: "sent", comment: data.comment };
  },
});

// ---------------------------------------------------------------------------
// Moderators and admins

// A staff form's answers are the words it shows.
const STAFF_ANSWERS: StaffAnswers<StaffState> = {
  forbidden: { status: "forbidden" },
  invalid: (error) => ({ status: "error", message: error.issues[0]?.message ?? "Check the form." }),
  failed: () => ({ status: "error", message: NOT_SAVED }),
};

/** A moderation action of `role`, named for the log line of a failed write. */
function moderation<Data>(
  name: string,
  role: RequiredRole,
  schema: z.ZodType<Data>,
  handler: (data: Data, staff: Staff) => Promise<StaffState>,
  lists?: readonly string[],
): FormAction<StaffState> {
  return staffAction(role, schema, (data, { staff }) => handler(data, staff), { name, answers: STAFF_ANSWERS, lists });
}

async function applyDecision(staff: Staff, commentIds: string[], decision: Decision): Promise<StaffState> {
  const { count, pages } = await decide(staff, commentIds, decision);
  if (count === 0) return { status: "error", message: "That message no longer exists." };
  revalidatePages(pages);
  revalidatePath(MODERATION_PATH);
  const what = count === 1 ? "Message" : `${count} messages`;
  const verb = { approve: "approved", reject: "rejected", restore: "back in the queue" }[decision.action];
  return { status: "done", message: `${what} ${verb}.` };
}

export const approveComment = moderation("approveComment", "MODERATOR", decisionSchema, (data, staff) =>
  applyDecision(staff, [data.comment], { action: "approve" }),
);

export const rejectComment = moderation("rejectComment", "MODERATOR", rejectSchema, (data, staff) =>
  applyDecision(staff, [data.comment], { action: "reject", reason: data.reason }),
);

export const restoreComment = moderation("restoreComment", "MODERATOR", decisionSchema, (data, staff) =>
  applyDecision(staff, [data.comment], { action: "restore" }),
);

/** The queue's checkboxes and one submit: approve or reject every selected message. */
export const bulkModerate = moderation(
  "bulkModerate",
  "MODERATOR",
  bulkSchema,
  (data, staff) => {
    const decision: Decision = data.decision === "reject" ? { action: "reject", reason: data.reason } : { action: "approve" };
    return applyDecision(staff, data.comments, decision);
  },
  ["comments"],
);

export const blockAuthor = moderation("blockAuthor", "MODERATOR", blockSchema, async (data, staff) => {
  const outcome = await blockAuthorOf(staff, data.comment);
  revalidatePath(MODERATION_PATH);
  switch (outcome) {
    case "blocked":
      return { status: "done", message: "Author blocked: their next messages are rejected automatically." };
    case "already-blocked":
      return { status: "done", message: "This author is already blocked." };
    case "no-address":
      return { status: "error", message: "This message was stored without an address hash, so its author cannot be blocked." };
    case "unknown":
      return { status: "error", message: "That message no longer exists." };
  }
});

// ---------------------------------------------------------------------------
// Admins

export const setModerationMode = moderation("setModerationMode", "ADMIN", moderationModeSchema, async (data, staff) => {
  const ref = parsePageRef(data.page);
  if (!(await setPageModeration(staff, ref, data.mode))) return { status: "error", message: "That page no longer exists." };
  revalidatePages([ref]);
  revalidatePath(MODERATION_PATH);
  return { status: "done", message: data.mode === "PRE" ? "Now pre-moderated." : "Now post-moderated." };
});

export const addModerationWord = moderation("addModerationWord", "ADMIN", wordSchema, async (data, staff) => {
  const outcome = await addWord(staff, data);
  if (outcome === "exists") return { status: "error", message: `“${data.term}” is already on that list.` };
  revalidatePath(WORDS_PATH);
  return { status: "done", message: `Added “${data.term.trim().toLowerCase()}”.` };
});

export const deleteModerationWord = moderation("deleteModerationWord", "ADMIN", deleteWordSchema, async (data, staff) => {
  if (!(await deleteWord(staff, data.word))) return { status: "error", message: "That word is no longer on the list." };
  revalidatePath(WORDS_PATH);
  return { status: "done", message: "Word deleted." };
});
