import "server-only";
import { db } from "../db";
import type { DatabaseTransaction } from "../db/client";

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * An audit entry, to be written in the same transaction as the change it records: who did what,
 * to what, when, with the record before and after. Never put a supporter's address in it.
 */
export function auditEntry(entry: AuditInput, client: Pick<DatabaseTransaction, "auditLog"> = db) {
  return client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
