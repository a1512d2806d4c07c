import "server-only";
import type { Locale } from "../i18n/routing";
import { randomBytes, randomUUID } from "node:crypto";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { encrypt, hashToken, newToken } from "../crypto";
import { db } from "../db";
import { saveFailure } from "../db/errors";
import type { SaveOutcome } from "../forms/editor-action";
import { outboxRow } from "../mail/outbox";
import { renderMail } from "../mail/templates";
import { links, publicPath } from "../paths";
import { unknownPrisoner } from "../prisoners/queries";
import type { Referral } from "../referrals/referral";
import { emailHashOf } from "../supporters/identity";
import { CONFIRM_LINK_LIFETIME_MS, unsubscribeTokenHash } from "../supporters/tokens";
import { directWhere, linkStanding, petitionFields, signaturesAtDomain } from "./queries";
import { firstName, type Criteria, type InvalidationCounts, type PetitionData, type SignData } from "./schema";
import { sealCountry, sealName } from "./sealed";
import { writeSignature, type ConsentRow } from "./signature-writer";

// The writes of the petitions room: signing and confirming, the staff editor's save, and bulk
// invalidation.

// ---------------------------------------------------------------------------
// Signing

export type SignOutcome = "pending" | "unknown-petition" | "closed";

// Signing is the hot path when a petition spreads: the petition's id, title and state are read
// from memory for up to two seconds instead of once per signature. A petition closed in that window
// still refuses confirmations (confirmSignature reads its state from the database).
const PETITION_CACHE_MS = 2000;
const petitionCache = new Map<string, { at: number; petition: { id: string; title: string; slug: string; state: string } | null }>();

async function petitionForSigning(slug: string) {
  const cached = petitionCache.get(slug);
  if (cached && Date.now() - cached.at < PETITION_CACHE_MS) return cached.petition;
  const petition = await db.petition.findUnique({ where: { slug }, select: { id: true, title: true, slug: true, state: true } });
  petitionCache.set(slug, { at: Date.now(), petition });
  return petition;
}

// The consent to campaign updates given while signing: confirmed together with the signature.
function consentRow(emailHash: string, email: string, locale: Locale): ConsentRow {
  const id = randomUUID();
  return { id, emailEncrypted: encrypt(email), emailHash, unsubscribeTokenHash: unsubscribeTokenHash(id), locale };
}

/**
 * Writes a pending signature and its confirmation mail in one transaction. A second signature
 * from the same (canonical) address writes no row: it gets a "you already signed" mail instead
 * (with a fresh link while the first is unconfirmed: the newest mail always works). Both go
 * through the same statements in the same batch, and the caller answers both the same way, so
 * neither the page nor the time it takes tells who signed (docs/decisions/018).
 */
export async function recordSignature(
  input: SignData,
  ipHash: string,
  locale: Locale,
  referral: Referral | null = null,
): Promise<SignOutcome> {
  const petition = await petitionForSigning(input.petition);
  if (!petition) return "unknown-petition";
  if (petition.state !== "OPEN") return "closed";

  const email = input.email.trim();
  const emailHash = emailHashOf(email);
  const { token, tokenHash } = newToken();
  const confirmUrl = links.confirmSignature(token, locale);
  // Every answer's mail is prepared: which one is written is known only inside the transaction.
  const created = renderMail({ kind: "signature-confirm", name: input.name, petitionTitle: petition.title, confirmUrl }, locale);
  const duplicate = (link: string | null) =>
    renderMail(
      { kind: "signature-duplicate", petitionTitle: petition.title, petitionUrl: links.petition(petition.slug, locale), confirmUrl: link },
      locale,
    );

  await writeSignature({
    signature: {
      id: randomUUID(),
      petitionId: petition.id,
      nameEncrypted: sealName(input.name),
      publicName: input.showName ? firstName(input.name) : null,
      emailEncrypted: encrypt(email),
      emailHash,
      countryEncrypted: sealCountry(input.country),
      showName: input.showName,
      ipHash,
      confirmTokenHash: tokenHash,
      tokenExpiresAt: new Date(Date.now() + CONFIRM_LINK_LIFETIME_MS),
      referralCode: referral?.code ?? null,
      referralChannel: referral?.channel ?? null,
      locale,
    },
    mails: {
      created: outboxRow({ kind: "signature-confirm", to: email, ...created }),
      pendingDuplicate: outboxRow({ kind: "signature-duplicate", to: email, ...duplicate(confirmUrl) }),
      settledDuplicate: outboxRow({ kind: "signature-duplicate", to: email, ...duplicate(null) }),
    },
    consent: input.subscribe ? consentRow(emailHash, email, locale) : undefined,
  });
  return "pending";
}

export type ConfirmOutcome =
  | { outcome: "confirmed" | "already-confirmed"; petition: { slug: string; title: string }; shareCode: string }
  | { outcome: "expired" | "closed"; petition: { slug: string; title: string } }
  | { outcome: "invalid" };

function newShareCode(): string {
  return randomBytes(6).toString("base64url");
}

/**
 * Confirms the signature a link's token belongs to and counts it, once: a second use of the link
 * answers "already confirmed" and counts nothing.
 */
export async function confirmSignature(token: string, now: Date = new Date()): Promise<ConfirmOutcome> {
  return db.$transaction(async (tx) => {
    const signature = await tx.signature.findUnique({
      where: { confirmTokenHash: hashToken(token) },
      select: {
        id: true,
        state: true,
        tokenExpiresAt: true,
        shareCode: true,
        petition: { select: { id: true, slug: true, title: true, state: true } },
      },
    });
    const standing = linkStanding(signature, now);
    if (!signature || standing === "invalid") return { outcome: "invalid" };
    const petition = { slug: signature.petition.slug, title: signature.petition.title };
    if (standing === "confirmed") return { outcome: "already-confirmed", petition, shareCode: signature.shareCode ?? "" };
    if (standing !== "pending") return { outcome: standing, petition };

    const shareCode = newShareCode();
    const updated = await tx.signature.updateMany({
      where: { id: signature.id, state: "PENDING" },
      data: { state: "CONFIRMED", confirmedAt: now, shareCode },
    });
    if (updated.count !== 1) return { outcome: "already-confirmed", petition, shareCode: signature.shareCode ?? "" };
    await tx.petition.update({ where: { id: signature.petition.id }, data: { confirmedCount: { increment: 1 } } });
    await tx.subscription.updateMany({
      where: { viaSignatureId: signature.id, state: { not: "CONFIRMED" } },
      data: { state: "CONFIRMED", confirmedAt: now, unsubscribedAt: null, confirmTokenHash: null },
    });
    return { outcome: "confirmed", petition, shareCode };
  });
}

// ---------------------------------------------------------------------------
// The staff editor

function petitionSnapshot(p: {
  slug: string;
  title: string;
  summary: string;
  body: string;
  target: string;
  goal: number;
  state: string;
  closedAt: Date | null;
  prisoners: readonly string[];
}) {
  return {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    body: p.body,
    target: p.target,
    goal: p.goal,
    state: p.state,
    closedAt: p.closedAt?.toISOString() ?? null,
    prisoners: [...p.prisoners].sort(),
  };
}

/**
 * Creates or changes a petition with its audit entry. Closing it records when (closedAt); opening
 * it again clears that. The confirmed count is never touched here. Returns the public paths to
 * revalidate: the petition, the action hub and the profiles it is shown on.
 */
export async function savePetitionRecord(staff: Staff, data: PetitionData, now: Date = new Date()): Promise<SaveOutcome> {
  const prisoners = [...new Set(data.prisoners)];
  const unknown = await unknownPrisoner(prisoners);
  if (unknown) return { outcome: "invalid", field: "prisoners", message: `There is no profile “${unknown}”: choose people from the list.` };
  const other = await db.petition.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (other && other.id !== data.id) return { outcome: "slug-taken" };

  const before =
    data.id === null
      ? null
      : await db.petition.findUnique({
          where: { id: data.id },
          select: petitionFields,
        });
  if (data.id !== null && !before) return { outcome: "not-found" };
  const id = before?.id ?? randomUUID();
  const closedAt = data.state === "OPEN" ? null : before?.state === "CLOSED" ? before.closedAt : now;
  const values = {
    slug: data.slug,
    title: data.title,
    summary: data.summary,
    body: data.body,
    target: data.target,
    goal: data.goal,
    state: data.state,
    closedAt,
  };
  const linked = prisoners.map((slug) => ({ slug }));

  try {
    await db.$transaction([
      before
        ? db.petition.update({ where: { id }, data: { ...values, prisoners: { set: linked } } })
        : db.petition.create({ data: { id, ...values, prisoners: { connect: linked } } }),
      auditEntry({
        actorId: staff.id,
        action: before ? "petition.update" : "petition.create",
        entityType: "Petition",
        entityId: id,
        ...(before ? { before: petitionSnapshot({ ...before, prisoners: before.prisoners.map((p) => p.slug) }) } : {}),
        after: petitionSnapshot({ ...values, prisoners }),
      }),
    ]);
  } catch (error) {
    return saveFailure(error, "not-found");
  }

  const people = new Set([...prisoners, ...(before?.prisoners.map((p) => p.slug) ?? [])]);
  return {
    outcome: "saved",
    slug: data.slug,
    paths: [
      ...new Set([before?.slug ?? data.slug, data.slug].map(publicPath.petition)),
      publicPath.act,
      ...[...people].map(publicPath.prisoner),
    ],
  };
}

// ---------------------------------------------------------------------------
// Bulk invalidation: signatures matching an email domain, an IP hash or a time range stop counting.
// Only PENDING and CONFIRMED signatures change; the petition's stored count drops by the confirmed
// ones, in the same transaction as the change and its audit entry (criteria and counts, never an
// address).

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
