// What this app adds to next-auth's types: the server-side session a sign-in opened.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    /** Random id of the session row (lib/auth/sessions.ts); only its hash is stored. */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
