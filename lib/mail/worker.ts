import "server-only";
import { db as appDb } from "../db";
import { env } from "../env";
import type { Database } from "../db/client";
import { LEGACY_PLAIN_PREFIX, openLegacyPlain, openMail, sealMail } from "./outbox";
import { createTransport, type MailTransport } from "./transport";

// Sends the outbox (lib/mail/outbox.ts) and deletes supporter data nobody confirmed. Rows are
// claimed one at a time with a conditional update, so several server processes can run this
// against one database and a row is still sent by one of them only. A sent row keeps only what
// staff need to follow delivery (kind, state, times, attempts, an error without addresses): its
// sealed content is set to null in the same update that marks it sent.

const CLAIM_MS = 2 * 60_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 60 * 60_000;
const KEEP_MS = 7 * 24 * 60 * 60_000;
const POLL_MS = 1_000;
const PURGE_EVERY_MS = 60 * 60_000;
const BATCH = 50;

export interface ProcessOutboxOptions {
  db: Database;
  transport: MailTransport;
  /** Fixed clock for tests; otherwise the time is read before each step. */
  now?: Date;
  /** Most rows sent in one run. */
  limit?: number;
}

export async function processOutboxOnce({
  db,
  transport,
  now,
  limit = BATCH,
}: ProcessOutboxOptions): Promise<{ sent: number; failed: number }> {
  const clock = () => now ?? new Date();
  const due = (at: Date) => ({
    state: "PENDING" as const,
    nextAttemptAt: { lte: at },
    OR: [{ lockedUntil: null }, { lockedUntil: { lt: at } }],
  });

  const candidates = await db.outboxMessage.findMany({
    where: due(clock()),
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });

  let sent = 0;
  let failed = 0;
  for (const { id } of candidates) {
    const at = clock();
    // Only the process whose update matched the row sends it; the claim lapses after 2 minutes,
    // so a process that died mid-send does not hold the mail forever.
    const claim = await db.outboxMessage.updateMany({
      where: { id, ...due(at) },
      data: { lockedUntil: new Date(at.getTime() + CLAIM_MS) },
    });
    if (claim.count !== 1) continue;

    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { id: true, kind: true, attempts: true, sealed: true } });
    const attempts = row.attempts + 1;
    try {
      // Opened here, not earlier: a row that cannot be opened (another key) fails and is retried
      // like an unreachable server, and the clear text lives only in this process's memory.
      const mail = openMail(row.sealed);
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        // The same Message-ID on every attempt lets a receiving server recognise a repeat.
        messageId: `<${row.id}@${senderDomain()}>`,
      });
    } catch (error) {
      const lastError = scrubAddresses(errorMessage(error));
      await db.outboxMessage.update({
        where: { id },
        data: { attempts, nextAttemptAt: new Date(clock().getTime() + retryDelayMs(attempts)), lockedUntil: null, lastError },
      });
      console.error(`[mail] Outbox ${id} (${row.kind}) not sent, attempt ${attempts}: ${lastError}`);
      failed++;
      continue;
    }
    await db.outboxMessage.update({ where: { id }, data: { state: "SENT", sentAt: clock(), attempts, lockedUntil: null, sealed: null } });
    sent++;
  }
  return { sent, failed };
}

/**
 * Seals the rows the migration 20261201110000_outbox_sealed could only wrap (they were waiting
 * when it ran and SQL has no key). Each row is replaced only if nobody changed it meanwhile.
 */
export async function sealLegacyOutboxRows(db: Database): Promise<number> {
  const rows = await db.outboxMessage.findMany({
    where: { sealed: { startsWith: LEGACY_PLAIN_PREFIX } },
    select: { id: true, sealed: true },
  });
  let sealed = 0;
  for (const row of rows) {
    const update = await db.outboxMessage.updateMany({
      where: { id: row.id, sealed: row.sealed },
      data: { sealed: sealMail(openLegacyPlain(row.sealed!)) },
    });
    sealed += update.count;
  }
  return sealed;
}

/** 5 s, 10 s, 20 s ... at most an hour: a mail server that is down for a day still gets every mail. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);
}

/** Error text safe to store and log: anything shaped like an address (or a URL with credentials) is replaced. */
export function scrubAddresses(message: string): string {
  return message.replace(/[^\s<>()[\]"',;]*(@|%40)[^\s<>()[\]"',;]*/gi, "<address>").slice(0, 1000);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function senderDomain(): string {
  return /@([^\s<>@]+)>?\s*$/.exec(env.MAIL_FROM)?.[1] ?? "localhost";
}

export interface PurgeCounts {
  signatures: number;
  subscriptions: number;
  accessTokens: number;
  outboxMessages: number;
}

/**
 * Deletes what the privacy page promises not to keep: signatures and subscriptions never confirmed
 * within 7 days, expired "my data" links, and the delivery records of mails sent more than 7 days
 * ago (their content was already wiped when they were sent). Confirmed signatures and
 * subscriptions stay.
 */
export async function purgeExpiredSupporterData(db: Database, now: Date = new Date()): Promise<PurgeCounts> {
  const cutoff = new Date(now.getTime() - KEEP_MS);
  const [signatures, subscriptions, accessTokens, outboxMessages] = await db.$transaction([
    db.signature.deleteMany({ where: { state: "PENDING", createdAt: { lt: cutoff } } }),
    db.subscription.deleteMany({ where: { state: "PENDING", createdAt: { lt: cutoff } } }),
    db.accessToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.outboxMessage.deleteMany({ where: { state: "SENT", sentAt: { lt: cutoff } } }),
  ]);
  return {
    signatures: signatures.count,
    subscriptions: subscriptions.count,
    accessTokens: accessTokens.count,
    outboxMessages: outboxMessages.count,
  };
}

// Kept on globalThis, not in this module: Next bundles instrumentation.ts and the routes
// separately, so a route calling wakeOutboxWorker() sees another copy of this module.
const WORKER = Symbol.for("free-them.outbox-worker");
type WorkerGlobal = typeof globalThis & { [WORKER]?: { wake(): void } };

/** Starts sending the outbox in this process (once; later calls do nothing). */
export function startOutboxWorker(): void {
  const store = globalThis as WorkerGlobal;
  if (store[WORKER]) return;

  const transport = createTransport();
  let running = false;
  let runAgain = false;
  let lastPurgeAt = Number.NEGATIVE_INFINITY;
  let legacySealed = false;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
    // The worker never keeps a process alive on its own (scripts, tests, shutdown).
    timer.unref();
  };

  const run = async () => {
    running = true;
    runAgain = false;
    let full = false;
    try {
      if (!legacySealed) {
        const count = await sealLegacyOutboxRows(appDb);
        legacySealed = true;
        if (count) console.log(`[mail] Sealed ${count} mails queued before the upgrade`);
      }
    } catch (error) {
      console.error(`[mail] Sealing queued mails failed: ${scrubAddresses(errorMessage(error))}`);
    }
    try {
      if (Date.now() - lastPurgeAt >= PURGE_EVERY_MS) {
        lastPurgeAt = Date.now();
        const purged = await purgeExpiredSupporterData(appDb);
        if (Object.values(purged).some(Boolean)) console.log(`[mail] Purged expired supporter data: ${JSON.stringify(purged)}`);
      }
    } catch (error) {
      console.error(`[mail] Purge failed: ${scrubAddresses(errorMessage(error))}`);
    }
    try {
      const { sent, failed } = await processOutboxOnce({ db: appDb, transport, limit: BATCH });
      if (sent || failed) console.log(`[mail] Outbox: ${sent} sent${failed ? `, ${failed} not sent (will retry)` : ""}`);
      full = sent + failed >= BATCH;
    } catch (error) {
      console.error(`[mail] Outbox run failed: ${scrubAddresses(errorMessage(error))}`);
    } finally {
      running = false;
      // A full batch or a wake-up during the run means more may be waiting.
      schedule(runAgain || full ? 0 : POLL_MS);
    }
  };

  store[WORKER] = {
    wake() {
      if (running) runAgain = true;
      else schedule(0);
    },
  };
  schedule(0);
  console.log(`[mail] Outbox worker started (${env.SMTP_URL ? "SMTP" : `no SMTP_URL: mails are written to ${env.MAIL_DIR}`})`);
}

/** Sends soon instead of at the next poll; call after committing an outbox row. Does nothing where no worker runs. */
export function wakeOutboxWorker(): void {
  (globalThis as WorkerGlobal)[WORKER]?.wake();
}
