import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIE, SESSION_COOKIE_OPTIONS, SESSION_MAX_AGE_SECONDS } from "./cookies";
import type { JWT } from "next-auth/jwt";
import { decodeStaffToken, encodeStaffToken, type Staff } from "./sessions";

// The sign-in form is a server action (it works without JavaScript), so it writes next-auth's own
// session token for the session signInStaff opened; lib/auth/guards.ts and next-auth read it alike.
export async function writeStaffSessionCookie(staff: Staff, sessionId: string): Promise<void> {
  const token = await encodeStaffToken(staff, sessionId);
  (await cookies()).set(SESSION_COOKIE, token, { ...SESSION_COOKIE_OPTIONS, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function deleteStaffSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** The session token of this request, decoded, or null (no cookie, forged or expired). */
export async function requestStaffToken(): Promise<JWT | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value ? decodeStaffToken(value) : null;
}
