import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { hashToken } from "../crypto";
import { env } from "../env";
import { DEVICE_COOKIE, DEVICE_COOKIE_OPTIONS, DEVICE_MAX_AGE_SECONDS } from "./cookies";

// OWASP's device cookie ("Slow Down Online Guessing Attacks with Device Cookies"): a browser that
// has signed in to an account before carries a signed cookie bound to that account. Its failures
// count against its own budget, so an attacker's failures, which lock out clients without one,
// never lock out the staff member at their own browser. Value: nonce.expiry.signature, where the
// signature covers the account's email; the email itself is not in the cookie.

function signature(email: string, nonce: string, expires: string): Buffer {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set: run `npm start` once to generate local secrets.");
  return createHmac("sha256", env.NEXTAUTH_SECRET).update(`staff-device-cookie:${email}:${nonce}:${expires}`).digest();
}

/**
 * The limit key of this browser's device cookie for an account (normalised email), or null when
 * it has none for that account, or a forged or expired one.
 */
export async function trustedDeviceKey(email: string): Promise<string | null> {
  const value = (await cookies()).get(DEVICE_COOKIE)?.value;
  const [nonce, expires, signed, ...rest] = value?.split(".") ?? [];
  if (!nonce || !expires || !signed || rest.length > 0 || !/^\d{1,12}$/.test(expires)) return null;
  if (Number(expires) * 1000 <= Date.now()) return null;
  const expected = signature(email, nonce, expires);
  const given = Buffer.from(signed, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return hashToken(`staff-device:${nonce}`);
}

/** Gives this browser a new device cookie for the account that just signed in. */
export async function issueDeviceCookie(email: string): Promise<void> {
  const nonce = randomBytes(16).toString("base64url");
  const expires = String(Math.floor(Date.now() / 1000) + DEVICE_MAX_AGE_SECONDS);
  const value = `${nonce}.${expires}.${signature(email, nonce, expires).toString("base64url")}`;
  (await cookies()).set(DEVICE_COOKIE, value, { ...DEVICE_COOKIE_OPTIONS, maxAge: DEVICE_MAX_AGE_SECONDS });
}
