import { z } from "zod";
import { optionalDay, optionalText, requiredText, SLUG_PATTERN, slugFromName } from "../forms/editor";
import { PrisonerStatus, Region, Sex } from "../generated/prisma/enums";
import { parseSpellings, RELEASE_STATUSES, STATUS_LABELS } from "../prisoners/schema";

// The row format of a prisoner import (docs/import.md): one person a row, every value a string
// (CSV) or a JSON value read as one. Shared by the CLI and the staff page.

/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** More rows than this in one file are refused: split the file. */
export const MAX_IMPORT_ROWS = 20_000;

/** Every column, in the order of the documentation and the sample file. */
export const IMPORT_COLUMNS = [
  "slug",
  "nameLatin",
  "nameBelarusian",
  "nameRussian",
  "otherSpellings",
  "birthDate",
  "sex",
  "status",
  "detainedOn",
  "releasedOn",
  "articles",
  "sentence",
  "court",
  "judge",
  "prison",
  "region",
  "canReceiveLetters",
  "noContactSince",
  "checkedOn",
  "sourceTitle",
  "sourceUrl",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["nameLatin", "status", "sourceTitle"];

export type RawRow = Partial<Record<ImportColumn, string>>;

/** "released-in-exile", "Released in exile" and "RELEASED_IN_EXILE" are one value. */
function enumField<T extends string>(values: Record<string, T>, what: string) {
  const known = Object.values(values);
  const spoken = known.map((v) => v.toLowerCase().replace(/_/g, "-")).join(", ");
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const normal = value.toUpperCase().replace(/[\s-]+/g, "_") as T;
      if (known.includes(normal)) return normal;
      ctx.addIssue({ code: "custom", message: `unknown ${what} “${value}”: use one of ${spoken}` });
      return null;
    });
}

const YES = new Set(["yes", "true", "1", "y"]);
const NO = new Set(["no", "false", "0", "n"]);

const ARTICLE = /^\d{1,3}(?:[-.]\d{1,2})*$/;

const sourceUrl = z
  .string()
  .trim()
  .max(1000, "use at most 1,000 characters")
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!z.url({ protocol: /^https?$/ }).safeParse(value).success) {
      ctx.addIssue({ code: "custom", message: "give the full address of the source, starting with https://" });
    }
    return value;
  });

export const importRowSchema = z
  .object({
    slug: z.string().trim().max(100, "use at most 100 characters").optional(),
    nameLatin: requiredText("the name in Latin letters", 200),
    nameBelarusian: optionalText(200),
    nameRussian: optionalText(200),
    // "be: Алесь Бяляцкі | ru: Алесь Беляцкий": the staff editor's lines, separated by "|".
    otherSpellings: z
      .string()
      .max(10_000, "use at most 10,000 characters")
      .optional()
      .transform((text, ctx) => {
        const { spellings, badLine } = parseSpellings((text ?? "").split("|").join("\n"));
        if (badLine !== undefined) {
          ctx.addIssue({ code: "custom", message: `write each spelling as "en: …", "be: …" or "ru: …", separated by "|"` });
        }
        return spellings;
      }),
    birthDate: optionalDay,
    sex: enumField(Sex, "sex"),
    status: enumField(PrisonerStatus, "status"),
    detainedOn: optionalDay,
    releasedOn: optionalDay,
    // "342; 361-1": articles of the Criminal Code, separated by ";".
    articles: z
      .string()
      .max(1000, "use at most 1,000 characters")
      .optional()
      .transform((text, ctx) => {
        const articles = (text ?? "")
          .split(";")
          .map((a) => a.trim())
          .filter(Boolean);
        const bad = articles.find((a) => !ARTICLE.test(a));
        if (bad) ctx.addIssue({ code: "custom", message: `“${bad}” is not an article number such as 342 or 361-1` });
        return [...new Set(articles)];
      }),
    sentence: optionalText(300),
    court: optionalText(300),
    judge: optionalText(300),
    // The slug of a place of detention already recorded (checked when the file is planned).
    prison: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        if (!SLUG_PATTERN.test(value)) ctx.addIssue({ code: "custom", message: `“${value}” is not a prison's address name` });
        return value;
      }),
    region: enumField(Region, "region"),
    canReceiveLetters: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        const lower = value.toLowerCase();
        if (YES.has(lower)) return true;
        if (NO.has(lower)) return false;
        ctx.addIssue({ code: "custom", message: `write yes or no, not “${value}”` });
        return null;
      }),
    noContactSince: optionalDay,
    checkedOn: optionalDay,
    sourceTitle: requiredText("the source of this row's facts", 300),
    sourceUrl,
  })
  .superRefine((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (data.status && RELEASE_STATUSES.includes(data.status) && !data.releasedOn) {
      issue("releasedOn", `give the release date: the status “${STATUS_LABELS[data.status]}” means this person was released`);
    }
    if (data.status === "DETAINED" && data.releasedOn) issue("releasedOn", "a detained person has no release date");
    if (data.detainedOn && data.releasedOn && data.releasedOn < data.detainedOn) {
      issue("releasedOn", "the release date cannot be before the detention date");
    }
    const slug = data.slug || slugFromName(data.nameLatin);
    if (!SLUG_PATTERN.test(slug) || slug === "new") {
      issue(
        "slug",
        data.slug
          ? `“${data.slug}” is not an address name (lower-case Latin letters, digits, single hyphens)`
          : "no address name can be made from the Latin name: give a slug",
      );
    }
  });

/** A row that passed: the status is present (refused otherwise) and the slug is settled. */
export type ImportRow = Omit<z.output<typeof importRowSchema>, "status" | "slug"> & { slug: string; status: PrisonerStatus };

/** A row's facts or the reason it is refused, in the words the plan prints. */
export function validateRow(raw: RawRow): { row: ImportRow } | { reason: string } {
  const parsed = importRowSchema.safeParse(raw);
  if (!parsed.success) {
    return { reason: parsed.error.issues.map((i) => (i.path.length ? `${String(i.path[0])}: ${i.message}` : i.message)).join("; ") };
  }
  const data = parsed.data;
  if (data.status === null) return { reason: "status: give the status (detained, released, …)" };
  return { row: { ...data, status: data.status, slug: data.slug || slugFromName(data.nameLatin) } };
}
