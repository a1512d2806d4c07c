import "server-only";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createTransport as createNodemailerTransport, type Transport, type Transporter } from "nodemailer";
import { env } from "../env";

/** What the outbox worker needs of a transport; every nodemailer transporter has it. */
export type MailTransport = Pick<Transporter, "sendMail">;

// Defaults an SMTP_URL may override in its query (?pool=false&socketTimeout=...): a pool keeps
// connections open through a surge of confirmation mails, and short timeouts end a hung send well
// before the worker's 2-minute claim on the row runs out (another instance could then send it again).
const SMTP_DEFAULTS: Record<string, string> = {
  pool: "true",
  maxConnections: "3",
  connectionTimeout: "10000",
  greetingTimeout: "10000",
  socketTimeout: "60000",
};

/**
 * The app's mail transport: SMTP from SMTP_URL, or, without it, .eml files in MAIL_DIR so a
 * newcomer can open a confirmation link with no mail server at all.
 */
export function createTransport(): Transporter {
  if (!env.SMTP_URL) return fileTransport(env.MAIL_DIR);
  const url = new URL(env.SMTP_URL);
  for (const [key, value] of Object.entries(SMTP_DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return createNodemailerTransport(url.toString());
}

/** What sendMail resolves to with the file transport. */
export type WrittenMail = { messageId: string; file: string } | undefined;

/** A transport that writes each message to `dir` as `<time>-<outbox id>.eml`. */
export function fileTransport(dir: string): Transporter {
  const transport: Transport<WrittenMail> = {
    name: "free-them-file",
    version: "1",
    send(mail, callback) {
      // The file is kept in clear on disk, so the recipient is left out of it like out of every
      // other record: the links are what a reader of the file needs.
      mail.message.setHeader("To", "undisclosed-recipients:;");
      const messageId = mail.message.messageId();
      mail.message.build((buildError, raw) => {
        if (buildError) return callback(buildError, undefined);
        try {
          mkdirSync(dir, { recursive: true });
          const file = join(dir, `${fileStamp(new Date())}-${outboxIdOf(messageId)}.eml`);
          writeFileSync(file, raw);
          console.log(`[mail] No SMTP_URL: wrote ${file}`);
          callback(null, { messageId, file });
        } catch (error) {
          callback(error as Error, undefined);
        }
      });
    },
  };
  return createNodemailerTransport(transport);
}

// Sortable and valid in file names on every system: 2026-01-31T12-00-00-000Z.
function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

// The worker gives each mail the Message-ID <outbox id@sender domain> (lib/mail/worker.ts).
function outboxIdOf(messageId: string): string {
  const id = /^<?([^@>]+)@/.exec(messageId)?.[1]?.replace(/[^A-Za-z0-9_-]/g, "");
  return id || randomUUID();
}
