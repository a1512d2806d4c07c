import { SHARE_CHANNELS } from "../sharing/share-links";

// Referral tracking in the spirit of OSDI's referrer_data: a confirmed supporter's share links
// carry their share code (`ref`) and the channel the link was shared on (`ch`). Both travel only
// between our own pages: in the link, in a hidden form field, and (for visitors without
// JavaScript) in a first-party cookie that lasts an hour. No third party sees them.

export const REFERRAL_PARAM = "ref";
export const CHANNEL_PARAM = "ch";
/** First-party cookie carrying a link's referral to the sign form when JavaScript is off. */
export const REFERRAL_COOKIE = "ft_ref";
/** An hour: long enough to read and sign, short enough that little of the visit stays on the device. */
export const REFERRAL_COOKIE_SECONDS = 60 * 60;

/** Channels a shared link can carry: the networks' share links, copying the link, and the device's own share sheet. */
export const REFERRAL_CHANNELS = [...SHARE_CHANNELS, "copy", "device"] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];

// Share codes are 6 random bytes in base64url (lib/petitions/signing.ts). Checked without zod: the
// sign form in the browser reads the parameter names from here, and the proxy runs on every request.
const REFERRAL_CODE = /^[A-Za-z0-9_-]{8}$/;

export function isReferralCode(value: unknown): value is string {
  return typeof value === "string" && REFERRAL_CODE.test(value);
}

function isReferralChannel(value: unknown): value is ReferralChannel {
  return typeof value === "string" && (REFERRAL_CHANNELS as readonly string[]).includes(value);
}

export interface Referral {
  code: string | null;
  channel: ReferralChannel | null;
}

/** A referral from untrusted values (a link, a form field, a cookie); anything malformed is dropped, never an error. */
export function parseReferral(code: unknown, channel: unknown): Referral | null {
  const validCode = isReferralCode(code) ? code : null;
  const validChannel = isReferralChannel(channel) ? channel : null;
  if (validCode === null && validChannel === null) return null;
  return { code: validCode, channel: validChannel };
}

/** The referral a page address carries (`?ref=…&ch=…`), if any. */
export function referralFromSearchParams(params: URLSearchParams): Referral | null {
  // The proxy asks on every page view; most carry neither, and need no parsing.
  if (!params.has(REFERRAL_PARAM) && !params.has(CHANNEL_PARAM)) return null;
  return parseReferral(params.get(REFERRAL_PARAM), params.get(CHANNEL_PARAM));
}

export function referralCookieValue(referral: Referral): string {
  return `${referral.code ?? ""}.${referral.channel ?? ""}`;
}

export function referralFromCookie(value: string | undefined): Referral | null {
  if (!value) return null;
  const [code, channel] = value.split(".");
  return parseReferral(code, channel);
}

/** `url` with the referral code and the channel it is shared on added to its query. */
export function withReferral(url: string, code: string | null | undefined, channel?: ReferralChannel): string {
  const target = new URL(url);
  if (code) target.searchParams.set(REFERRAL_PARAM, code);
  if (channel) target.searchParams.set(CHANNEL_PARAM, channel);
  return target.toString();
}
