import { z } from "zod";
import { PetitionState, PrisonerStatus } from "../generated/prisma/enums";

// The rules of the staff content forms, shared by the browser (react-hook-form) and the server
// actions. Staff pages are English-only, so messages are the words shown beside each field.

export const PRISONER_STATUSES = Object.values(PrisonerStatus) as [PrisonerStatus, ...PrisonerStatus[]];
export const PETITION_STATES = Object.values(PetitionState) as [PetitionState, ...PetitionState[]];

/** Statuses that mean the person left prison: they need a release date. */
export const RELEASE_STATUSES: readonly PrisonerStatus[] = ["RELEASED", "RELEASED_IN_EXILE", "FORCIBLY_EXPELLED"];

export const STATUS_LABELS: Record<PrisonerStatus, string> = {
  DETAINED: "Detained",
  RELEASED: "Released",
  RELEASED_IN_EXILE: "Released, in exile",
  FORCIBLY_EXPELLED: "Forcibly expelled",
  DIED_IN_CUSTODY: "Died in custody",
};

export const SPELLING_LANGUAGES = ["en", "be", "ru"] as const;
export type SpellingLanguage = (typeof SPELLING_LANGUAGES)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugField = z
  .string({ error: "Enter the address name (slug)." })
  .trim()
  .min(1, "Enter the address name (slug), e.g. ales-bialiatski.")
  .max(100, "Use at most 100 characters.")
  .regex(SLUG_PATTERN, "Use lower-case Latin letters, digits and single hyphens only, e.g. ales-bialiatski.")
  // "new" is the address of the staff form that creates a record.
  .refine((slug) => slug !== "new", "“new” is reserved: choose another address name.");

function requiredText(what: string, max: number) {
  return z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`);
}

/** Optional text: empty becomes null, so a cleared field clears the fact. */
function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`)
    .optional()
    .transform((value) => (value ? value : null));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day typed as YYYY-MM-DD, as UTC midnight (how the database keeps days); null when it is not one. */
export function parseDay(value: string): Date | null {
  if (!ISO_DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 2100 ? date : null;
}

/** A day for a date input: "" when there is none. */
export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

const BAD_DAY = "Enter a date as YYYY-MM-DD, e.g. 2025-12-13.";

/** An optional day; a bad one is reported and read as empty, so the other rules still run. */
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const day = parseDay(value);
    if (!day) ctx.addIssue({ code: "custom", message: BAD_DAY });
    return day;
  });

const requiredDay = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .transform((value, ctx) => {
      const day = value ? parseDay(value) : null;
      if (!day) ctx.addIssue({ code: "custom", message: value ? BAD_DAY : `Enter ${what}.` });
      return day;
    });

/** A checkbox: "on" from a native form post, true/false from react-hook-form. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const sourceUrl = z
  .string()
  .trim()
  .max(1000, "Use at most 1,000 characters.")
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!z.url({ protocol: /^https?$/ }).safeParse(value).success) {
      ctx.addIssue({ code: "custom", message: "Enter the full address of the source, starting with https:// (or leave it empty)." });
    }
    return value;
  });

/** Slugs of linked prisoners: several checkboxes, one checkbox, or none. */
const slugList = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === "string" && value ? [value] : []),
  z.array(z.string().trim().max(100).regex(SLUG_PATTERN, "Choose people from the list.")).max(200, "Choose at most 200 people."),
);

/** A record's id, present when editing and absent when creating. */
const recordId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => (value ? value : null));

// ---------------------------------------------------------------------------
// Prisoners

export interface Spelling {
  language: SpellingLanguage;
  value: string;
}

const SPELLING_LINE = /^(en|be|ru)\s*:\s*(.+)$/i;

/** "be: Марфа Рабкова" per line; blank lines are ignored. */
export function parseSpellings(text: string): { spellings: Spelling[]; badLine?: number } {
  const spellings: Spelling[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const match = line.match(SPELLING_LINE);
    const value = match?.[2]?.trim();
    if (!match || !value || value.length > 200) return { spellings, badLine: index + 1 };
    spellings.push({ language: match[1]!.toLowerCase() as SpellingLanguage, value });
  }
  return { spellings };
}

export function formatSpellings(spellings: readonly Spelling[]): string {
  return spellings.map((s) => `${s.language}: ${s.value}`).join("\n");
}

const spellingsField = z
  .string()
  .max(10_000, "Use at most 10,000 characters.")
  .optional()
  .transform((text, ctx) => {
    const { spellings, badLine } = parseSpellings(text ?? "");
    if (badLine !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `Line ${badLine}: write one spelling per line as "en: …", "be: …" or "ru: …" (at most 200 characters).`,
      });
    }
    if (spellings.length > 50) ctx.addIssue({ code: "custom", message: "Give at most 50 other spellings." });
    return spellings;
  });

const statusField = z.enum(PRISONER_STATUSES, { error: "Choose a status." });

export const prisonerSchema = z
  .object({
    id: recordId,
    // The status the form was opened with; the server sets it from the database.
    previousStatus: z
      .union([statusField, z.literal("")])
      .optional()
      .transform((value) => (value ? value : null)),
    slug: slugField,
    nameLatin: requiredText("the name in Latin letters", 200),
    nameBelarusian: optionalText(200),
    nameRussian: optionalText(200),
    otherSpellings: spellingsField,
    status: statusField,
    detainedOn: optionalDay,
    releasedOn: optionalDay,
    sentence: optionalText(300),
    sentencedOn: optionalDay,
    court: optionalText(300),
    placeOfDetention: optionalText(500),
    postalAddress: optionalText(500),
    biography: optionalText(10_000),
    featured: checkbox,
    // Recorded in the timeline when the status changes; the source also backs a new profile.
    changedOn: optionalDay,
    changeText: optionalText(500),
    sourceTitle: optionalText(300),
    sourceUrl,
  })
  .superRefine((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (RELEASE_STATUSES.includes(data.status) && !data.releasedOn) {
      issue("releasedOn", `Enter the release date: the status “${STATUS_LABELS[data.status]}” means this person was released.`);
    }
    if (data.status === "DETAINED" && data.releasedOn) {
      issue("releasedOn", "A detained person has no release date: clear it, or choose a released status.");
    }
    if (data.detainedOn && data.releasedOn && data.releasedOn < data.detainedOn) {
      issue("releasedOn", "The release date cannot be before the detention date.");
    }
    if (data.detainedOn && data.sentencedOn && data.sentencedOn < data.detainedOn) {
      issue("sentencedOn", "The sentence date cannot be before the detention date.");
    }
    const created = data.id === null;
    const statusChanged = !created && data.previousStatus !== null && data.previousStatus !== data.status;
    if (statusChanged && !data.changedOn) issue("changedOn", "Enter the date of this change of status.");
    if (statusChanged && data.changedOn && data.detainedOn && data.changedOn < data.detainedOn) {
      issue("changedOn", "The change cannot be before the detention date.");
    }
    if ((created || statusChanged) && !data.sourceTitle) {
      issue("sourceTitle", created ? "Name the source of this profile's facts." : "Name the source of this change of status.");
    }
  });

export type PrisonerInput = z.input<typeof prisonerSchema>;
export type PrisonerData = z.output<typeof prisonerSchema>;

// ---------------------------------------------------------------------------
// Campaign updates

export const updateSchema = z.object({
  id: recordId,
  slug: slugField,
  title: requiredText("a title", 200),
  summary: requiredText("a summary", 600),
  body: requiredText("the text of the update", 50_000),
  publishedAt: requiredDay("the publication date"),
  prisoners: slugList,
});

export type UpdateInput = z.input<typeof updateSchema>;
export type UpdateData = z.output<typeof updateSchema>;

// ---------------------------------------------------------------------------
// Petitions

const GOAL_MESSAGE = "Enter the goal as a whole number of signatures greater than 0, e.g. 5000.";

export const petitionSchema = z.object({
  id: recordId,
  slug: slugField,
  title: requiredText("a title", 200),
  summary: requiredText("a summary", 600),
  body: requiredText("the text of the petition", 20_000),
  target: requiredText("who receives the petition", 200),
  goal: z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? Number.NaN : Number(value.trim().replace(/[\s,]/g, ""))) : value),
    z.number({ error: GOAL_MESSAGE }).int(GOAL_MESSAGE).positive(GOAL_MESSAGE).max(100_000_000, "Use a goal of at most 100,000,000."),
  ),
  state: z.enum(PETITION_STATES, { error: "Choose whether the petition is open or closed." }),
  prisoners: slugList,
});

export type PetitionInput = z.input<typeof petitionSchema>;
export type PetitionData = z.output<typeof petitionSchema>;

// ---------------------------------------------------------------------------
// What a content form gets back from its action

export type FormValues = Record<string, string | string[] | boolean>;

export type ContentFormState =
  | { status: "idle" }
  | { status: "forbidden" }
  | { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values?: FormValues };
