import "server-only";
import Database from "better-sqlite3";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { authorizeStaff, type RequiredRole, type Staff } from "./auth/guards";
import { fieldMessages, formObject, postedForm } from "./forms/form-data";
import { requestLocale } from "./i18n/request-locale";
import type { Locale } from "./i18n/routing";
import { localePath } from "./paths";
import { whileBusy } from "./db/errors";
import { Prisma } from "./generated/prisma/client";
import { anyLimited, type Limit } from "./rate-limit";
import { clientIpHash } from "./request";
import { emailHashOf } from "./supporters/identity";
import { tokenSchema } from "./supporters/token-shape";

// The one way to write a server action (docs/decisions/030). Every action is a public endpoint
// whose caller picks the arguments, so each is built from the same chain and none can skip a step:
//   supporters: read the form -> parse -> honeypot -> rate-limit -> handler (write + revalidate)
//   staff:      read the form -> authorize -> parse -> handler, given the authorized staff member
//   mail links: read the token -> rate-limit -> handler, then back to the link's page
// Staff are authorized before parsing: an anonymous caller learns nothing about the form and
// costs no database read. A database failure anywhere in the chain becomes the action's own
// "nothing was saved, try again" answer (the form re-rendered, with or without JavaScript) and
// one log line without personal data; a redirect or notFound from next/navigation passes through.

/** A server action as useActionState and a native `<form action>` call it. */
export type FormAction<State> = (previous: State, form: unknown) => Promise<State>;

/** One limit and the key it counts against (always a keyed hash). */
export type LimitCheck = readonly [Limit, string];

/** What a staff form shows when its write failed; supporter forms show the "notSaved" key. */
export const NOT_SAVED = "Nothing was saved. Please try again in a moment.";

export interface PublicActionSpec<Data, State> {
  /** The action's name, for the log line of a failed write. */
  name: string;
  schema: z.ZodType<Data>;
  /** The answer to input the schema refuses: nothing is written. */
  invalid: (error: z.ZodError, form: FormData) => NoInfer<State>;
  /** The answer to a filled honeypot (`website`): a bot is answered like a person, nothing is written. */
  honeypot?: (data: Data) => NoInfer<State> | Promise<NoInfer<State>>;
  /** The answer when the database failed: nothing was saved. */
  failed: (form: FormData) => NoInfer<State>;
  /** Limits counted before the handler, keyed by what the caller cannot forge; `limited` answers a used-up one. */
  limits?: (data: Data, ipHash: string) => readonly LimitCheck[];
  limited?: (form: FormData) => NoInfer<State>;
  /** `locale`: the language of the page posted from, for the mails the handler writes. */
  handler: (data: Data, request: { form: FormData; ipHash: string; locale: Locale }) => Promise<NoInfer<State>>;
}

/** A supporter's action: parse, honeypot, rate-limit, then the handler. */
export function publicAction<Data, State>(spec: PublicActionSpec<Data, State>): FormAction<State> {
  const { limits, limited } = spec;
  if (limits && !limited) throw new Error(`${spec.name}: limits without a "limited" answer`);
  return async (_previous, posted) => {
    const form = postedForm(posted);
    const parsed = spec.schema.safeParse(formObject(form));
    if (!parsed.success) return spec.invalid(parsed.error, form);
    return orNothingSaved(
      spec.name,
      () => spec.failed(form),
      async () => {
        if (spec.honeypot && (parsed.data as { website?: unknown }).website) return spec.honeypot(parsed.data);
        const ipHash = await clientIpHash();
        if (limits && limited && (await anyLimited(limits(parsed.data, ipHash)))) return limited(form);
        return spec.handler(parsed.data, { form, ipHash, locale: await requestLocale() });
      },
    );
  };
}

/**
 * A form action whose success, when the form was posted without JavaScript, goes on (303) to a
 * page of its own in the form's language: a cached page costs far less than the form's page
 * rendered again with the answer, and a reload does not post the form twice. Called from the
 * page's script (Next sends the Next-Action header then), it answers in place as before; a
 * refusal answers in place either way, keeping what was typed.
 */
export function successGoesOn<State extends { status: string }>(
  action: FormAction<State>,
  page: (form: FormData) => string,
): FormAction<State> {
  return async (previous, posted) => {
    const answer = await action(previous, posted);
    if (answer.status === "sent" && !(await headers()).has("next-action")) {
      redirect(localePath(await requestLocale(), page(postedForm(posted))));
    }
    return answer;
  };
}

/** The fixed answers of a staff form: a refusal, input to fix, a failed write. */
export interface StaffAnswers<State> {
  forbidden: NoInfer<State>;
  invalid: (error: z.ZodError, form: FormData) => NoInfer<State>;
  failed: (form: FormData) => NoInfer<State>;
}

export interface StaffActionOptions<State> {
  name: string;
  answers: StaffAnswers<State>;
  /** Fields that keep every posted value (checkbox groups). */
  lists?: readonly string[];
  /** Adds to the input what the database, not the form, decides; null (answered `gone`) when the record is gone. */
  withStored?: { read: (input: Record<string, unknown>) => Promise<Record<string, unknown> | null>; gone: NoInfer<State> };
}

/**
 * A staff action: the role is checked inside (a missing or insufficient one answers `forbidden`
 * and changes nothing), then the input; the handler gets the authorized staff member for its
 * audit entry, which the mutation writes in the same transaction as the change.
 */
export function staffAction<Data, State>(
  role: RequiredRole,
  schema: z.ZodType<Data>,
  handler: (data: Data, request: { staff: Staff; form: FormData }) => Promise<NoInfer<State>>,
  options: StaffActionOptions<State>,
): FormAction<State> {
  const { name, answers, lists = [], withStored } = options;
  return async (_previous, posted) => {
    const form = postedForm(posted);
    return orNothingSaved(
      name,
      () => answers.failed(form),
      async () => {
        const staff = await authorizeStaff(role);
        if (!staff) return answers.forbidden;
        const raw = formObject(form, lists);
        const input = withStored ? await withStored.read(raw) : raw;
        if (!input) return withStored!.gone;
        const parsed = schema.safeParse(input);
        if (!parsed.success) return answers.invalid(parsed.error, form);
        return handler(parsed.data, { staff, form });
      },
    );
  };
}

/** What a link's page says after its button was pressed: `?press=limited` or `?press=failed`. */
export type PressNotice = "limited" | "failed";

export function pressNotice(searchParams: Record<string, string | string[] | undefined>): PressNotice | undefined {
  const press = searchParams.press;
  return press === "limited" || press === "failed" ? press : undefined;
}

export interface LinkActionSpec {
  name: string;
  /** The page of the link; a limited or failed press comes back to it with its notice. */
  page: (token: string) => string;
  /** Where a token that is not a token goes (the page of the token "invalid" unless given). */
  invalid?: string;
  limit?: Limit;
  /** Does what the button says; returns where to go next (the link's page unless it says). */
  handler: (token: string) => Promise<string | void>;
}

/**
 * The button on a page a mail links to (confirm, unsubscribe, erase): a plain form post that
 * always ends in a redirect to a page saying what happened, never an error page.
 */
export function linkAction(spec: LinkActionSpec): (posted: unknown) => Promise<void> {
  return async (posted) => {
    const parsed = tokenSchema.safeParse(formObject(postedForm(posted)));
    if (!parsed.success) redirect(localePath(await requestLocale(), spec.invalid ?? spec.page("invalid")));
    const token = parsed.data.token;
    const page = spec.page(token);
    const next = await orNothingSaved(
      spec.name,
      () => `${page}?press=failed`,
      async () => {
        if (spec.limit && (await anyLimited([[spec.limit, await clientIpHash()]]))) return `${page}?press=limited`;
        return (await whileBusy(() => spec.handler(token))) ?? page;
      },
    );
    // Back to the page in the language it was pressed in.
    redirect(localePath(await requestLocale(), next));
  };
}

/** The answers of a supporter form that gives back what was typed: "catalogue key" messages. */
export function echoingAnswers<Values>(echo: (form: FormData) => Values) {
  type Answer = { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values: Values };
  return {
    invalid: (error: z.ZodError, form: FormData): Answer => ({ status: "error", fieldErrors: fieldMessages(error), values: echo(form) }),
    limited: (form: FormData): Answer => ({ status: "error", message: "rateLimited", values: echo(form) }),
    failed: (form: FormData): Answer => ({ status: "error", message: "notSaved", values: echo(form) }),
  };
}

/**
 * The steps of a supporter form that sends a mail (sign, subscribe, "my data"): errors give back
 * what was typed, a bot is told "sent", and limits count per client address and per mailbox (its
 * canonical address's hash), so one address cannot flood another's inbox.
 */
export function mailingForm<Values>(echo: (form: FormData) => Values, perIp: Limit, perEmail: Limit) {
  return {
    ...echoingAnswers(echo),
    honeypot: () => ({ status: "sent" as const }),
    limits: (data: { email: string }, ipHash: string): LimitCheck[] => [
      [perIp, ipHash],
      [perEmail, emailHashOf(data.email)],
    ],
  };
}

/** Runs a step; a database failure in it becomes `failed()` and one log line, anything else is thrown on. */
export async function orNothingSaved<State>(name: string, failed: () => State, step: () => Promise<State>): Promise<State> {
  try {
    return await step();
  } catch (error) {
    // redirect(), notFound() and Next's own signals are not failures: they must reach Next.
    unstable_rethrow(error);
    if (!isDatabaseFailure(error)) throw error;
    // The code only: a driver's message may quote what was written.
    console.error(`[action] ${name}: the database refused or failed, nothing was saved (${failureCode(error)})`);
    return failed();
  }
}

/** The database, not our code, failed: unavailable, locked, full, a constraint or trigger refused. */
function isDatabaseFailure(error: unknown): error is Error {
  return (
    error instanceof Database.SqliteError ||
    error instanceof Prisma.PrismaClientKnownRequestError ||
    error instanceof Prisma.PrismaClientUnknownRequestError ||
    error instanceof Prisma.PrismaClientRustPanicError ||
    error instanceof Prisma.PrismaClientInitializationError ||
    (error instanceof Error && error.name === "DriverAdapterError")
  );
}

function failureCode(error: Error): string {
  const code = (error as { code?: unknown; errorCode?: unknown }).code ?? (error as { errorCode?: unknown }).errorCode;
  return typeof code === "string" ? code : error.name;
}
