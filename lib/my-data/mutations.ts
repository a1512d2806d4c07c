import "server-only";
import type { Locale } from "../i18n/routing";
import { randomUUID } from "node:crypto";
import { addMinutes } from "../dates";
import { newToken } from "../crypto";
import { db } from "../db";
import { outboxRow } from "../mail/outbox";
import { renderMail } from "../mail/templates";
import { links } from "../paths";
import { emailHashOf } from "../supporters/identity";
import { MY_DATA_LINK_MINUTES } from "./schema";

/** Sends a link to the data kept about an address, to that address only. */
export async function sendMyDataLink(email: string, locale: Locale, now: Date = new Date()): Promise<void> {
  const { token, tokenHash } = newToken();
  const mail = renderMail({ kind: "my-data-link", linkUrl: links.myData(token, locale), expiresInMinutes: MY_DATA_LINK_MINUTES }, locale);
  await db.$transaction([
    db.accessToken.create({ data: { tokenHash, emailHash: emailHashOf(email), expiresAt: addMinutes(now, MY_DATA_LINK_MINUTES) } }),
    db.outboxMessage.create({ data: outboxRow({ kind: "my-data-link", to: email.trim(), ...mail }) }),
  ]);
}

/**
 * Erases an address's personal data. Confirmed signatures stay counted but lose every link to the
 * person (name, address, its hash, IP hash); unconfirmed signatures, subscriptions and the
 * address's "my data" links are deleted.
 */
export async function eraseSupporterData(emailHash: string, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const confirmed = await tx.signature.findMany({ where: { emailHash, state: { not: "PENDING" } }, select: { id: true } });
    for (const { id } of confirmed) {
      await tx.signature.update({
        where: { id },
        // The hash is replaced, not kept: nothing left can be matched to the address again.
        data: {
          nameEncrypted: null,
          publicName: null,
          showName: false,
          emailEncrypted: null,
          emailHash: `erased:${randomUUID()}`,
          ipHash: null,
          // Referrals would tie the signature to the supporters who shared with them, and to those they shared with.
          shareCode: null,
          referralCode: null,
          referralChannel: null,
          erasedAt: now,
        },
      });
    }
    const pending = await tx.signature.deleteMany({ where: { emailHash, state: "PENDING" } });
    const subscriptions = await tx.subscription.deleteMany({ where: { emailHash } });
    // A correction report stays (staff may still need the fact); only the reporter's address goes.
    await tx.correctionReport.updateMany({ where: { emailHash }, data: { emailEncrypted: null, emailHash: null } });
    await tx.accessToken.deleteMany({ where: { emailHash } });
    return { anonymisedSignatures: confirmed.length, deletedSignatures: pending.count, deletedSubscriptions: subscriptions.count };
  });
}
