import "server-only";
import { randomBytes } from "node:crypto";
import { decode, encode, type JWT } from "next-auth/jwt";
import { auditEntry } from "../audit/log";
import { hashToken } from "../crypto";
import { db } from "../db";
import type { DatabaseTransaction } from "../db/client";
import { env } from "../env";
import type { StaffRole } from "../generated/prisma/enums";
import { SESSION_MAX_AGE_SECONDS } from "./cookies";

// Every staff sign-in has a row in Session; the session JWT carries a random id (`sid`) whose
// SHA-256 is the row's sessionToken. A token counts only while its row exists and has not expired,
// so deleting the row ends the session for every copy of the cookie at once (docs/decisions/014).
// The row's expiry is fixed at sign-in: next-auth re-signs the JWT with a later expiry whenever
// /api/auth/session is read, but that cannot stretch a session past its row.

export interface Staff {
  id: string;
  email: string;
  name: string | null;
  role: StaffRole;
}

type SessionClient = Pick<DatabaseTransaction, "session">;

function secret(): string {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set: run `npm start` once to generate local secrets.");
  return env.NEXTAUTH_SECRET;
}

/** Opens a session row for a staff member and returns its id (to carry in the token only). */
export async function openStaffSession(staffId: string, client: SessionClient = db): Promise<string> {
  const now = new Date();
  // Cleaning up at each sign-in keeps the table to the live sessions; `expires` is indexed.
  await client.session.deleteMany({ where: { expires: { lt: now } } });
  const sessionId = randomBytes(32).toString("base64url");
  await client.session.create({
    data: { sessionToken: hashToken(sessionId), userId: staffId, expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return sessionId;
}

/**
 * The active staff member a token belongs to, as the database knows them now, or null when its
 * session ended, expired or belongs to someone else. One query (session joined to its staff row).
 */
export async function staffForToken(token: Pick<JWT, "sub" | "sid"> | null | undefined): Promise<Staff | null> {
  const { sub, sid } = token ?? {};
  // Never query with a missing value: an undefined in a where clause would match any row.
  if (typeof sub !== "string" || sub.length === 0 || typeof sid !== "string" || sid.length === 0) return null;
  const session = await db.session.findUnique({
    where: { sessionToken: hashToken(sid) },
    select: { expires: true, user: { select: { id: true, email: true, name: true, role: true, active: true } } },
  });
  if (!session || session.expires.getTime() <= Date.now()) return null;
  const { user } = session;
  if (user.id !== sub || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** next-auth's session token for a session this app opened (the sign-in form's action writes it). */
export function encodeStaffToken(staff: { id: string; email: string; name: string | null }, sessionId: string): Promise<string> {
  return encode({
    secret: secret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: staff.id, email: staff.email, name: staff.name, sid: sessionId },
  });
}

/** A session token's claims, or null when it is forged, broken or expired. */
export async function decodeStaffToken(value: string): Promise<JWT | null> {
  try {
    return await decode({ token: value, secret: secret() });
  } catch {
    return null;
  }
}

/** Ends the session a token names and records the sign-out; nothing happens for a token without one. */
export async function endSessionOfToken(token: Pick<JWT, "sid"> | null | undefined): Promise<void> {
  const sid = token?.sid;
  if (typeof sid !== "string" || sid.length === 0) return;
  const sessionToken = hashToken(sid);
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { sessionToken }, select: { userId: true } });
    if (!session) return;
    await tx.session.delete({ where: { sessionToken } });
    await auditEntry({ actorId: session.userId, action: "staff.sign-out", entityType: "StaffUser", entityId: session.userId }, tx);
  });
}
