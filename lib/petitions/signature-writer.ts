import "server-only";
import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { databaseKind } from "../database-url";
import { db } from "../db";
import { sqliteConnection, sqliteDateTime } from "../db/sqlite";
import { env } from "../env";
import { Prisma } from "../generated/prisma/client";
import type { OutgoingMailRow } from "../mail/outbox";

// Group commit for the signing hot path. Each signature waits for the transaction that is running
// now; then all that are waiting are written together in one transaction (signatures, their
// confirmation mails and consents). A signature is acknowledged only after its transaction
// commits, so nothing acknowledged is lost, and one transaction per batch instead of one per
// signature keeps the database's single writer from becoming the queue.

export interface SignatureRow {
  id: string;
  petitionId: string;
  name: string;
  publicName: string | null;
  emailEncrypted: string;
  emailHash: string;
  country: string;
  showName: boolean;
  ipHash: string;
  confirmTokenHash: string;
  tokenExpiresAt: Date;
  referralCode: string | null;
  referralChannel: string | null;
}

/** The "send me updates" consent given while signing. */
export interface ConsentRow {
  id: string;
  emailEncrypted: string;
  emailHash: string;
  unsubscribeTokenHash: string;
  viaSignatureId: string;
}

export interface SignatureWrite {
  signature: SignatureRow;
  mail: OutgoingMailRow;
  consent?: ConsentRow;
}

export type WriteResult = "created" | "duplicate";

/** Writes a batch in one transaction, or throws (a unique violation when an address already signed). */
export type BatchStore = (writes: SignatureWrite[], now: Date) => Promise<void>;

/** Records the consent; an address already subscribed keeps its row and is linked to this signature. */
export function consentUpsert(consent: ConsentRow, createdAt?: Date) {
  return db.subscription.upsert({
    where: { emailHash_scope: { emailHash: consent.emailHash, scope: "all" } },
    create: { ...consent, scope: "all", createdAt },
    update: { viaSignatureId: consent.viaSignatureId },
  });
}

// Through Prisma: the portable path (PostgreSQL).
export const prismaStore: BatchStore = async (writes, now) => {
  await db.$transaction([
    db.signature.createMany({ data: writes.map(({ signature }) => ({ ...signature, createdAt: now })) }),
    db.outboxMessage.createMany({ data: writes.map(({ mail }) => ({ ...mail, createdAt: now, nextAttemptAt: now })) }),
    ...writes.flatMap(({ consent }) => (consent ? [consentUpsert(consent, now)] : [])),
  ]);
};

// Straight to SQLite with prepared statements: the same rows in the same format Prisma writes,
// at a fraction of the cost (docs/decisions/008-signing-hot-path.md).
let statements: { signature: Database.Statement; mail: Database.Statement; consent: Database.Statement } | undefined;

export const sqliteStore: BatchStore = async (writes, now) => {
  const connection = sqliteConnection();
  statements ??= {
    signature: connection.prepare(
      `INSERT INTO "Signature" ("id", "petitionId", "name", "publicName", "emailEncrypted", "emailHash", "country", "state", "showName", "ipHash", "confirmTokenHash", "tokenExpiresAt", "referralCode", "referralChannel", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?)`,
    ),
    mail: connection.prepare(
      `INSERT INTO "OutboxMessage" ("id", "kind", "toEncrypted", "subject", "text", "html", "headers", "state", "attempts", "nextAttemptAt", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)`,
    ),
    consent: connection.prepare(
      `INSERT INTO "Subscription" ("id", "emailEncrypted", "emailHash", "scope", "state", "unsubscribeTokenHash", "viaSignatureId", "createdAt")
       VALUES (?, ?, ?, 'all', 'PENDING', ?, ?, ?)
       ON CONFLICT ("emailHash", "scope") DO UPDATE SET "viaSignatureId" = excluded."viaSignatureId"`,
    ),
  };
  const { signature: insertSignature, mail: insertMail, consent: upsertConsent } = statements;
  const at = sqliteDateTime(now);
  connection.transaction(() => {
    for (const { signature: s, mail: m, consent: c } of writes) {
      insertSignature.run(
        s.id,
        s.petitionId,
        s.name,
        s.publicName,
        s.emailEncrypted,
        s.emailHash,
        s.country,
        s.showName ? 1 : 0,
        s.ipHash,
        s.confirmTokenHash,
        sqliteDateTime(s.tokenExpiresAt),
        s.referralCode,
        s.referralChannel,
        at,
      );
      insertMail.run(randomUUID(), m.kind, m.toEncrypted, m.subject, m.text, m.html, m.headers ?? null, at, at);
      if (c) upsertConsent.run(c.id, c.emailEncrypted, c.emailHash, c.unsubscribeTokenHash, c.viaSignatureId, at);
    }
  })();
};

function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  return (error as { code?: string } | null)?.code === "SQLITE_CONSTRAINT_UNIQUE";
}

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
  const keyOf = (write: SignatureWrite) => `${write.signature.petitionId}:${write.signature.emailHash}`;

  async function writeBatch(batch: Waiting[]): Promise<void> {
    // The same address twice in one batch: the first is written, the rest are duplicates.
    const seen = new Set<string>();
    const unique: Waiting[] = [];
    const repeated: Waiting[] = [];
    for (const item of batch) {
      (seen.has(keyOf(item.write)) ? repeated : unique).push(item);
      seen.add(keyOf(item.write));
    }
    try {
      // No read first: the unique index on (petition, email hash) is the check.
      await store(
        unique.map(({ write }) => write),
        new Date(),
      );
    } catch (error) {
      // An address that already signed, or one bad row: write each alone, so a failure costs
      // only its own signature.
      if (batch.length > 1) {
        for (const item of batch) await writeBatch([item]);
      } else if (isUniqueViolation(error)) {
        batch[0]!.resolve("duplicate");
      } else {
        batch[0]!.reject(error);
      }
      return;
    }
    for (const item of unique) item.resolve("created");
    for (const item of repeated) item.resolve("duplicate");
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
