import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { adminPath } from "../paths";
import { SECURE_COOKIES, SESSION_COOKIE, SESSION_COOKIE_OPTIONS, SESSION_MAX_AGE_SECONDS } from "./cookies";
import { endSessionOfToken, staffForToken } from "./sessions";
import { signInStaff } from "./sign-in";

export { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS };

// Staff sessions are next-auth JWTs in an httpOnly cookie, each backed by a Session row
// (lib/auth/sessions.ts). The token says who signed in and which session; the role and whether
// the session still stands are read from the database on every staff request (lib/auth/guards.ts)
// and on every read of /api/auth/session (the jwt callback below). Which of next-auth's endpoints
// are served at all: app/api/auth/[...nextauth]/route.ts.
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  useSecureCookies: SECURE_COOKIES,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  cookies: { sessionToken: { name: SESSION_COOKIE, options: SESSION_COOKIE_OPTIONS } },
  // Failures come back to the sign-in page, which names them (?error=CredentialsSignin|rateLimited).
  pages: { signIn: adminPath.signIn, error: adminPath.signIn },
  callbacks: {
    async jwt({ token, user, trigger }) {
      if (trigger === "signIn" && user) return { sub: user.id, email: user.email, name: user.name, sid: user.sessionId };
      // Any later read: the token is good only while its session row stands. Throwing makes
      // next-auth answer an empty session and clear the cookie. Nothing is taken from the
      // client's `session` argument (POST /api/auth/session), which anyone can write.
      if (!(await staffForToken(token))) throw new Error("The staff session has ended.");
      return { sub: token.sub, email: token.email, name: token.name, sid: token.sid };
    },
    session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub } }),
  },
  events: {
    // POST /api/auth/signout ends the server-side session too, not only the browser's cookie.
    signOut: ({ token }) => endSessionOfToken(token),
  },
  // One short line per event: an ended session read through /api/auth/session is routine, not a
  // stack trace. (Setting a logger would also open next-auth's POST /api/auth/_log to clients;
  // the route does not serve it.)
  logger: {
    error: (code) => console.warn(`[auth] next-auth: ${code}`),
    warn: (code) => console.warn(`[auth] next-auth: ${code}`),
    debug: () => {},
  },
  providers: [
    // For clients of /api/auth (next-auth's own signIn("credentials")): the same guarded sign-in
    // as the form, limits and audit entry included.
    CredentialsProvider({
      name: "Staff",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const outcome = await signInStaff({ email: credentials?.email, password: credentials?.password }, "next-auth");
        // next-auth turns a thrown error into a redirect to the sign-in page with ?error=<message>.
        if (outcome.status === "rateLimited") throw new Error("rateLimited");
        if (outcome.status !== "signedIn") return null;
        const { staff, sessionId } = outcome;
        return { id: staff.id, email: staff.email, name: staff.name, sessionId };
      },
    }),
  ],
};
