import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { verifyStaffCredentials } from "./credentials";

// Staff sessions are next-auth JWTs in an httpOnly cookie. The cookie carries who signed in; the
// role is read from the database on every staff request (lib/auth/guards.ts), so removing or
// demoting someone takes effect at once.
const secure = (env.NEXTAUTH_URL ?? env.APP_URL).startsWith("https://");

export const SESSION_COOKIE = `${secure ? "__Secure-" : ""}next-auth.session-token`;
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  useSecureCookies: secure,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  cookies: { sessionToken: { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: "lax", path: "/", secure } } },
  pages: { signIn: "/admin/sign-in" },
  callbacks: {
    // The staff id travels in the token's subject; the session exposes it to lib/auth/guards.ts.
    session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub } }),
  },
  providers: [
    // The same check as the sign-in form's server action, for clients of /api/auth.
    CredentialsProvider({
      name: "Staff",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const staff = await verifyStaffCredentials(credentials?.email ?? "", credentials?.password ?? "");
        return staff ? { id: staff.id, email: staff.email, name: staff.name } : null;
      },
    }),
  ],
};
