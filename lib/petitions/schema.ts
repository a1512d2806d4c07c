import { z } from "zod";
import { lineField } from "../forms/text";
import { isCountryCode } from "../supporters/countries";
import { checkbox, emailField, honeypot } from "../supporters/form-fields";

/** A signer's name, as typed (cleaned by lib/forms/text.ts). */
export const NAME_MAX = 100;

export const signSchema = z.object({
  petition: z.string().trim().min(1).max(120),
  name: lineField(NAME_MAX, { required: "nameRequired", tooLong: "nameTooLong", direction: "nameDirection" }),
  email: emailField,
  country: z.string({ error: "countryRequired" }).refine(isCountryCode, "countryRequired"),
  showName: checkbox,
  subscribe: checkbox,
  website: honeypot,
  // The referral of the shared link the signer came through (lib/referrals/referral.ts). Filled by
  // the page, not the signer: anything malformed is dropped, never shown as an error.
  ref: z.string().max(20).optional().catch(undefined),
  ch: z.string().max(20).optional().catch(undefined),
});

export type SignInput = z.input<typeof signSchema>;
export type SignData = z.output<typeof signSchema>;

export type SignState =
  | { status: "idle" }
  | { status: "sent" }
  | { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string | boolean> };

/** The first word of a name: all that is ever shown publicly, and only with consent. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}
