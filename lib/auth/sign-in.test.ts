import { decode } from "next-auth/jwt";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { hashPassword } from "./password";

// next/headers exists only inside a request: a cookie jar and the client's address stand in.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.4" }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}));

afterAll(() => db.$disconnect());
beforeEach(() => jar.clear());

const { signIn } = await import("./actions");
const { SESSION_COOKIE } = await import("./options");

function form(email: string, password: string) {
  const data = new FormData();
  data.set("email", email);
  data.set("password", password);
  return data;
}
async function attempt(email: string, password: string) {
  try {
    return await signIn({ status: "idle" }, form(email, password));
  } catch (error) {
    // redirect() ends a successful sign-in by throwing Next's redirect signal.
    if ((error as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) return "redirected";
    throw error;
  }
}

describe("staff sign-in", () => {
  it("signs in with the right password and carries the staff id in next-auth's session token", async () => {
    const staff = await db.staffUser.create({
      data: { email: "mod@staff.test", role: "MODERATOR", passwordHash: await hashPassword("a long passphrase 1") },
    });
    expect(await attempt("MOD@staff.test", "a long passphrase 1")).toBe("redirected");
    const token = await decode({ token: jar.get(SESSION_COOKIE), secret: process.env.NEXTAUTH_SECRET! });
    expect(token?.sub).toBe(staff.id);
    expect(await db.auditLog.count({ where: { action: "staff.sign-in", actorId: staff.id } })).toBe(1);
  });

  it("gives the same answer for an unknown email and a wrong password, and no cookie", async () => {
    await db.staffUser.create({
      data: { email: "admin@staff.test", role: "ADMIN", passwordHash: await hashPassword("a long passphrase 2") },
    });
    const wrongPassword = await attempt("admin@staff.test", "not it");
    const unknownEmail = await attempt("nobody@staff.test", "a long passphrase 2");
    expect(wrongPassword).toEqual({ status: "error", message: "wrongCredentials", email: "admin@staff.test" });
    expect(unknownEmail).toEqual({ status: "error", message: "wrongCredentials", email: "nobody@staff.test" });
    expect(jar.size).toBe(0);
  });

  it("refuses a deactivated account", async () => {
    await db.staffUser.create({
      data: { email: "gone@staff.test", role: "ADMIN", active: false, passwordHash: await hashPassword("a long passphrase 3") },
    });
    expect(await attempt("gone@staff.test", "a long passphrase 3")).toMatchObject({ message: "wrongCredentials" });
  });

  it("stops guessing after 8 failures for one email, with a clear message, while successes never count", async () => {
    await db.staffUser.create({
      data: { email: "target@staff.test", role: "ADMIN", passwordHash: await hashPassword("a long passphrase 4") },
    });
    for (let i = 0; i < 10; i++) expect(await attempt("target@staff.test", "a long passphrase 4")).toBe("redirected");
    for (let i = 0; i < 8; i++) await attempt("target@staff.test", `guess ${i}`);
    expect(await attempt("target@staff.test", "a long passphrase 4")).toMatchObject({ message: "rateLimited" });
  });
});
