import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import { SESSION_COOKIE } from "../auth/cookies";
import { openStaffSession } from "../auth/sessions";
import { db } from "../db";
import { testRequest } from "./next-headers";
import { createStaffRow, type TestStaff } from "./rows";

// Test support: a real next-auth session token for a staff row in the test database, carried in
// the session cookie of the request the next/headers double answers with (lib/test/next-headers.ts).

/**
 * A real session for a staff row (its Session row included), as signing in makes one, carried in
 * the token next-auth's cookie holds. For a staff row that no longer exists the token names a
 * session that was never opened, as a token kept after the account was deleted does.
 */
export async function staffSessionToken(
  staff: { id: string; email: string },
  secret: string = process.env.NEXTAUTH_SECRET!,
): Promise<string> {
  const exists = await db.staffUser.count({ where: { id: staff.id } });
  const sessionId = exists ? await openStaffSession(staff.id) : randomBytes(32).toString("base64url");
  return encode({ secret, token: { sub: staff.id, email: staff.email, name: null, sid: sessionId } });
}

/** The next requests carry this staff member's session (null: nobody signed in). */
export async function actAs(staff: TestStaff | null, secret: string = process.env.NEXTAUTH_SECRET!): Promise<void> {
  if (staff) testRequest.jar.set(SESSION_COOKIE, await staffSessionToken(staff, secret));
  else testRequest.jar.delete(SESSION_COOKIE);
}

/** The URL a server action redirected to (redirect() throws), or null when it did not. */
export async function redirectOf(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? null;
    throw error;
  }
}

// ---------------------------------------------------------------------------
// Tests of the staff editor's actions (next/cache mocked by the test file)

export const IDLE = { status: "idle" } as const;

/**
 * One admin, signed in for every test of the file; revalidations are counted from each test's
 * start, and the database is let go after the last.
 */
export function adminForEveryTest(): TestStaff {
  const admin = {} as TestStaff;
  afterAll(() => db.$disconnect());
  beforeAll(async () => {
    Object.assign(admin, await createStaffRow("ADMIN"));
  });
  beforeEach(async () => {
    vi.mocked(revalidatePath).mockClear();
    await actAs(admin);
  });
  return admin;
}

/** The paths revalidated so far. */
export const revalidated = () => vi.mocked(revalidatePath).mock.calls.map(([path]) => path);

/** A record's audit entries, oldest first. */
export const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
