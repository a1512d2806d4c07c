import { z } from "zod";
import { parseDay } from "../dates";

// Field rules of the staff content editor (profiles, updates, petitions), shared by the browser
// (react-hook-form) and the server actions. Staff pages are English-only, so messages are the
// words shown beside each field.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugField = z
  .string({ error: "Enter the address name (slug)." })
  .trim()
  .min(1, "Enter the address name (slug), e.g. ales-bialiatski.")
  .max(100, "Use at most 100 characters.")
  .regex(SLUG_PATTERN, "Use lower-case Latin letters, digits and single hyphens only, e.g. ales-bialiatski.")
  // "new" is the address of the staff form that creates a record.
  .refine((slug) => slug !== "new", "“new” is reserved: choose another address name.");

export function requiredText(what: string, max: number) {
  return z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`);
}

/** Optional text: empty becomes null, so a cleared field clears the fact. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`)
    .optional()
    .transform((value) => (value ? value : null));
}

const BAD_DAY = "Enter a date as YYYY-MM-DD, e.g. 2025-12-13.";

/** An optional day; a bad one is reported and read as empty, so the other rules still run. */
export const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const day = parseDay(value);
    if (!day) ctx.addIssue({ code: "custom", message: BAD_DAY });
    return day;
  });

export const requiredDay = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .transform((value, ctx) => {
      const day = value ? parseDay(value) : null;
      if (!day) ctx.addIssue({ code: "custom", message: value ? BAD_DAY : `Enter ${what}.` });
      return day;
    });

/** Slugs of linked prisoners: several checkboxes, one checkbox, or none. */
export const slugList = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === "string" && value ? [value] : []),
  z.array(z.string().trim().max(100).regex(SLUG_PATTERN, "Choose people from the list.")).max(200, "Choose at most 200 people."),
);

/** A record's id, present when editing and absent when creating. */
export const recordId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => (value ? value : null));

// ---------------------------------------------------------------------------
// What an editor form gets back from its action

export type FormValues = Record<string, string | string[] | boolean>;

export type EditorFormState =
  | { status: "idle" }
  | { status: "forbidden" }
  | { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values?: FormValues };

/**
 * What an editor form shows after the server refused a post: what was typed (a page re-rendered
 * without JavaScript has only the server's echo), read in the shape of the record's own values.
 * Text stays text, a checkbox is on or off, a list is a list, a choice must be one of its options;
 * the record's id and the `kept` fields always come from the record, never from the post.
 */
export function echoedValues<Values extends { id: string }>(
  initial: Values,
  echoed: Record<string, unknown> | undefined,
  rules: { choices?: Partial<Record<keyof Values, readonly string[]>>; kept?: readonly (keyof Values)[] } = {},
): Values {
  if (!echoed) return initial;
  const values: Record<string, unknown> = { ...initial };
  for (const key of Object.keys(initial) as (keyof Values & string)[]) {
    if (key === "id" || rules.kept?.includes(key)) continue;
    const value = echoed[key];
    const current = initial[key];
    const choices = rules.choices?.[key];
    if (choices) values[key] = choices.find((choice) => choice === value) ?? current;
    else if (typeof current === "boolean") values[key] = value === "on" || value === true;
    else if (Array.isArray(current))
      values[key] = Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? [value] : [];
    else values[key] = typeof value === "string" ? value : "";
  }
  return values as Values;
}

/**
 * The address name a Latin name gives when none is typed ("Aleś Bialiacki" -> "ales-bialiacki"):
 * letters without their marks, lower case, single hyphens. Empty when nothing is left.
 */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
}
