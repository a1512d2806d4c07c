import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { SESSION_COOKIE } from "../auth/cookies";
import { staffSessionToken } from "../auth/test-session";
import { db } from "../db";

// Test support: a real next-auth session token for a staff row in the test database, carried by a
// stand-in for next/headers. Test files mock "next/headers" with `fakeNextHeaders`; next-auth
// itself reads next/headers with require() from inside node_modules, where vi.mock does not reach,
// so the same stand-in is also put into Node's module cache for it.

// next-auth warns on every call when NEXTAUTH_URL is unset.
process.env.NEXTAUTH_URL ??= process.env.APP_URL;

let token: string | null = null;
const CLIENT_IP = "203.0.113.50";

export const fakeNextHeaders = {
  headers: async () => new Headers({ "x-forwarded-for": CLIENT_IP, ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}) }),
  cookies: async () => {
    const all = token ? [{ name: SESSION_COOKIE, value: token }] : [];
    return {
      getAll: () => all,
      get: (name: string) => all.find((cookie) => cookie.name === name),
      has: (name: string) => all.some((cookie) => cookie.name === name),
    };
  },
};

const requireFromNextAuth = createRequire(createRequire(import.meta.url).resolve("next-auth"));
const headersModule = requireFromNextAuth.resolve("next/headers");
requireFromNextAuth.cache[headersModule] = { id: headersModule, filename: headersModule, loaded: true, exports: fakeNextHeaders } as never;

export interface TestStaff {
  id: string;
  email: string;
}

export async function createStaffRow(role: "ADMIN" | "MODERATOR"): Promise<TestStaff> {
  return db.staffUser.create({
    data: { email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@staff.test`, role },
    select: { id: true, email: true },
  });
}

/** The next requests carry this staff member's session (null: nobody signed in). */
export async function actAs(staff: TestStaff | null, secret: string = process.env.NEXTAUTH_SECRET!): Promise<void> {
  token = staff ? await staffSessionToken(staff, secret) : null;
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

/** A posted form, as a browser would send it. */
export function form(fields: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}
