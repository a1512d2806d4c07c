"use server";

import { postedForm } from "../forms/form-data";
import { revalidatePath } from "next/cache";
import { authorizeStaff, type Staff } from "../auth/guards";
import { consume } from "../rate-limit";
import { clientIpHash } from "../request";
import { fieldErrorKeys } from "../supporters/form-fields";
import { checkMessage } from "./checks";
import { COMMENT_LIMITS } from "./limits";
import { addWord, blockAuthorOf, decide, deleteWord, recordComment, recordReport, setPageModeration, type Decision } from "./moderating";
import { MODERATION_PATH, publicPaths, WORDS_PATH } from "./paths";
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

// Every export here is a public endpoint. Supporter actions parse, limit, check and write; staff
// actions check the role first (a missing or insufficient role changes nothing and answers
// "forbidden"), then parse, write with an audit entry, and revalidate the public page affected.

function revalidatePages(pages: PageRef[]) {
  const paths = new Set(pages.flatMap(publicPaths));
  for (const path of paths) revalidatePath(path);
}

// ---------------------------------------------------------------------------
// Supporters

export async function postComment(_previous: CommentFormState, form: unknown): Promise<CommentFormState> {
  const formData = postedForm(form);
  const values = { name: String(formData.get("name") ?? "").slice(0, 200), message: String(formData.get("message") ?? "").slice(0, 2100) };
  const parsed = commentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorKeys(parsed.error), values };
  // Honeypot: a bot is answered like a person whose message waits, and nothing is written.
  if (parsed.data.website) return { status: "pending" };

  const ipHash = await clientIpHash();
  if ((await consume(COMMENT_LIMITS.attemptPerIp, ipHash)).limited) return { status: "error", message: "rateLimited", values };
  const page = await findCommentPage(parsePageRef(parsed.data.page));
  if (!page) return { status: "error", message: "unknownPage", values };

  const [words, recentMessages] = await Promise.all([moderationTerms(), recentMessagesFrom(ipHash)]);
  const checked = checkMessage({ name: parsed.data.name, message: parsed.data.message }, { words, recentMessages });
  // A refused message is not stored: the author sees why and can change it.
  if (!checked.ok) return { status: "error", fieldErrors: { [checked.field]: [checked.reason] }, values };

  // Counted after the checks, and for blocked authors too: a limit that spared them would tell them.
  if ((await consume(COMMENT_LIMITS.postPerIp, ipHash)).limited) return { status: "error", message: "rateLimited", values };
  const outcome = await recordComment(page, checked, ipHash);
  if (outcome === "published") revalidatePages([page]);
  return { status: outcome };
}

export async function reportComment(_previous: ReportState, form: unknown): Promise<ReportState> {
  const formData = postedForm(form);
  const comment = String(formData.get("comment") ?? "").slice(0, 64);
  const parsed = reportSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "reasonRequired", comment };
  const ipHash = await clientIpHash();
  if ((await consume(COMMENT_LIMITS.reportPerIp, ipHash)).limited) return { status: "error", message: "reportRateLimited", comment };
  const result = await recordReport(parsed.data.comment, parsed.data.reason, ipHash);
  if (result.outcome === "unknown") return { status: "error", message: "unknownComment", comment };
  if (result.hidden) revalidatePages([result.hidden]);
  return { status: "sent", comment: parsed.data.comment };
}

// ---------------------------------------------------------------------------
// Moderators and admins

const FORBIDDEN: StaffState = { status: "forbidden" };
const invalid = (issues: { message: string }[]): StaffState => ({ status: "error", message: issues[0]?.message ?? "Check the form." });

async function applyDecision(staff: Staff, commentIds: string[], decision: Decision): Promise<StaffState> {
  const { count, pages } = await decide(staff, commentIds, decision);
  if (count === 0) return { status: "error", message: "That message no longer exists." };
  revalidatePages(pages);
  revalidatePath(MODERATION_PATH);
  const what = count === 1 ? "Message" : `${count} messages`;
  const verb = { approve: "approved", reject: "rejected", restore: "back in the queue" }[decision.action];
  return { status: "done", message: `${what} ${verb}.` };
}

export async function approveComment(_previous: StaffState, form: unknown): Promise<StaffState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("MODERATOR");
  if (!staff) return FORBIDDEN;
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  return applyDecision(staff, [parsed.data.comment], { action: "approve" });
}

export async function rejectComment(_previous: StaffState, form: unknown): Promise<StaffState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("MODERATOR");
  if (!staff) return FORBIDDEN;
  const parsed = rejectSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  return applyDecision(staff, [parsed.data.comment], { action: "reject", reason: parsed.data.reason });
}

export async function restoreComment(_previous: StaffState, form: unknown): Promise<StaffState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("MODERATOR");
  if (!staff) return FORBIDDEN;
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  return applyDecision(staff, [parsed.data.comment], { action: "restore" });
}

/** The queue's checkboxes and one submit: approve or reject every selected message. */
export async function bulkModerate(_previous: StaffState, form: unknown): Promise<StaffState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("MODERATOR");
  if (!staff) return FORBIDDEN;
  const parsed = bulkSchema.safeParse({
    decision: formData.get("decision"),
    reason: formData.get("reason") || undefined,
    comments: formData.getAll("comments"),
  });
  if (!parsed.success) return invalid(parsed.error.issues);
  const decision: Decision = parsed.data.decision === "reject" ? { action: "reject", reason: parsed.data.reason } : { action: "approve" };
  return applyDecision(staff, parsed.data.comments, decision);
}

export async function blockAuthor(_previous: StaffState, form: unknown): Promise<StaffState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("MODERATOR");
  if (!staff) return FORBIDDEN;
  const parsed = blockSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  const outcome = await blockAuthorOf(staff, parsed.data.comment);
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
}

// ---------------------------------------------------------------------------
// Admins

export async function setModerationMode(_previous: StaffState, form: unknown): Promise<StaffState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("ADMIN");
  if (!staff) return FORBIDDEN;
  const parsed = moderationModeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  const ref = parsePageRef(parsed.data.page);
  if (!(await setPageModeration(staff, ref, parsed.data.mode))) return { status: "error", message: "That page no longer exists." };
  revalidatePages([ref]);
  revalidatePath(MODERATION_PATH);
  return { status: "done", message: parsed.data.mode === "PRE" ? "Now pre-moderated." : "Now post-moderated." };
}

export async function addModerationWord(_previous: StaffState, form: unknown): Promise<StaffState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("ADMIN");
  if (!staff) return FORBIDDEN;
  const parsed = wordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  const outcome = await addWord(staff, parsed.data);
  if (outcome === "exists") return { status: "error", message: `“${parsed.data.term}” is already on that list.` };
  revalidatePath(WORDS_PATH);
  return { status: "done", message: `Added “${parsed.data.term.trim().toLowerCase()}”.` };
}

export async function deleteModerationWord(_previous: StaffState, form: unknown): Promise<StaffState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("ADMIN");
  if (!staff) return FORBIDDEN;
  const parsed = deleteWordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  if (!(await deleteWord(staff, parsed.data.word))) return { status: "error", message: "That word is no longer on the list." };
  revalidatePath(WORDS_PATH);
  return { status: "done", message: "Word deleted." };
}
