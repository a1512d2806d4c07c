// Read-only looks into the faults run's own database, beside the running app (WAL: a reader
// never blocks the app's writes).
import Database from "better-sqlite3";

export interface OutboxRow {
  id: string;
  kind: string;
  state: string;
  attempts: number;
}

export interface DatabaseState {
  integrity: string;
  /** Public first names of the signatures (the faults signers' unique tokens). */
  signatureTokens: Set<string>;
  pendingSignatures: number;
  outbox: OutboxRow[];
}

export function readDatabase(file: string): DatabaseState {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const integrity = (db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join("; ");
    const tokens = db.prepare(`SELECT "publicName" FROM "Signature" WHERE "publicName" LIKE 'F%'`).pluck().all() as string[];
    const pendingSignatures = db.prepare(`SELECT count(*) FROM "Signature" WHERE "state" = 'PENDING'`).pluck().get() as number;
    const outbox = db.prepare(`SELECT "id", "kind", "state", "attempts" FROM "OutboxMessage"`).all() as OutboxRow[];
    return { integrity, signatureTokens: new Set(tokens), pendingSignatures, outbox };
  } finally {
    db.close();
  }
}
