import "server-only";
import { createHmac } from "node:crypto";
import { env } from "../env";
import { hashToken } from "../crypto";

// Unsubscribe links must work in every future mail, but the database keeps only token hashes.
// So the token is derived from the subscription's id with the app's key: any mail can rebuild
// the link, and a copy of the database alone cannot.
export function unsubscribeToken(subscriptionId: string): string {
  if (!env.HASH_KEY) throw new Error("HASH_KEY is not set: run `npm start` once to generate local secrets.");
  return createHmac("sha256", env.HASH_KEY).update(`unsubscribe:${subscriptionId}`).digest("base64url");
}

export function unsubscribeTokenHash(subscriptionId: string): string {
  return hashToken(unsubscribeToken(subscriptionId));
}

export const CONFIRM_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
