import { z } from "zod";
import { emailField, honeypot } from "../forms/fields";

/** "all" for every update, or the slug of one person. */
export const scopeField = z
  .string()
  .trim()
  .regex(/^(all|[a-z0-9-]{1,120})$/, "scopeInvalid");

export const subscribeSchema = z.object({
  email: emailField,
  scope: scopeField,
  website: honeypot,
});

export type SubscribeInput = z.input<typeof subscribeSchema>;

export type SubscribeState =
  | { status: "idle" }
  | { status: "sent" }
  | { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string> };
