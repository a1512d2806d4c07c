import "server-only";
import { stringify } from "csv-stringify/sync";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { decrypt } from "../crypto";
import { db } from "../db";
import { openCountry, openName } from "./sealed";
import { confirmedPhases, PAGE_SIZE, signaturePages } from "./scan";

// The CSV of a petition's confirmed signatures, for delivering the petition. Streamed a page at a
// time; email addresses only on an explicit request, which the audit log records first.

export const CSV_COLUMNS = ["name", "country", "confirmed_at"] as const;
export const CSV_EMAIL_COLUMN = "email";

/** A cell a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") is kept as text. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function readEmail(sealed: string | null): string {
  if (!sealed) return "";
  try {
    return decrypt(sealed);
  } catch {
    // A value this key cannot open (data from another installation): the cell stays empty.
    return "";
  }
}

/** The CSV as a stream: the header, then one chunk per page of signatures. */
export function signaturesCsv(petitionId: string, options: { includeEmail: boolean; pageSize?: number }): ReadableStream<Uint8Array> {
  const { includeEmail, pageSize = PAGE_SIZE } = options;
  const encoder = new TextEncoder();
  const pages = signaturePages(
    (args) =>
      db.signature.findMany({
        ...args,
        select: { id: true, nameEncrypted: true, countryEncrypted: true, confirmedAt: true, createdAt: true, emailEncrypted: includeEmail },
      }),
    confirmedPhases(petitionId),
    pageSize,
  );
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark, so spreadsheets read Cyrillic names as UTF-8.
        controller.enqueue(encoder.encode(stringify([[...CSV_COLUMNS, ...(includeEmail ? [CSV_EMAIL_COLUMN] : [])]], { bom: true })));
        return;
      }
      const { value: rows, done } = await pages.next();
      if (done) {
        controller.close();
        return;
      }
      const records = rows.map((row) => [
        // An erased supporter's signature still counts; their name is gone.
        safeCell(openName(row.nameEncrypted)),
        safeCell(openCountry(row.countryEncrypted)),
        row.confirmedAt?.toISOString() ?? "",
        ...(includeEmail ? [safeCell(readEmail(row.emailEncrypted ?? null))] : []),
      ]);
      controller.enqueue(encoder.encode(stringify(records)));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

export interface SignatureExport {
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

/** Starts an export for a staff member: the audit entry (with the email choice) is written before any row is read. */
export async function startSignatureExport(
  staff: Staff,
  slug: string,
  includeEmail: boolean,
  now: Date = new Date(),
): Promise<SignatureExport | null> {
  const petition = await db.petition.findUnique({ where: { slug }, select: { id: true, slug: true, confirmedCount: true } });
  if (!petition) return null;
  await auditEntry({
    actorId: staff.id,
    action: "signatures.export",
    entityType: "Petition",
    entityId: petition.id,
    after: { petition: petition.slug, includeEmail, confirmedCount: petition.confirmedCount },
  });
  return {
    filename: `${petition.slug}-signatures-${now.toISOString().slice(0, 10)}${includeEmail ? "-with-emails" : ""}.csv`,
    stream: signaturesCsv(petition.id, { includeEmail }),
  };
}
