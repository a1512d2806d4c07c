import "server-only";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { publicPath } from "../content/paths";
import { decrypt, keyedHash } from "../crypto";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { canonicalEmail } from "../supporters/canonical-email";
import { confirmedPhases, PAGE_SIZE, signaturePages, type ScanPhase } from "./scan";
import {
  canonicalDomain,
  IP_HASH_PATTERN,
  parseUtcDateTime,
  type Criteria,
  type InvalidationCounts,
  type InvalidationForm,
} from "./schema";

// Bulk invalidation: signatures matching an email domain, an IP hash or a time range stop counting.
// Only PENDING and CONFIRMED signatures change; the petition's stored count drops by the confirmed
// ones, in the same transaction as the change and its audit entry (criteria and counts, never an
// address).

/** The form's criteria as the database is searched: an IP address is hashed like the signing path hashes it. */
export function criteriaFrom(form: InvalidationForm): Criteria {
  switch (form.mode) {
    case "domain":
      return { mode: "domain", domain: canonicalDomain(form.domain) };
    case "ip": {
      const value = form.ip.trim().toLowerCase();
      return { mode: "ip", ipHash: IP_HASH_PATTERN.test(value) ? value : keyedHash("ip", value) };
    }
    case "time":
      return { mode: "time", from: parseUtcDateTime(form.from)!.start, until: parseUtcDateTime(form.to)!.end };
  }
}

/** Criteria the database can match by itself (all but the domain, which is inside the encrypted address). */
function directWhere(petitionId: string, criteria: Exclude<Criteria, { mode: "domain" }>): Prisma.SignatureWhereInput {
  return criteria.mode === "ip"
    ? { petitionId, ipHash: criteria.ipHash }
    : { petitionId, createdAt: { gte: criteria.from, lt: criteria.until } };
}

/** The domain of a stored address, canonical; null when there is no readable address (erased). */
function domainOf(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    const email = canonicalEmail(decrypt(sealed));
    return email.slice(email.lastIndexOf("@") + 1);
  } catch {
    return null;
  }
}

/** Ids and states of a petition's active signatures whose address is at the domain: each address is decrypted, a page at a time. */
export async function signaturesAtDomain(petitionId: string, domain: string, pageSize = PAGE_SIZE) {
  const phases: ScanPhase[] = [
    ...confirmedPhases(petitionId),
    { where: { petitionId, state: "PENDING", emailEncrypted: { not: null } }, key: "createdAt" },
  ];
  const matches: { id: string; state: string }[] = [];
  const pages = signaturePages(
    (args) =>
      db.signature.findMany({ ...args, select: { id: true, state: true, emailEncrypted: true, confirmedAt: true, createdAt: true } }),
    phases,
    pageSize,
  );
  for await (const rows of pages) {
    for (const row of rows) if (domainOf(row.emailEncrypted) === domain) matches.push({ id: row.id, state: row.state });
  }
  return matches;
}

function countsOf(states: readonly string[]): InvalidationCounts {
  const confirmed = states.filter((s) => s === "CONFIRMED").length;
  const pending = states.filter((s) => s === "PENDING").length;
  return { total: confirmed + pending, confirmed, pending };
}

/** How many signatures the criteria would invalidate now, changing nothing. */
export async function previewInvalidation(petitionId: string, criteria: Criteria): Promise<InvalidationCounts> {
  if (criteria.mode === "domain") return countsOf((await signaturesAtDomain(petitionId, criteria.domain)).map((m) => m.state));
  const where = directWhere(petitionId, criteria);
  const [confirmed, pending] = await Promise.all([
    db.signature.count({ where: { ...where, state: "CONFIRMED" } }),
    db.signature.count({ where: { ...where, state: "PENDING" } }),
  ]);
  return { total: confirmed + pending, confirmed, pending };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function criteriaForAudit(criteria: Criteria) {
  switch (criteria.mode) {
    case "domain":
      return { mode: "domain", domain: criteria.domain };
    case "ip":
      return { mode: "ip", ipHash: criteria.ipHash };
    case "time":
      return { mode: "time", from: criteria.from.toISOString(), until: criteria.until.toISOString() };
  }
}

/**
 * Invalidates the signatures the criteria match now. The state of each row is checked by the
 * update itself, so a signature confirmed meanwhile is counted as confirmed, and two staff applying
 * the same criteria at once never decrement twice.
 */
export async function applyInvalidation(
  staff: Staff,
  petition: { id: string; slug: string },
  criteria: Criteria,
  previewed: number | null,
): Promise<InvalidationCounts> {
  // Finding a domain means decrypting every address; that happens before the transaction, so the
  // database's single writer is held only for the updates.
  const candidates = criteria.mode === "domain" ? (await signaturesAtDomain(petition.id, criteria.domain)).map((m) => m.id) : null;

  return db.$transaction(
    async (tx) => {
      const data = { state: "INVALIDATED" as const };
      let confirmed = 0;
      let pending = 0;
      if (candidates) {
        for (const ids of chunks(candidates, 500)) {
          confirmed += (await tx.signature.updateMany({ where: { petitionId: petition.id, id: { in: ids }, state: "CONFIRMED" }, data }))
            .count;
          pending += (await tx.signature.updateMany({ where: { petitionId: petition.id, id: { in: ids }, state: "PENDING" }, data })).count;
        }
      } else {
        const where = directWhere(petition.id, criteria as Exclude<Criteria, { mode: "domain" }>);
        confirmed = (await tx.signature.updateMany({ where: { ...where, state: "CONFIRMED" }, data })).count;
        pending = (await tx.signature.updateMany({ where: { ...where, state: "PENDING" }, data })).count;
      }
      const before = await tx.petition.findUniqueOrThrow({ where: { id: petition.id }, select: { confirmedCount: true } });
      const after =
        confirmed > 0
          ? await tx.petition.update({
              where: { id: petition.id },
              data: { confirmedCount: { decrement: confirmed } },
              select: { confirmedCount: true },
            })
          : before;
      await auditEntry(
        {
          actorId: staff.id,
          action: "signatures.invalidate",
          entityType: "Petition",
          entityId: petition.id,
          before: { petition: petition.slug, confirmedCount: before.confirmedCount },
          after: {
            petition: petition.slug,
            criteria: criteriaForAudit(criteria),
            invalidated: { total: confirmed + pending, confirmed, pending },
            previewed,
            confirmedCount: after.confirmedCount,
          },
        },
        tx,
      );
      return { total: confirmed + pending, confirmed, pending };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/** The petitions' public pages show the count: the paths to revalidate after an invalidation. */
export async function pathsShowingPetition(petitionId: string): Promise<string[]> {
  const petition = await db.petition.findUnique({
    where: { id: petitionId },
    select: { slug: true, prisoners: { select: { slug: true } } },
  });
  if (!petition) return [];
  return [publicPath.petition(petition.slug), publicPath.act, ...petition.prisoners.map((p) => publicPath.prisoner(p.slug))];
}
