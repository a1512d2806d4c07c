import { z } from "zod";
import { emailField, honeypot, lineField, textField } from "../forms/fields";
import { CORRECTION_FIELDS } from "./fields";

// "Report an inaccuracy": the one schema of the public form (react-hook-form in the browser, the
// server action) and of the staff decisions. Public error messages are keys of the
// "corrections.errors" catalogue; staff messages are plain English.

export const PROBLEM_MAX = 2000;
export const VALUE_MAX = 500;
export const URL_MAX = 500;

const optionalUrl = z
  .string()
  .trim()
  .max(URL_MAX, "sourceTooLong")
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.url({ protocol: /^https?$/, error: "sourceInvalid" }).optional());

export const correctionSchema = z.object({
  prisoner: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,120}$/, "unknownPrisoner"),
  field: z.enum(CORRECTION_FIELDS, { error: "fieldRequired" }),
  problem: textField(PROBLEM_MAX, { required: "problemRequired", tooLong: "problemTooLong", direction: "problemDirection" }),
  proposedValue: lineField(VALUE_MAX, { required: "valueRequired", tooLong: "valueTooLong", direction: "valueDirection" }),
  sourceUrl: optionalUrl.optional(),
  email: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(emailField.optional()),
  website: honeypot,
});

export type CorrectionInput = z.input<typeof correctionSchema>;
export type CorrectionData = z.output<typeof correctionSchema>;

export type CorrectionFormState =
  | { status: "idle" }
  | { status: "sent" }
  | { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string> };

// ---------------------------------------------------------------------------
// Staff

const reportId = z.string().trim().min(1).max(64);

export const resolveSchema = z.object({
  report: reportId,
  source: z.string().trim().min(1, "Name the source (a URL or a title) that confirms the correction.").max(URL_MAX),
  note: z.string().trim().max(PROBLEM_MAX).optional(),
  apply: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  value: z.string().trim().max(VALUE_MAX).optional(),
});
export type ResolveData = z.output<typeof resolveSchema>;

export const rejectSchema = z.object({
  report: reportId,
  reason: z.string().trim().min(1, "Give a reason for rejecting the report.").max(PROBLEM_MAX),
});
export type RejectData = z.output<typeof rejectSchema>;

export type StaffState =
  { status: "idle" } | { status: "done"; message: string } | { status: "error"; message: string } | { status: "forbidden" };
