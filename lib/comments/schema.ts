import { z } from "zod";
import { honeypot, lineField, textField } from "../forms/fields";
import { MESSAGE_MAX, NAME_MAX } from "./checks";
import { REPORT_REASONS } from "./report-reasons";

// Messages of solidarity: the form's fields and the staff forms' fields, shared by the browser
// (react-hook-form) and the server actions. Error messages are keys of the "comments.errors"
// catalogue (public forms) or plain English (staff forms).

/** The page a message belongs to: "prisoner:<slug>" or "update:<slug>". */
export const pageField = z
  .string()
  .trim()
  .regex(/^(prisoner|update):[a-z0-9-]{1,120}$/, "unknownPage");

export type PageRef = { kind: "prisoner" | "update"; slug: string };

export function parsePageRef(value: string): PageRef {
  const [kind, slug] = value.split(":") as ["prisoner" | "update", string];
  return { kind, slug };
}

export const commentSchema = z.object({
  page: pageField,
  name: lineField(NAME_MAX, { required: "nameRequired", tooLong: "nameTooLong", direction: "nameDirection" }),
  message: textField(MESSAGE_MAX, { required: "messageRequired", tooLong: "messageTooLong", direction: "messageDirection" }),
  website: honeypot,
});

export type CommentInput = z.input<typeof commentSchema>;

export type CommentFormState =
  | { status: "idle" }
  | { status: "pending" }
  | { status: "published" }
  | { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string> };

const commentId = z.string().trim().min(1).max(64);

export const reportSchema = z.object({
  comment: commentId,
  reason: z.enum(REPORT_REASONS, { error: "reasonRequired" }),
});

export type ReportInput = z.input<typeof reportSchema>;
/** Carries the message's id: one answer serves every report form of a page (components/comments/ReportScope). */
export type ReportState = { status: "idle" } | { status: "sent"; comment: string } | { status: "error"; message: string; comment?: string };

// ---------------------------------------------------------------------------
// Staff

export const REJECT_REASONS = ["illegal content", "harassment", "hate speech", "spam", "off-topic", "other"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

const rejectReason = z.enum(REJECT_REASONS, { error: "Choose a reason." });

export const decisionSchema = z.object({ comment: commentId });
export const rejectSchema = z.object({ comment: commentId, reason: rejectReason });
export type RejectInput = z.input<typeof rejectSchema>;
export const blockSchema = z.object({ comment: commentId });

/** Checkboxes of the queue: every selected message id, one submit. */
export const bulkSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), comments: z.array(commentId).min(1, "Select at least one message.").max(200) }),
  z.object({
    decision: z.literal("reject"),
    comments: z.array(commentId).min(1, "Select at least one message.").max(200),
    reason: rejectReason,
  }),
]);

export const moderationModeSchema = z.object({ page: pageField, mode: z.enum(["PRE", "POST"]) });

export const QUEUE_TABS = ["pending", "reported", "approved", "rejected"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

/** The queue page's URL: ?tab=&page=&q= (author name or text). Anything unreadable falls back. */
export const queueSearchSchema = z.object({
  tab: z.enum(QUEUE_TABS).catch("pending"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: z.string().trim().max(100).catch(""),
});

export type QueueSearch = z.output<typeof queueSearchSchema>;

export function parseQueueSearch(params: Record<string, string | string[] | undefined>): QueueSearch {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return queueSearchSchema.parse({ tab: first(params.tab), page: first(params.page) ?? 1, q: first(params.q) ?? "" });
}

export const WORD_LANGUAGES = ["en", "be", "ru"] as const;

export const wordSchema = z.object({
  term: z
    .string()
    .trim()
    .min(1, "Enter a word.")
    .max(60, "Use at most 60 characters.")
    .regex(/^[\p{L}\p{M}\p{N}' -]+\*?$/u, "Use letters, digits, spaces or hyphens, and at most one * at the end."),
  language: z.enum(WORD_LANGUAGES, { error: "Choose a language." }),
  kind: z.enum(["BANNED", "SUSPECT"], { error: "Choose a list." }),
});

export type WordInput = z.input<typeof wordSchema>;

export const deleteWordSchema = z.object({ word: z.string().trim().min(1).max(64) });

/** The answer of every staff action. "forbidden" changes nothing. */
export type StaffState =
  { status: "idle" } | { status: "done"; message: string } | { status: "forbidden" } | { status: "error"; message: string };
