import "server-only";
import { auditEntry } from "../audit/log";
import { hashToken, keyedHash } from "../crypto";
import { db } from "../db";
import { consume, RATE_LIMIT_POLICIES, refund, type Limit } from "../rate-limit";
import { clientIpHash } from "../request";
import { verifyStaffCredentials } from "./credentials";
import { issueDeviceCookie, trustedDeviceKey } from "./device-cookie";
import { signInSchema } from "./schema";
import { openStaffSession, type Staff } from "./sessions";

// The one way into a staff session. The sign-in form's action and next-auth's credentials
// provider (POST /api/auth/callback/credentials) both call signInStaff, so both pass the same
// limits and write the same audit entry, and what one says about an account is what the other does.
//
// Only failed attempts count: every attempt takes a point from each of its limits first (so
// parallel guesses cannot slip past a check) and a success gives them back. Two windows per
// limit make the delay grow: a few failures cost minutes, many cost a day. Which limits apply
// depends on the browser (OWASP's device cookies, docs/decisions/014):
// - with a valid device cookie for the account: that cookie's own budget only, so failures by
//   anyone else, anywhere, never lock the staff member out of their own browser;
// - without one: the (account, address) pair, the account for all such clients together (a
//   distributed attacker shares this budget), and the address across accounts.
// The limits themselves are rows of RATE_LIMIT_POLICIES (lib/rate-limit.ts).
const LIMITS = RATE_LIMIT_POLICIES;

export type SignInOutcome =
  | { status: "signedIn"; staff: Staff; sessionId: string }
  | { status: "wrongCredentials" }
  | { status: "rateLimited"; retryAfterSeconds: number };

/** Which way the attempt came in; recorded with the audit entry. */
export type SignInRoute = "form" | "next-auth";

async function limitsFor(email: string): Promise<(readonly [Limit, string])[]> {
  const device = await trustedDeviceKey(email);
  if (device)
    return [
      [LIMITS.signInDeviceShort, device],
      [LIMITS.signInDeviceLong, device],
    ];
  const account = keyedHash("email", email);
  const ip = await clientIpHash();
  const accountIp = hashToken(`${account}:${ip}`);
  // Narrowest first: an attempt refused by one limit gives back what it took from the ones before,
  // so a locked pair does not also drain the account's or the address's budget.
  return [
    [LIMITS.signInAccountIpShort, accountIp],
    [LIMITS.signInAccountIpLong, accountIp],
    [LIMITS.signInAccountShort, account],
    [LIMITS.signInAccountLong, account],
    [LIMITS.signInIpShort, ip],
    [LIMITS.signInIpLong, ip],
  ];
}

/**
 * Checks a sign-in attempt (any shape: it is validated here) and, when it is right and not
 * limited, opens a session, writes the audit entry and gives the browser its device cookie.
 * The caller only writes the session cookie (the form) or lets next-auth write it.
 */
export async function signInStaff(input: unknown, route: SignInRoute): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: "wrongCredentials" };
  const email = parsed.data.email.toLowerCase();
  const checks = await limitsFor(email);
  const taken: (readonly [Limit, string])[] = [];
  for (const check of checks) {
    const result = await consume(...check);
    if (result.limited) {
      for (const [limit, key] of taken) await refund(limit, key);
      return { status: "rateLimited", retryAfterSeconds: result.retryAfterSeconds };
    }
    taken.push(check);
  }
  const staff = await verifyStaffCredentials(email, parsed.data.password);
  if (!staff) return { status: "wrongCredentials" };
  for (const [limit, key] of taken) await refund(limit, key);
  const sessionId = await db.$transaction(async (tx) => {
    const id = await openStaffSession(staff.id, tx);
    await auditEntry(
      { actorId: staff.id, action: "staff.sign-in", entityType: "StaffUser", entityId: staff.id, after: { via: route } },
      tx,
    );
    return id;
  });
  await issueDeviceCookie(email);
  return { status: "signedIn", staff, sessionId };
}
