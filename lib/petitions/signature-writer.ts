import "server-only";
import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { databaseKind } from "../database-url";
import { db } from "../db";
import { sqliteConnection, sqliteDateTime } from "../db/sqlite";
import { env } from "../env";
import type { OutgoingMailRow } from "../mail/outbox";

// Group commit for the signing hot path. Each signature waits for the transaction that is running
// now; then all that are waiting are written together in one transaction (signatures, their
// mails and consents). A signature is acknowledged only after its transaction commits, so nothing
// acknowledged is lost, and one transaction per batch instead of one per signature keeps the
// database's single writer from becoming the queue.
//
// An address that already signed costs exactly what a new one costs (docs/decisions/018): the
// same statements in the same batch. The insert meets the unique index on (petition, email hash)
// and, instead of failing, refreshes a still-pending signature's link; the same statement answers
// which row it is, and one mail row (confirmation, or "you already signed") is written beside it.

export interface SignatureRow {
  id: string;
  petitionId: string;
  /** Sealed (lib/petitions/sealed.ts). */
  nameEncrypted: string;
  publicName: string | null;
  emailEncrypted: string;
  emailHash: string;
  /** Sealed (lib/petitions/sealed.ts). */
  countryEncrypted: string;
  showName: boolean;
  ipHash: string;
  confirmTokenHash: string;
  tokenExpiresAt: Date;
  referralCode: string | null;
  referralChannel: string | null;
  /** The language signed in: later mails use it. */
  locale: string;
}

/** The "send me updates" consent given while signing; linked to whichever signature the address has. */
export interface ConsentRow {
  id: string;
  emailEncrypted: string;
  emailHash: string;
  unsubscribeTokenHash: string;
  locale: string;
}

/** The mail for each answer, all prepared before the write, so no answer does more work than another. */
export interface SignatureMails {
  /** A new signature: its confirmation link. */
  created: OutgoingMailRow;
  /** Already signed, not yet confirmed: "you already signed", with the fresh link. */
  pendingDuplicate: OutgoingMailRow;
  /** Already signed and confirmed (or set aside by staff): "you already signed", no link. */
  settledDuplicate: OutgoingMailRow;
}

export interface SignatureWrite {
  signature: SignatureRow;
  mails: SignatureMails;
  consent?: ConsentRow;
}

export type WriteResult = "created" | "duplicate";

/** Writes a batch in one transaction and answers each write, in order; throws if any row cannot be written. */
export type BatchStore = (writes: SignatureWrite[], now: Date) => Promise<WriteResult[]>;

/** The mail one answer gets, from what the signature's statement found. */
function mailFor(mails: SignatureMails, created: boolean, state: string): OutgoingMailRow {
  if (created) return mails.created;
  return state === "PENDING" ? mails.pendingDuplicate : mails.settledDuplicate;
}

// Through Prisma: the portable path (PostgreSQL). Per signature, whether new or not: an upsert on
// (petition, email hash) that answers the row, a refresh of the link while it is pending (the
// new row's own values when it is new), its mail, and the consent.
export const prismaStore: BatchStore = async (writes, now) =>
  db.$transaction(async (tx) => {
    const results: WriteResult[] = [];
    for (const { signature: s, mails, consent } of writes) {
      const row = await tx.signature.upsert({
        where: { petitionId_emailHash: { petitionId: s.petitionId, emailHash: s.emailHash } },
        create: { ...s, createdAt: now },
        update: {},
        select: { id: true, state: true },
      });
      const created = row.id === s.id;
      await tx.signature.updateMany({
        where: { id: row.id, state: "PENDING" },
        data: { confirmTokenHash: s.confirmTokenHash, tokenExpiresAt: s.tokenExpiresAt },
      });
      await tx.outboxMessage.create({ data: { ...mailFor(mails, created, row.state), createdAt: now, nextAttemptAt: now } });
      if (consent) {
        await tx.subscription.upsert({
          where: { emailHash_scope: { emailHash: consent.emailHash, scope: "all" } },
          create: { ...consent, scope: "all", viaSignatureId: row.id, createdAt: now },
          update: { viaSignatureId: row.id },
        });
      }
      results.push(created ? "created" : "duplicate");
    }
    return results;
  });

// Straight to SQLite with prepared statements: the same rows in the same format Prisma writes,
// at a fraction of the cost (docs/decisions/008-signing-hot-path.md).
let statements: { signature: Database.Statement; mail: Database.Statement; consent: Database.Statement } | undefined;

export const sqliteStore: BatchStore = async (writes, now) => {
  const connection = sqliteConnection();
  statements ??= {
    // One statement for both answers: a new row, or the existing one with a pending link refreshed.
    signature: connection.prepare(
      `INSERT INTO "Signature" ("id", "petitionId", "nameEncrypted", "publicName", "emailEncrypted", "emailHash", "countryEncrypted", "state", "showName", "ipHash", "confirmTokenHash", "tokenExpiresAt", "referralCode", "referralChannel", "locale", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT ("petitionId", "emailHash") DO UPDATE SET
         "confirmTokenHash" = CASE WHEN "state" = 'PENDING' THEN excluded."confirmTokenHash" ELSE "confirmTokenHash" END,
         "tokenExpiresAt" = CASE WHEN "state" = 'PENDING' THEN excluded."tokenExpiresAt" ELSE "tokenExpiresAt" END
       RETURNING "id", "state"`,
    ),
    mail: connection.prepare(
      `INSERT INTO "OutboxMessage" ("id", "kind", "sealed", "state", "attempts", "nextAttemptAt", "createdAt")
       VALUES (?, ?, ?, 'PENDING', 0, ?, ?)`,
    ),
    consent: connection.prepare(
      `INSERT INTO "Subscription" ("id", "emailEncrypted", "emailHash", "scope", "state", "unsubscribeTokenHash", "viaSignatureId", "locale", "createdAt")
       VALUES (?, ?, ?, 'all', 'PENDING', ?, ?, ?, ?)
       ON CONFLICT ("emailHash", "scope") DO UPDATE SET "viaSignatureId" = excluded."viaSignatureId"`,
    ),
  };
  const { signature: upsertSignature, mail: insertMail, consent: upsertConsent } = statements;
  const at = sqliteDateTime(now);
  return connection.transaction(() =>
    writes.map(({ signature: s, mails, consent: c }): WriteResult => {
      const row = upsertSignature.get(
        s.id,
        s.petitionId,
        s.nameEncrypted,
        s.publicName,
        s.emailEncrypted,
        s.emailHash,
        s.countryEncrypted,
        s.showName ? 1 : 0,
        s.ipHash,
        s.confirmTokenHash,
        sqliteDateTime(s.tokenExpiresAt),
        s.referralCode,
        s.referralChannel,
        s.locale,
        at,
      ) as { id: string; state: string };
      const created = row.id === s.id;
      const mail = mailFor(mails, created, row.state);
      insertMail.run(randomUUID(), mail.kind, mail.sealed, at, at);
      if (c) upsertConsent.run(c.id, c.emailEncrypted, c.emailHash, c.unsubscribeTokenHash, row.id, c.locale, at);
      return created ? "created" : "duplicate";
    }),
  )();
};

interface Waiting {
  write: SignatureWrite;
  resolve: (result: WriteResult) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 500;

/** A queue that writes signatures in batches through a store. */
export function createSignatureWriter(store: BatchStore) {
  let queue: Waiting[] = [];
  let flushing = false;

  async function writeBatch(batch: Waiting[]): Promise<void> {
    let results: WriteResult[];
    try {
      // No read first: the unique index on (petition, email hash) is the check, inside the write.
      results = await store(
        batch.map(({ write }) => write),
        new Date(),
      );
    } catch (error) {
      // One bad row: write each alone, so a failure costs only its own signature.
      if (batch.length > 1) {
        for (const item of batch) await writeBatch([item]);
      } else {
        batch[0]!.reject(error);
      }
      return;
    }
    batch.forEach((item, i) => item.resolve(results[i]!));
  }

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, MAX_BATCH);
        queue = queue.slice(MAX_BATCH);
        await writeBatch(batch);
      }
    } finally {
      flushing = false;
    }
  }

  return function write(signature: SignatureWrite): Promise<WriteResult> {
    return new Promise((resolve, reject) => {
      queue.push({ write: signature, resolve, reject });
      // Wait one turn of the event loop so that signatures arriving together share a transaction.
      if (!flushing && queue.length === 1) setImmediate(() => void flush());
    });
  };
}

/** Writes one signature with its mail (and consent); "duplicate" when this address already signed this petition. */
export const writeSignature = createSignatureWriter(databaseKind(env.DATABASE_URL) === "sqlite" ? sqliteStore : prismaStore);
