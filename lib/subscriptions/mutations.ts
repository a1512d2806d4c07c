import "server-only";
import type { Locale } from "../i18n/routing";
import { randomUUID } from "node:crypto";
import { encrypt, hashToken, newToken } from "../crypto";
import { db } from "../db";
import { outboxRow } from "../mail/outbox";
import { listUnsubscribeHeaders, renderMail } from "../mail/templates";
import { links } from "../paths";
import { emailHashOf } from "../supporters/identity";
import { CONFIRM_LINK_LIFETIME_MS, unsubscribeToken, unsubscribeTokenHash } from "../supporters/tokens";
import { describeSubscriptionConfirmLink, type SubscriptionLinkState } from "./queries";

export type SubscribeOutcome = "pending" | "unknown-scope";

/** Headers that let mail clients offer one-click unsubscribe (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(subscriptionId: string): Record<string, string> {
  return listUnsubscribeHeaders(links.oneClickUnsubscribe(unsubscribeToken(subscriptionId)));
}

async function scopeOf(scope: string): Promise<{ prisonerId: string | null; label: string } | null> {
  if (scope === "all") return { prisonerId: null, label: "" };
  const prisoner = await db.prisoner.findUnique({ where: { slug: scope }, select: { id: true, nameLatin: true } });
  return prisoner ? { prisonerId: prisoner.id, label: prisoner.nameLatin } : null;
}

/**
 * Double opt-in: a new, pending or unsubscribed address gets a confirmation link; an address
 * already subscribed gets a note saying so. The caller answers all of them the same way.
 */
export async function recordSubscription(
  emailInput: string,
  scope: string,
  scopeLabels: { all: string; person: (name: string) => string },
  locale: Locale,
) {
  const target = await scopeOf(scope);
  if (!target) return "unknown-scope" as const;
  const email = emailInput.trim();
  const emailHash = emailHashOf(email);
  const scopeKey = target.prisonerId ?? "all";
  const scopeLabel = target.prisonerId ? scopeLabels.person(target.label) : scopeLabels.all;
  const existing = await db.subscription.findUnique({
    where: { emailHash_scope: { emailHash, scope: scopeKey } },
    select: { id: true, state: true },
  });

  if (existing?.state === "CONFIRMED") {
    const mail = renderMail(
      { kind: "subscription-duplicate", scopeLabel, unsubscribeUrl: links.unsubscribe(unsubscribeToken(existing.id), locale) },
      locale,
    );
    await db.outboxMessage.create({
      data: outboxRow({ kind: "subscription-duplicate", to: email, ...mail, headers: unsubscribeHeaders(existing.id) }),
    });
    return "pending" as const;
  }

  const id = existing?.id ?? randomUUID();
  const { token, tokenHash } = newToken();
  const tokenExpiresAt = new Date(Date.now() + CONFIRM_LINK_LIFETIME_MS);
  const mail = renderMail(
    {
      kind: "subscription-confirm",
      scopeLabel,
      confirmUrl: links.confirmSubscription(token, locale),
      unsubscribeUrl: links.unsubscribe(unsubscribeToken(id), locale),
    },
    locale,
  );
  await db.$transaction([
    existing
      ? db.subscription.update({
          where: { id },
          data: {
            state: "PENDING",
            confirmTokenHash: tokenHash,
            tokenExpiresAt,
            emailEncrypted: encrypt(email),
            unsubscribedAt: null,
            locale,
          },
        })
      : db.subscription.create({
          data: {
            id,
            emailEncrypted: encrypt(email),
            emailHash,
            prisonerId: target.prisonerId,
            scope: scopeKey,
            confirmTokenHash: tokenHash,
            tokenExpiresAt,
            unsubscribeTokenHash: unsubscribeTokenHash(id),
            locale,
          },
        }),
    db.outboxMessage.create({ data: outboxRow({ kind: "subscription-confirm", to: email, ...mail, headers: unsubscribeHeaders(id) }) }),
  ]);
  return "pending" as const;
}

/** Confirms a pending subscription; repeating it changes nothing. */
export async function confirmSubscription(token: string, now: Date = new Date()): Promise<SubscriptionLinkState> {
  const state = await describeSubscriptionConfirmLink(token, now);
  if (state !== "pending") return state;
  await db.subscription.updateMany({
    where: { confirmTokenHash: hashToken(token), state: "PENDING" },
    data: { state: "CONFIRMED", confirmedAt: now },
  });
  return "confirmed";
}

/** Ends a subscription; safe to repeat. Returns false for a link that matches nothing. */
export async function unsubscribe(token: string, now: Date = new Date()): Promise<boolean> {
  const found = await db.subscription.findUnique({ where: { unsubscribeTokenHash: hashToken(token) }, select: { id: true } });
  if (!found) return false;
  await db.subscription.updateMany({
    where: { id: found.id, state: { not: "UNSUBSCRIBED" } },
    data: { state: "UNSUBSCRIBED", unsubscribedAt: now },
  });
  return true;
}
