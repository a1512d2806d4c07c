import { z } from "zod";
import { honeypot } from "../forms/fields";

// Shared by the "I sent a letter" form (browser) and its server action. Messages are keys of the
// "letters.errors" catalogue.

export const letterCountSchema = z.object({
  prisoner: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,120}$/, "notHeld"),
  website: honeypot,
});

export type LetterCountInput = z.input<typeof letterCountSchema>;

export type LetterCountState =
  | { status: "idle" }
  | { status: "counted"; count: number }
  | { status: "error"; message: "notHeld" | "rateLimited" | "network" | "notSaved" };

/** Languages of the letter templates; Russian first, the language most letters to prison use. */
export const TEMPLATE_LANGUAGES = ["ru", "be", "en"] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** The template chosen in the URL (`?template=be`); anything else is the default. */
export function templateLanguage(value: unknown): TemplateLanguage {
  return TEMPLATE_LANGUAGES.find((language) => language === value) ?? TEMPLATE_LANGUAGES[0];
}
