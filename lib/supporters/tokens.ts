import "server-only";
import { createHmac } from "node:crypto";
import { env } from "../env";
import { hashToken } from "../crypto";

// What the database holds of each link token (checked against prisma/schema.prisma, 2026-12-01):
// - confirm links (Signature.confirmTokenHash, Subscription.confirmTokenHash) and "my data" links
//   (AccessToken.tokenHash): 32 random bytes, only their SHA-256 is stored (lib/crypto.ts newToken);
// - unsubscribe links: Subscription.unsubscribeTokenHash is the SHA-256 of a token that is not
//   random but HMAC-SHA256(HASH_KEY, "unsubscribe:" + subscription id), so every future mail can
//   rebuild the link. A copy of the database alone cannot (it lacks HASH_KEY); a copy with
//   HASH_KEY can mint the unsubscribe link of every subscription (it can only unsubscribe);
// - staff sessions (Session.sessionToken): SHA-256 of the random id in the cookie (lib/auth/sessions.ts);
// - the mails that carry these links: sealed in OutboxMessage.sealed and wiped once sent
//   (lib/mail/outbox.ts). Account and VerificationToken (next-auth's adapter tables) stay empty:
//   staff sign in with credentials only.
export function unsubscribeToken(subscriptionId: string): string {
  if (!env.HASH_KEY) throw new Error("HASH_KEY is not set: run `npm start` once to generate local secrets.");
  return createHmac("sha256", env.HASH_KEY).update(`unsubscribe:${subscriptionId}`).digest("base64url");
}

export function unsubscribeTokenHash(subscriptionId: string): string {
  return hashToken(unsubscribeToken(subscriptionId));
}

export const CONFIRM_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
