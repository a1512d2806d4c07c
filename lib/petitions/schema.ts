import { z } from "zod";
import { PetitionState } from "../generated/prisma/enums";
import { recordId, requiredText, slugField, slugList } from "../forms/editor";
import { checkbox, emailField, honeypot, lineField } from "../forms/fields";
import { canonicalEmail } from "../supporters/canonical-email";
import { isCountryCode } from "../supporters/countries";
import { NAME_MAX } from "./limits";


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

// ---------------------------------------------------------------------------
// The staff editor of a petition: rules shared by the browser (react-hook-form) and the server action

export const PETITION_STATES = Object.values(PetitionState) as [PetitionState, ...PetitionState[]];

/** What the editor starts from: a new petition's empty values, or a stored one's as strings (queries.ts). */
export interface PetitionFormValues {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  target: string;
  goal: string;
  state: PetitionState;
  prisoners: string[];
}

export const EMPTY_PETITION: PetitionFormValues = {
  id: "",
  slug: "",
  title: "",
  summary: "",
  body: "",
  target: "",
  goal: "",
  state: "OPEN",
  prisoners: [],
};

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
// Bulk invalidation of signatures (a bot wave, a spam domain): the rules of the staff form, shared
// by the browser and the server action.

export const INVALIDATION_MODES = ["domain", "ip", "time"] as const;
export type InvalidationMode = (typeof INVALIDATION_MODES)[number];

/** A keyed IP hash as stored (HMAC-SHA256, hex). */
export const IP_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** The canonical form of an email domain, as canonicalEmail() leaves it ("@GoogleMail.com." -> "gmail.com"). */
export function canonicalDomain(domain: string): string {
  const bare = domain.trim().replace(/^@+/, "");
  return canonicalEmail(`x@${bare}`).slice(2);
}

const DOMAIN_PATTERN = /^(?=.{3,253}$)[^\s@.]+(\.[^\s@.]+)+$/u;

// A date and time in UTC, as a datetime-local input sends it: "2026-11-28T15:20" (seconds optional).
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant a datetime-local value names in UTC, and the first instant after the minute (or second) it names. */
export function parseUtcDateTime(value: string): { start: Date; end: Date } | null {
  const match = value.match(DATETIME);
  if (!match) return null;
  const start = new Date(`${value.length === 16 ? `${value}:00` : value}.000Z`);
  if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, value.length) !== value) return null;
  return { start, end: new Date(start.getTime() + (match[6] === undefined ? 60_000 : 1000)) };
}

const text = (max: number) => z.string().trim().max(max).optional().default("");

export const invalidationSchema = z
  .object({
    petition: z.string().trim().min(1, "Choose a petition.").max(120),
    mode: z.enum(INVALIDATION_MODES, { error: "Choose how to find the signatures." }),
    domain: text(253),
    ip: text(64),
    from: text(19),
    to: text(19),
    step: z.enum(["preview", "apply"]).optional().default("preview"),
    // The count the preview showed, carried by the confirmation button.
    expected: z.coerce.number().int().min(0).optional(),
  })
  .superRefine((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (data.mode === "domain" && !DOMAIN_PATTERN.test(canonicalDomain(data.domain))) {
      issue("domain", "Enter an email domain, e.g. example.com.");
    }
    if (data.mode === "ip") {
      const value = data.ip.toLowerCase();
      const isAddress = z.ipv4().safeParse(value).success || z.ipv6().safeParse(value).success;
      if (!IP_HASH_PATTERN.test(value) && !isAddress)
        issue("ip", "Enter an IP address (it is hashed, never stored) or a 64-character IP hash.");
    }
    if (data.mode === "time") {
      const from = parseUtcDateTime(data.from);
      const to = parseUtcDateTime(data.to);
      if (!from) issue("from", "Enter when the period starts (UTC), e.g. 2026-11-28T15:00.");
      if (!to) issue("to", "Enter when the period ends (UTC), e.g. 2026-11-28T16:00.");
      if (from && to && to.end <= from.start) issue("to", "The end must be after the start.");
    }
  });

export type InvalidationInput = z.input<typeof invalidationSchema>;
export type InvalidationForm = z.output<typeof invalidationSchema>;

/** Which signatures to invalidate, as the server matches them. */
export type Criteria = { mode: "domain"; domain: string } | { mode: "ip"; ipHash: string } | { mode: "time"; from: Date; until: Date };

/** Criteria as staff see them in the form and the audit log (never an address). */
export function describeCriteria(criteria: Criteria): string {
  switch (criteria.mode) {
    case "domain":
      return `email domain ${criteria.domain}`;
    case "ip":
      return `IP hash ${criteria.ipHash.slice(0, 12)}…`;
    case "time":
      return `signed from ${criteria.from.toISOString()} until before ${criteria.until.toISOString()}`;
  }
}

export interface InvalidationCounts {
  total: number;
  confirmed: number;
  pending: number;
}

export type InvalidationState =
  | { status: "idle" }
  | { status: "forbidden" }
  | { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string> }
  | { status: "preview"; counts: InvalidationCounts; description: string; values: Record<string, string> }
  | { status: "done"; counts: InvalidationCounts; description: string; previewed: number | null };
