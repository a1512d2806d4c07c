import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { encrypt, hashToken, newToken } from "../crypto";
import { db } from "../db";
import { outboxRow } from "../mail/outbox";
import { renderMail } from "../mail/templates";
import { emailHashOf } from "../supporters/identity";
import { links } from "../supporters/links";
import { CONFIRM_LINK_LIFETIME_MS, unsubscribeTokenHash } from "../supporters/tokens";
import type { Referral } from "../referrals/referral";
import { firstName, type SignData } from "./schema";
import { sealCountry, sealName } from "./sealed";
import { writeSignature, type ConsentRow } from "./signature-writer";

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
function consentRow(emailHash: string, email: string): ConsentRow {
  const id = randomUUID();
  return { id, emailEncrypted: encrypt(email), emailHash, unsubscribeTokenHash: unsubscribeTokenHash(id) };
}

/**
 * Writes a pending signature and its confirmation mail in one transaction. A second signature
 * from the same (canonical) address writes no row: it gets a "you already signed" mail instead
 * (with a fresh link while the first is unconfirmed: the newest mail always works). Both go
 * through the same statements in the same batch, and the caller answers both the same way, so
 * neither the page nor the time it takes tells who signed (docs/decisions/018).
 */
export async function recordSignature(input: SignData, ipHash: string, referral: Referral | null = null): Promise<SignOutcome> {
  const petition = await petitionForSigning(input.petition);
  if (!petition) return "unknown-petition";
  if (petition.state !== "OPEN") return "closed";

  const email = input.email.trim();
  const emailHash = emailHashOf(email);
  const { token, tokenHash } = newToken();
  const confirmUrl = links.confirmSignature(token);
  // Every answer's mail is prepared: which one is written is known only inside the transaction.
  const created = renderMail({ kind: "signature-confirm", name: input.name, petitionTitle: petition.title, confirmUrl });
  const duplicate = (link: string | null) =>
    renderMail({
      kind: "signature-duplicate",
      petitionTitle: petition.title,
      petitionUrl: links.petition(petition.slug),
      confirmUrl: link,
    });

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
    },
    mails: {
      created: outboxRow({ kind: "signature-confirm", to: email, ...created }),
      pendingDuplicate: outboxRow({ kind: "signature-duplicate", to: email, ...duplicate(confirmUrl) }),
      settledDuplicate: outboxRow({ kind: "signature-duplicate", to: email, ...duplicate(null) }),
    },
    consent: input.subscribe ? consentRow(emailHash, email) : undefined,
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
    if (!signature) return { outcome: "invalid" };
    const petition = { slug: signature.petition.slug, title: signature.petition.title };
    if (signature.state === "CONFIRMED") return { outcome: "already-confirmed", petition, shareCode: signature.shareCode ?? "" };
    if (signature.state !== "PENDING") return { outcome: "invalid" };
    if (!signature.tokenExpiresAt || signature.tokenExpiresAt < now) return { outcome: "expired", petition };
    if (signature.petition.state !== "OPEN") return { outcome: "closed", petition };

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
