import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { db } from "../db";
import { openStaffSession } from "./sessions";

// Test support: a real session for a staff row (its Session row included), as signing in makes
// one, carried in the token next-auth's cookie holds. For a staff row that no longer exists the
// token names a session that was never opened, as a token kept after the account was deleted does.
export async function staffSessionToken(
  staff: { id: string; email: string },
  secret: string = process.env.NEXTAUTH_SECRET!,
): Promise<string> {
  const exists = await db.staffUser.count({ where: { id: staff.id } });
  const sessionId = exists ? await openStaffSession(staff.id) : randomBytes(32).toString("base64url");
  return encode({ secret, token: { sub: staff.id, email: staff.email, name: null, sid: sessionId } });
}
