// After the run: every row a supporter's request can write, read straight from the database and
// held to the app's own rules (its zod schemas, cleanText, limits, enums). Columns are read by
// name as they are, so the check follows migrations that add or seal columns: any column named
// *Encrypted or *Sealed must decrypt with the run's key.
import { createDecipheriv } from "node:crypto";
import Database from "better-sqlite3";
import { z } from "zod";
import { cleanText, MESSAGE_MAX, NAME_MAX } from "../../lib/comments/checks";
import { REPORT_REASONS } from "../../lib/comments/report-reasons";
import { firstName } from "../../lib/petitions/schema";
import { isReferralCode, REFERRAL_CHANNELS } from "../../lib/referrals/referral";
import { isCountryCode } from "../../lib/supporters/countries";

export interface BadRow {
  table: string;
  id: string;
  problem: string;
  value?: string;
}

type Row = Record<string, unknown>;

/** Control characters (C0 but tab and line feed, DEL, C1) and the bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const HEX64 = /^[0-9a-f]{64}$/;
const email = z.email();

// The authenticated purposes the app seals with (lib/petitions/sealed.ts, lib/mail/outbox.ts); emails have none.
const PURPOSES = [undefined, "signature-name", "signature-country", "outbox-mail"];

/** Decrypts the app's AES-256-GCM format ("v1.iv.tag.body", lib/crypto.ts) under whichever purpose opens it. */
function decrypt(sealed: string, key: Buffer): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("not in the v1 format");
  for (const purpose of PURPOSES) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      if (purpose) decipher.setAAD(Buffer.from(purpose, "utf8"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      // another purpose
    }
  }
  throw new Error("does not open with the run's key under any purpose the app uses");
}

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120);

/** A name as shown on a page: one line, no control or bidi characters, trimmed, within limits. */
function nameProblem(value: string, max: number): string | null {
  if (CONTROL.test(value)) return "control character in a name";
  if (BIDI_CONTROL.test(value)) return "bidi override/embedding/isolate in a name";
  if (/[\r\n\u2028\u2029]/.test(value)) return "line break in a name";
  if (value !== value.trim()) return "name not trimmed";
  // Lengths as zod counts them: code points.
  const length = [...value].length;
  if (length < 1 || length > max) return `name length ${length} outside 1..${max}`;
  return null;
}

export function checkRows(dbFile: string, encryptionKey: string): { checked: Record<string, number>; bad: BadRow[] } {
  const key = Buffer.from(encryptionKey, "base64url");
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const bad: BadRow[] = [];
  const checked: Record<string, number> = {};
  const flag = (table: string, row: Row, problem: string, value?: unknown) =>
    bad.push({ table, id: String(row.id ?? row.prisonerId ?? "?"), problem, value: value === undefined ? undefined : show(value) });

  const ids = (table: string) => new Set((db.prepare(`SELECT id FROM "${table}"`).all() as { id: string }[]).map((r) => r.id));
  const prisoners = ids("Prisoner");
  const petitions = ids("Petition");
  const updates = ids("Update");
  const comments = ids("Comment");

  const sealedColumns = (table: string) => columns(db, table).filter((name) => /(Encrypted|Sealed)$|^sealed$/.test(name));
  /** Every sealed column decrypts; returns the clear values by column. */
  function unseal(table: string, row: Row): Record<string, string> {
    const clear: Record<string, string> = {};
    for (const column of sealedColumns(table)) {
      const value = row[column];
      if (value === null || value === undefined) continue;
      // Right after migration 20261201110000_outbox_sealed a pending mail may still be in clear until the worker seals it.
      if (String(value).startsWith("legacy-plain:")) {
        clear[column] = String(value).slice("legacy-plain:".length);
        continue;
      }
      try {
        clear[column] = decrypt(String(value), key);
      } catch (error) {
        flag(table, row, `${column} does not decrypt (${(error as Error).message})`);
      }
    }
    return clear;
  }
  const hashColumns = (table: string) => columns(db, table).filter((name) => /Hash$/.test(name));
  function checkHashes(table: string, row: Row) {
    for (const column of hashColumns(table)) {
      const value = row[column];
      if (value !== null && !HEX64.test(String(value))) flag(table, row, `${column} is not a 64-hex-digit hash`, value);
    }
  }
  const rows = (table: string) => {
    const all = db.prepare(`SELECT * FROM "${table}"`).all() as Row[];
    checked[table] = all.length;
    return all;
  };

  for (const row of rows("Signature")) {
    checkHashes("Signature", row);
    const clear = unseal("Signature", row);
    const name = (row.name ?? clear.nameEncrypted ?? clear.nameSealed ?? null) as string | null;
    if (name !== null) {
      const problem = nameProblem(name, 100);
      if (problem) flag("Signature", row, problem, name);
    }
    if (row.publicName !== null && row.publicName !== undefined) {
      const publicName = String(row.publicName);
      const problem = nameProblem(publicName, 100);
      if (problem) flag("Signature", row, `publicName: ${problem}`, publicName);
      if (!row.showName) flag("Signature", row, "publicName kept without consent (showName false)", publicName);
      if (name !== null && publicName !== firstName(name)) flag("Signature", row, "publicName is not the name's first word", publicName);
    }
    for (const column of ["emailEncrypted"]) {
      if (clear[column] !== undefined && !email.safeParse(clear[column]).success) flag("Signature", row, `${column} is not an email`);
    }
    const country = (row.country ?? clear.countryEncrypted ?? clear.countrySealed) as string | undefined;
    if (country !== undefined && country !== null && !isCountryCode(country)) flag("Signature", row, "country is not an ISO code", country);
    if (!["PENDING", "CONFIRMED", "FRAUDULENT", "INVALIDATED"].includes(String(row.state)))
      flag("Signature", row, "state outside the enum", row.state);
    if (!petitions.has(String(row.petitionId))) flag("Signature", row, "petition does not exist");
    if (row.referralCode !== null && row.referralCode !== undefined && !isReferralCode(row.referralCode))
      flag("Signature", row, "referralCode malformed", row.referralCode);
    if (
      row.referralChannel !== null &&
      row.referralChannel !== undefined &&
      !(REFERRAL_CHANNELS as readonly string[]).includes(String(row.referralChannel))
    )
      flag("Signature", row, "referralChannel outside the list", row.referralChannel);
  }

  for (const row of rows("Subscription")) {
    checkHashes("Subscription", row);
    const clear = unseal("Subscription", row);
    if (clear.emailEncrypted !== undefined && !email.safeParse(clear.emailEncrypted).success)
      flag("Subscription", row, "emailEncrypted is not an email");
    if (!["PENDING", "CONFIRMED", "UNSUBSCRIBED"].includes(String(row.state)))
      flag("Subscription", row, "state outside the enum", row.state);
    const scopeOk = row.prisonerId === null ? row.scope === "all" : row.scope === row.prisonerId && prisoners.has(String(row.prisonerId));
    if (!scopeOk) flag("Subscription", row, "scope does not match prisonerId", { scope: row.scope, prisonerId: row.prisonerId });
  }

  for (const row of rows("Comment")) {
    checkHashes("Comment", row);
    const authorName = String(row.authorName);
    const problem = nameProblem(authorName, NAME_MAX);
    if (problem) flag("Comment", row, `authorName: ${problem}`, authorName);
    if (cleanText(authorName).replace(/\s+/g, " ") !== authorName) flag("Comment", row, "authorName is not cleaned", authorName);
    const body = String(row.body);
    if (cleanText(body) !== body) flag("Comment", row, "body is not cleaned (cleanText changes it)", body);
    if ([...body].length < 1 || [...body].length > MESSAGE_MAX)
      flag("Comment", row, `body length ${[...body].length} outside 1..${MESSAGE_MAX}`);
    if (!["PENDING", "APPROVED", "REJECTED"].includes(String(row.state))) flag("Comment", row, "state outside the enum", row.state);
    const onPrisoner = row.prisonerId !== null && prisoners.has(String(row.prisonerId));
    const onUpdate = row.updateId !== null && updates.has(String(row.updateId));
    if (onPrisoner === onUpdate) flag("Comment", row, "not on exactly one existing page");
  }

  for (const row of rows("CommentReport")) {
    checkHashes("CommentReport", row);
    if (!(REPORT_REASONS as readonly string[]).includes(String(row.reason)))
      flag("CommentReport", row, "reason outside the list", row.reason);
    if (!comments.has(String(row.commentId))) flag("CommentReport", row, "comment does not exist");
  }

  for (const row of rows("LetterCount")) {
    if (!Number.isInteger(row.count) || Number(row.count) < 0) flag("LetterCount", row, "count is not a whole number >= 0", row.count);
    if (!prisoners.has(String(row.prisonerId))) flag("LetterCount", row, "prisoner does not exist");
  }

  const MAIL_KINDS = [
    "signature-confirm",
    "signature-duplicate",
    "subscription-confirm",
    "subscription-duplicate",
    "campaign-update",
    "my-data-link",
  ];
  for (const row of rows("OutboxMessage")) {
    const clear = unseal("OutboxMessage", row);
    if (clear.toEncrypted !== undefined && !email.safeParse(clear.toEncrypted).success)
      flag("OutboxMessage", row, "toEncrypted is not an email");
    if (!MAIL_KINDS.includes(String(row.kind))) flag("OutboxMessage", row, "kind outside the templates", row.kind);
    if (!["PENDING", "SENT", "FAILED"].includes(String(row.state))) flag("OutboxMessage", row, "state outside the enum", row.state);
    if (row.headers !== null && row.headers !== undefined) {
      try {
        const headers = JSON.parse(String(row.headers));
        if (typeof headers !== "object" || headers === null || Array.isArray(headers))
          flag("OutboxMessage", row, "headers is not a JSON object");
        else if (Object.values(headers).some((value) => /[\r\n]/.test(String(value))))
          flag("OutboxMessage", row, "line break in a mail header (header injection)");
      } catch {
        flag("OutboxMessage", row, "headers is not JSON");
      }
    }
    if ("subject" in row && /[\r\n]/.test(String(row.subject ?? "")))
      flag("OutboxMessage", row, "line break in the subject (header injection)", row.subject);
    // Sealed mails (lib/mail/outbox.ts): the same rules inside the seal.
    if (clear.sealed !== undefined) {
      try {
        const mail = JSON.parse(clear.sealed) as { to?: unknown; subject?: unknown; headers?: Record<string, unknown> | null };
        if (!email.safeParse(mail.to).success) flag("OutboxMessage", row, "sealed mail's recipient is not an email");
        if (/[\r\n]/.test(String(mail.subject ?? "")))
          flag("OutboxMessage", row, "line break in the sealed subject (header injection)", mail.subject);
        if (mail.headers && Object.values(mail.headers).some((value) => /[\r\n]/.test(String(value))))
          flag("OutboxMessage", row, "line break in a sealed mail header (header injection)");
      } catch {
        flag("OutboxMessage", row, "sealed mail is not JSON");
      }
    }
  }

  for (const row of rows("AccessToken")) checkHashes("AccessToken", row);

  db.close();
  return { checked, bad };
}
