import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

// next-auth answers every action it knows; only those staff sign-in uses are served. The rest
// would only widen the door: POST _log writes client text to the server log, GET on the
// credentials callback answers 500, POST session rewrites a token, and the sign-out and
// verify-request pages are next-auth's own. (docs/decisions/014)
const SERVED: Record<string, readonly string[]> = {
  GET: ["csrf", "providers", "session", "signin", "error"],
  POST: ["callback/credentials", "signout"],
};

type Context = { params: Promise<{ nextauth: string[] }> };

async function guarded(request: NextRequest, context: Context): Promise<Response> {
  const route = (await context.params).nextauth.join("/");
  if (!SERVED[request.method]?.includes(route)) return Response.json({ error: "Not found" }, { status: 404 });
  // next-auth parses a JSON body itself and answers 500 when it is broken.
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json")) {
    try {
      await request.clone().json();
    } catch {
      return Response.json({ error: "The body is not valid JSON." }, { status: 400 });
    }
  }
  return handler(request, context);
}

export { guarded as GET, guarded as POST };
