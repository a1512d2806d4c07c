import { z } from "zod";
import { PrisonerStatus, type Region, Sex } from "../generated/prisma/enums";
import { optionalDay, optionalText, recordId, requiredText, SLUG_PATTERN, slugField } from "../forms/editor";
import { checkbox } from "../forms/fields";
import { optionalChoice, REGIONS } from "../prisons/schema";

export const PRISONER_STATUSES = Object.values(PrisonerStatus) as [PrisonerStatus, ...PrisonerStatus[]];
export const PRISONERS_PER_PAGE = 24;

// Search state lives in the URL (?q=, ?status=, ?page=) so a search can be shared.
export const prisonerSearchSchema = z.object({
  q: z.string().trim().max(100, "the search is longer than 100 characters").default(""),
  status: z.enum(PRISONER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export type PrisonerSearch = z.infer<typeof prisonerSearchSchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** Reads the search from URL parameters; a bad parameter falls back to "everyone" with a reason. */
export function parsePrisonerSearch(params: RawParams): { search: PrisonerSearch; error?: string } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const raw = {
    q: first(params.q),
    status: first(params.status) || undefined,
    page: first(params.page) || undefined,
  };
  const parsed = prisonerSearchSchema.safeParse(raw);
  if (parsed.success) return { search: parsed.data };
  return {
    search: { q: "", page: 1 },
    error: parsed.error.issues.map((issue) => issue.message).join("; "),
  };
}

// ---------------------------------------------------------------------------
// The staff editor of a profile: rules shared by the browser (react-hook-form) and the server action

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

export const SEXES = Object.values(Sex) as [Sex, ...Sex[]];
export const SEX_LABELS: Record<Sex, string> = { FEMALE: "Woman", MALE: "Man" };

/** "Can receive letters": yes, no, or not known (empty). */
export const LETTER_ANSWERS = ["yes", "no"] as const;

const prisonField = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!SLUG_PATTERN.test(value)) ctx.addIssue({ code: "custom", message: "Choose a place of detention from the list." });
    return value;
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
    // The current place of detention, by its address name (lib/prisons); empty: none recorded.
    prison: prisonField,
    region: optionalChoice(REGIONS, "Choose a region from the list."),
    sex: optionalChoice(SEXES, "Choose from the list."),
    judge: optionalText(300),
    canReceiveLetters: optionalChoice(LETTER_ANSWERS, "Choose yes, no or not known.").transform((v) => (v === null ? null : v === "yes")),
    lettersSourceTitle: optionalText(300),
    lettersSourceUrl: sourceUrl,
    noContactSince: optionalDay,
    factsCheckedOn: optionalDay,
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
    if (data.canReceiveLetters !== null && !data.lettersSourceTitle) {
      issue("lettersSourceTitle", "Name the source that says whether this person can receive letters.");
    }
    if (data.canReceiveLetters === null && (data.lettersSourceTitle || data.lettersSourceUrl)) {
      issue("canReceiveLetters", "Choose yes or no for the source you named, or clear the source.");
    }
    if ((created || statusChanged) && !data.sourceTitle) {
      issue("sourceTitle", created ? "Name the source of this profile's facts." : "Name the source of this change of status.");
    }
  });

export type PrisonerInput = z.input<typeof prisonerSchema>;
export type PrisonerData = z.output<typeof prisonerSchema>;

// What the editor starts from: a new profile's empty values, or a stored profile's values as
// strings (queries.ts). A plain module, so pages (server) and forms (client) share it.

export interface PrisonerFormValues {
  id: string;
  previousStatus: PrisonerStatus | "";
  slug: string;
  nameLatin: string;
  nameBelarusian: string;
  nameRussian: string;
  otherSpellings: string;
  status: PrisonerStatus;
  detainedOn: string;
  releasedOn: string;
  sentence: string;
  sentencedOn: string;
  court: string;
  placeOfDetention: string;
  postalAddress: string;
  prison: string;
  region: Region | "";
  sex: Sex | "";
  judge: string;
  canReceiveLetters: "" | "yes" | "no";
  lettersSourceTitle: string;
  lettersSourceUrl: string;
  noContactSince: string;
  factsCheckedOn: string;
  biography: string;
  featured: boolean;
  changedOn: string;
  changeText: string;
  sourceTitle: string;
  sourceUrl: string;
}

export const EMPTY_PRISONER: PrisonerFormValues = {
  id: "",
  previousStatus: "",
  slug: "",
  nameLatin: "",
  nameBelarusian: "",
  nameRussian: "",
  otherSpellings: "",
  status: "DETAINED",
  detainedOn: "",
  releasedOn: "",
  sentence: "",
  sentencedOn: "",
  court: "",
  placeOfDetention: "",
  postalAddress: "",
  prison: "",
  region: "",
  sex: "",
  judge: "",
  canReceiveLetters: "",
  lettersSourceTitle: "",
  lettersSourceUrl: "",
  noContactSince: "",
  factsCheckedOn: "",
  biography: "",
  featured: false,
  changedOn: "",
  changeText: "",
  sourceTitle: "",
  sourceUrl: "",
};
