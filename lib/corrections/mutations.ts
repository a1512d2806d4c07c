import "server-only";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { encrypt } from "../crypto";
import { parseDay } from "../dates";
import { db } from "../db";
import type { Locale } from "../i18n/routing";
import { applyCorrectedValue } from "../prisoners/mutations";
import { emailHashOf } from "../supporters/identity";
import { isDateField, isSimpleField } from "./fields";
import type { CorrectionData, RejectData, ResolveData } from "./schema";

// The one write room of correction reports. A visitor's contact address is sealed and blinded
// like a supporter's (lib/crypto.ts, lib/supporters/identity.ts) so "my data" can erase it. Every
// staff decision writes the report's new state and its audit entry in one transaction; a resolve
// that applies the value changes the profile in that same transaction.

/** The purpose string sealing a reporter's address: a ciphertext of another column cannot be swapped in. */
export const CONTACT_PURPOSE = "correction-contact";

export async function recordCorrection(
  prisonerId: string,
  data: CorrectionData,
  reporter: { ipHash: string; locale: Locale },
  now: Date = new Date(),
): Promise<string> {
  const row = await db.correctionReport.create({
    data: {
      prisonerId,
      field: data.field,
      problem: data.problem,
      proposedValue: data.proposedValue,
      sourceUrl: data.sourceUrl ?? null,
      emailEncrypted: data.email ? encrypt(data.email, CONTACT_PURPOSE) : null,
      emailHash: data.email ? emailHashOf(data.email) : null,
      ipHash: reporter.ipHash,
      locale: reporter.locale,
      createdAt: now,
    },
    select: { id: true },
  });
  return row.id;
}

export type DecisionOutcome =
  { outcome: "done"; paths: string[] } | { outcome: "unknown" } | { outcome: "closed" } | { outcome: "invalid"; message: string };

/** Resolves an open report with its source; with `apply`, sets the profile field (simple fields only). */
export async function resolveCorrection(staff: Staff, data: ResolveData, now: Date = new Date()): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const report = await tx.correctionReport.findUnique({
      where: { id: data.report },
      select: { id: true, state: true, field: true, proposedValue: true, prisonerId: true },
    });
    if (!report) return { outcome: "unknown" };
    if (report.state !== "OPEN") return { outcome: "closed" };
    let paths: string[] = [];
    let applied: string | null = null;
    if (data.apply) {
      if (!isSimpleField(report.field))
        return { outcome: "invalid", message: "This field cannot be corrected from the queue: edit the profile." };
      const raw = data.value || report.proposedValue;
      const value = isDateField(report.field) ? parseDay(raw) : raw;
      if (value === null) return { outcome: "invalid", message: "Write the date as YYYY-MM-DD." };
      const changed = await applyCorrectedValue(tx, staff, report.prisonerId, { field: report.field, value }, now);
      if (!changed) return { outcome: "unknown" };
      paths = changed;
      applied = raw;
    }
    await tx.correctionReport.update({
      where: { id: report.id },
      data: {
        state: "RESOLVED",
        resolutionSource: data.source,
        resolutionNote: data.note || null,
        resolvedById: staff.id,
        resolvedAt: now,
      },
    });
    await auditEntry(
      {
        actorId: staff.id,
        action: "correction.resolve",
        entityType: "CorrectionReport",
        entityId: report.id,
        before: { state: "OPEN" },
        after: { state: "RESOLVED", source: data.source, note: data.note || null, applied },
      },
      tx,
    );
    return { outcome: "done", paths };
  });
}

export async function rejectCorrection(staff: Staff, data: RejectData, now: Date = new Date()): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const report = await tx.correctionReport.findUnique({ where: { id: data.report }, select: { id: true, state: true } });
    if (!report) return { outcome: "unknown" };
    if (report.state !== "OPEN") return { outcome: "closed" };
    await tx.correctionReport.update({
      where: { id: report.id },
      data: { state: "REJECTED", resolutionNote: data.reason, resolvedById: staff.id, resolvedAt: now },
    });
    await auditEntry(
      {
        actorId: staff.id,
        action: "correction.reject",
        entityType: "CorrectionReport",
        entityId: report.id,
        before: { state: "OPEN" },
        after: { state: "REJECTED", reason: data.reason },
      },
      tx,
    );
    return { outcome: "done", paths: [] };
  });
}
