import "server-only";
import { decrypt, encrypt } from "../crypto";

export interface OutgoingMail {
  /** What the mail is for, e.g. "signature-confirm"; kept for staff and logs (never the address). */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * The outbox row for a mail. Callers create it in the same transaction as the change that causes
 * the mail, so a mail is never lost and never sent for a change that was rolled back; the worker
 * (lib/mail/worker.ts) sends it.
 *
 * Everything a reader could use (recipient, subject, bodies with their confirm and "my data"
 * links, names, List-Unsubscribe headers) is sealed together in `sealed` before it reaches the
 * database, and the worker sets it to null once the mail is sent (docs/decisions/015).
 */
export interface OutgoingMailRow {
  kind: string;
  sealed: string;
}

/** Authenticated purpose of the ciphertext: a sealed email or name never opens as a mail. */
const PURPOSE = "outbox-mail";

/**
 * Rows written before 20261201110000_outbox_sealed that were still waiting: the migration could
 * not seal them (SQL has no key), so it wrapped their columns in this form and
 * sealLegacyOutboxRows (lib/mail/worker.ts) seals them when a worker starts.
 */
export const LEGACY_PLAIN_PREFIX = "legacy-plain:";

export function outboxRow(mail: OutgoingMail): OutgoingMailRow {
  const { kind, to, subject, text, html, headers } = mail;
  return { kind, sealed: sealMail({ to, subject, text, html, headers }) };
}

export type SealedMail = Omit<OutgoingMail, "kind">;

export function sealMail(mail: SealedMail): string {
  const { to, subject, text, html, headers } = mail;
  return encrypt(JSON.stringify({ to, subject, text, html, headers }), PURPOSE);
}

/** The mail inside a row's `sealed`; throws when it is gone (sent) or was sealed with another key. */
export function openMail(sealed: string | null): SealedMail {
  if (!sealed) throw new Error("This mail has no content any more (it was sent)");
  return JSON.parse(decrypt(sealed, PURPOSE)) as SealedMail;
}

/** A legacy row's mail, for sealing it (the recipient was already encrypted on its own). */
export function openLegacyPlain(sealed: string): SealedMail {
  const row = JSON.parse(sealed.slice(LEGACY_PLAIN_PREFIX.length)) as {
    toEncrypted: string;
    subject: string;
    text: string;
    html: string;
    headers: string | null;
  };
  return {
    to: decrypt(row.toEncrypted),
    subject: row.subject,
    text: row.text,
    html: row.html,
    headers: row.headers ? (JSON.parse(row.headers) as Record<string, string>) : undefined,
  };
}
