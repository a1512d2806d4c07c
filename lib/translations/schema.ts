import { z } from "zod";
import { cleanText, hasBidiControl } from "../forms/text";
import { ENGLISH_LANGUAGE_NAMES, type Locale } from "../i18n/routing";

// Staff translate published texts into Belarusian and Russian; English is the original, kept on
// the content's own row (docs/decisions/034-content-translations.md).

export const TRANSLATED_LOCALES = ["be", "ru"] as const satisfies readonly Locale[];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export const TRANSLATION_LANGUAGE_NAMES: Record<TranslatedLocale, string> = {
  be: ENGLISH_LANGUAGE_NAMES.be,
  ru: ENGLISH_LANGUAGE_NAMES.ru,
};

/**
 * The texts that are translated, by subject, each with the most characters it may hold: the
 * limit of the English field it translates (lib/prisoners/schema.ts, lib/updates/schema.ts,
 * lib/petitions/schema.ts).
 */
export const TRANSLATABLE = {
  prisoner: { biography: 10_000, sentence: 300, court: 300, placeOfDetention: 500 },
  charge: { description: 500 },
  event: { text: 500 },
  fact: { text: 1000 },
  update: { title: 200, summary: 600, body: 50_000 },
  petition: { title: 200, summary: 600, body: 20_000, target: 200 },
} as const;

export type Subject = keyof typeof TRANSLATABLE;
export type FieldOf<S extends Subject> = keyof (typeof TRANSLATABLE)[S] & string;

/** The pages of the content admin that translations are entered on. */
export const TRANSLATION_KINDS = ["prisoners", "updates", "petitions", "facts"] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

/** The name of one text's form field: subject, record id and field, e.g. "charge:ck1…:description". */
export function translationKey(subject: Subject, subjectId: string, field: string): string {
  return `${subject}:${subjectId}:${field}`;
}

/** What a form posts: which page and language, the version it was loaded at, and a text per key. */
export const translationFormSchema = z.object({
  kind: z.enum(TRANSLATION_KINDS),
  slug: z.string().max(200),
  locale: z.enum(TRANSLATED_LOCALES, { error: "Choose Belarusian or Russian." }),
  version: z.string().max(100),
});

/**
 * One translated text: cleaned like every stored text, at most `max` characters; empty means "no
 * translation" (the English shows, marked).
 */
export function translationText(max: number) {
  return z
    .string()
    .overwrite(cleanText)
    .refine((value) => !hasBidiControl(value), "Remove the direction-control characters (retype the text).")
    .refine((value) => value.length <= max, `Use at most ${max.toLocaleString("en")} characters.`);
}

/** The texts of one translation form, each under its key with its own limit: the browser and the server check the same rules. */
export function translationTextsSchema(items: readonly { key: string; max: number }[]) {
  return z.object(Object.fromEntries(items.map((item) => [item.key, translationText(item.max)])));
}
