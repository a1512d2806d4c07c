import { z } from "zod";

// Field rules shared by every form. Supporter forms' messages are keys of the "forms.errors"
// catalogue, so the browser and the server show the same words.

/** A checkbox: "on" from a native form post, true/false from react-hook-form. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const emailField = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, "emailRequired")
  .max(254, "emailTooLong")
  .pipe(z.email({ error: "emailInvalid" }));

/** Bots fill every field; people never see this one. A non-empty value is answered like success. */
export const honeypot = z.string().max(200).optional();
