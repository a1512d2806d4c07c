import { z } from "zod";
import { cleanLine, cleanText, hasBidiControl } from "./text";

// Field rules shared by every form. Supporter forms' messages are keys of the "forms.errors"
// catalogue, so the browser and the server show the same words.

/** A checkbox: "on" from a native form post, true/false from react-hook-form (staff forms). */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const emailField = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, "emailRequired")
  .max(254, "emailTooLong")
  .pipe(z.email({ error: "emailInvalid" }));

/** Bots fill every field; people never see this one. A non-empty value is answered like success. */
export const honeypot = z.string().max(200).optional();

interface TextFieldMessages {
  /** Missing, or nothing left once cleaned. */
  required: string;
  tooLong: string;
  /** Holds a bidirectional control character. */
  direction: string;
}

function cleanedField(clean: (value: string) => string, max: number, messages: TextFieldMessages) {
  return z
    .string({ error: messages.required })
    .overwrite(clean)
    .refine((value) => !hasBidiControl(value), messages.direction)
    .min(1, messages.required)
    .max(max, messages.tooLong);
}

/** A one-line field (a name): cleaned, then required and at most `max` characters. */
export const lineField = (max: number, messages: TextFieldMessages) => cleanedField(cleanLine, max, messages);

/** A multi-line field (a message): cleaned, then required and at most `max` characters. */
export const textField = (max: number, messages: TextFieldMessages) => cleanedField(cleanText, max, messages);
