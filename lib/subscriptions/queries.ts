import "server-only";
import { hashToken } from "../crypto";
import { db } from "../db";
import { isTokenShaped } from "../supporters/token-shape";

export type SubscriptionLinkState = "pending" | "confirmed" | "expired" | "unsubscribed" | "invalid";

export async function describeSubscriptionConfirmLink(token: string, now: Date = new Date()): Promise<SubscriptionLinkState> {
  if (!isTokenShaped(token)) return "invalid";
  const subscription = await db.subscription.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { state: true, tokenExpiresAt: true },
  });
  if (!subscription) return "invalid";
  if (subscription.state === "CONFIRMED") return "confirmed";
  if (subscription.state === "UNSUBSCRIBED") return "unsubscribed";
  if (!subscription.tokenExpiresAt || subscription.tokenExpiresAt < now) return "expired";
  return "pending";
}

export async function describeUnsubscribeLink(token: string): Promise<"subscribed" | "unsubscribed" | "invalid"> {
  if (!isTokenShaped(token)) return "invalid";
  const subscription = await db.subscription.findUnique({ where: { unsubscribeTokenHash: hashToken(token) }, select: { state: true } });
  if (!subscription) return "invalid";
  return subscription.state === "UNSUBSCRIBED" ? "unsubscribed" : "subscribed";
}
