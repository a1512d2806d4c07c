import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "../env";
import { authOptions, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "./options";

// The sign-in form is a server action (it works without JavaScript and is rate-limited in one
// place), so it writes next-auth's own session token, which getServerSession then reads.
export async function startStaffSession(staff: { id: string; email: string; name: string | null }): Promise<void> {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set: run `npm start` once to generate local secrets.");
  const token = await encode({
    secret: env.NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: staff.id, email: staff.email, name: staff.name },
  });
  (await cookies()).set(SESSION_COOKIE, token, { ...authOptions.cookies!.sessionToken!.options, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function endStaffSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
