import "server-only";
import { encrypt } from "../crypto";
import type { Prisma } from "../generated/prisma/client";

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
 */
export type OutgoingMailRow = Pick<Prisma.OutboxMessageCreateManyInput, "kind" | "toEncrypted" | "subject" | "text" | "html" | "headers">;

export function outboxRow(mail: OutgoingMail): OutgoingMailRow & Prisma.OutboxMessageCreateManyInput {
  return {
    kind: mail.kind,
    toEncrypted: encrypt(mail.to),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers ? JSON.stringify(mail.headers) : null,
  };
}
