import { decode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { form } from "../test/form";
import { testRequest as client } from "../test/next-headers";
import { createStaffRow } from "../test/rows";
import { hashPassword } from "./password";

// Both ways into a staff session, against this file's own database: the sign-in form's server
// action and next-auth's own route (GET /api/auth/csrf, then POST /api/auth/callback/credentials,
// as any HTTP client would). The request's cookie jar and the client's address are the
// next/headers double's (`client`, lib/test/next-headers.ts).
vi.mock("../request", async () => {
  const { testRequest } = await import("../test/next-headers");
  return { clientIpHash: async () => `test-ip-hash:${testRequest.ip}` };
});

const { signIn, signOut } = await import("./actions");
const { currentStaff } = await import("./guards");
const { DEVICE_COOKIE, SESSION_COOKIE } = await import("./cookies");
const { deactivateStaffAccount, saveStaffAccount } = await import("./accounts");
const route = await import("../../app/api/auth/[...nextauth]/route");

afterAll(() => db.$disconnect());
beforeEach(() => {
  client.ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
});
afterEach(() => vi.useRealTimers());

let accounts = 0;
async function createStaff(role: "ADMIN" | "MODERATOR" = "ADMIN") {
  const password = `a long passphrase ${++accounts}`;
  return { ...(await createStaffRow(role, password)), password };
}

/** The sign-in form: "signedIn" when it redirected to /admin, otherwise its message. */
async function viaForm(email: string, password: string) {
  try {
    return await signIn({ status: "idle" }, form({ email, password }));
  } catch (error) {
    // redirect() ends a successful sign-in by throwing Next's redirect signal.
    if ((error as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) return "signedIn";
    throw error;
  }
}

/** Takes the cookies a response sets into the jar, as a browser would. */
function keepCookies(response: Response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const name = pair.slice(0, pair.indexOf("="));
    const value = decodeURIComponent(pair.slice(pair.indexOf("=") + 1));
    if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(header)) client.jar.delete(name);
    else client.jar.set(name, value);
  }
}

async function nextAuth(method: "GET" | "POST", path: string, body?: Record<string, string>) {
  const url = `http://test.local/api/auth/${path}`;
  const init = body
    ? { method, body: new URLSearchParams(body), headers: { "content-type": "application/x-www-form-urlencoded" } }
    : { method };
  const handler = method === "GET" ? route.GET : route.POST;
  const response = await handler(new NextRequest(url, init), { params: Promise.resolve({ nextauth: path.split("/") }) });
  keepCookies(response);
  return response;
}

/** next-auth's credentials sign-in: "signedIn" when it set a session cookie, otherwise its ?error=. */
async function viaNextAuth(email: string, password: string) {
  const { csrfToken } = (await (await nextAuth("GET", "csrf")).json()) as { csrfToken: string };
  client.jar.delete(SESSION_COOKIE);
  const response = await nextAuth("POST", "callback/credentials", { csrfToken, email, password, callbackUrl: "http://test.local/admin" });
  if (client.jar.has(SESSION_COOKIE)) return "signedIn";
  return new URL(response.headers.get("location") ?? "", "http://test.local").searchParams.get("error");
}

async function sessionRows(staffId: string) {
  return db.session.count({ where: { userId: staffId } });
}

describe("staff sign-in through the form", () => {
  it("signs in with the right password, carrying the staff id and a live session in next-auth's token", async () => {
    const staff = await createStaff("MODERATOR");
    expect(await viaForm(staff.email.toUpperCase(), staff.password)).toBe("signedIn");
    const token = await decode({ token: client.jar.get(SESSION_COOKIE), secret: process.env.NEXTAUTH_SECRET! });
    expect(token?.sub).toBe(staff.id);
    expect(await sessionRows(staff.id)).toBe(1);
    expect(await currentStaff()).toMatchObject({ id: staff.id, role: "MODERATOR" });
    expect(await db.auditLog.count({ where: { action: "staff.sign-in", actorId: staff.id } })).toBe(1);
  });

  it("gives the same answer for an unknown email and a wrong password, and no cookie", async () => {
    const staff = await createStaff();
    expect(await viaForm(staff.email, "not it")).toEqual({ status: "error", message: "wrongCredentials", email: staff.email });
    expect(await viaForm("nobody@staff.test", staff.password)).toEqual({
      status: "error",
      message: "wrongCredentials",
      email: "nobody@staff.test",
    });
    expect(client.jar.size).toBe(0);
  });

  it("refuses a deactivated account", async () => {
    const staff = await createStaff();
    await db.staffUser.update({ where: { id: staff.id }, data: { active: false } });
    expect(await viaForm(staff.email, staff.password)).toMatchObject({ message: "wrongCredentials" });
  });
});

describe("next-auth's credentials endpoint", () => {
  it("signs in through the same guarded path: session row, audit entry and device cookie", async () => {
    const staff = await createStaff();
    expect(await viaNextAuth(staff.email, "wrong password")).toBe("CredentialsSignin");
    expect(await viaNextAuth(staff.email, staff.password)).toBe("signedIn");
    expect(client.jar.has(DEVICE_COOKIE)).toBe(true);
    expect(await sessionRows(staff.id)).toBe(1);
    expect(await currentStaff()).toMatchObject({ id: staff.id });
    const audit = await db.auditLog.findMany({ where: { action: "staff.sign-in", actorId: staff.id }, select: { after: true } });
    expect(audit).toEqual([{ after: JSON.stringify({ via: "next-auth" }) }]);
  });

  it("shares its limits with the form, both ways, and the right password is refused while limited", async () => {
    const staff = await createStaff();
    for (let i = 0; i < 5; i++) expect(await viaNextAuth(staff.email, `guess ${i}`)).toBe("CredentialsSignin");
    expect(await viaForm(staff.email, staff.password)).toMatchObject({ message: "rateLimited" });
    expect(await viaNextAuth(staff.email, staff.password)).toBe("rateLimited");

    const other = await createStaff();
    for (let i = 0; i < 5; i++) expect(await viaForm(other.email, `guess ${i}`)).toMatchObject({ message: "wrongCredentials" });
    expect(await viaNextAuth(other.email, other.password)).toBe("rateLimited");
    expect(await viaForm(other.email, other.password)).toMatchObject({ message: "rateLimited" });
    expect(client.jar.has(SESSION_COOKIE)).toBe(false);
    expect(await sessionRows(staff.id)).toBe(0);
    expect(await sessionRows(other.id)).toBe(0);
  });
});

describe("lock-out is not a weapon", () => {
  it("an attacker's failures from many addresses stop other clients, never the staff member's own browser", async () => {
    const staff = await createStaff();
    client.ip = "192.0.2.10";
    expect(await viaForm(staff.email, staff.password)).toBe("signedIn");
    const ownDevice = client.jar.get(DEVICE_COOKIE)!;
    expect(ownDevice).toBeTruthy();

    // A distributed attacker: a different address for every guess, so no per-address limit applies.
    for (let i = 0; i < 12; i++) {
      client.jar.clear();
      client.ip = `203.0.113.${i + 1}`;
      await viaNextAuth(staff.email, `guess ${i}`);
    }
    // A browser without a device cookie for the account is now refused, the right password too...
    client.jar.clear();
    client.ip = "192.0.2.99";
    expect(await viaForm(staff.email, staff.password)).toMatchObject({ message: "rateLimited" });
    // ...and so is one with a forged device cookie.
    client.jar.set(DEVICE_COOKIE, ownDevice.replace(/^[^.]+/, "forgednonce"));
    expect(await viaNextAuth(staff.email, staff.password)).toBe("rateLimited");
    // The staff member's own browser, with its device cookie, still signs in, by either path.
    client.jar.clear();
    client.jar.set(DEVICE_COOKIE, ownDevice);
    client.ip = "192.0.2.10";
    expect(await viaForm(staff.email, staff.password)).toBe("signedIn");
    client.jar.delete(SESSION_COOKIE);
    expect(await viaNextAuth(staff.email, staff.password)).toBe("signedIn");
  });

  it("a device cookie is bound to its account: for another account it counts for nothing", async () => {
    const staff = await createStaff();
    const target = await createStaff();
    expect(await viaForm(staff.email, staff.password)).toBe("signedIn");
    const device = client.jar.get(DEVICE_COOKIE)!;
    for (let i = 0; i < 5; i++) await viaForm(target.email, `guess ${i}`);
    client.jar.clear();
    client.jar.set(DEVICE_COOKIE, device);
    expect(await viaForm(target.email, target.password)).toMatchObject({ message: "rateLimited" });
  });

  it("delays grow: minutes after a few failures from one address, hours after many", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const staff = await createStaff();
    for (let i = 0; i < 5; i++) await viaForm(staff.email, `guess ${i}`);
    const short = await viaForm(staff.email, staff.password);
    expect(short).toMatchObject({ message: "rateLimited" });
    expect((short as { retryAfterMinutes: number }).retryAfterMinutes).toBeLessThanOrEqual(15);
    for (let round = 1; round < 4; round++) {
      vi.setSystemTime(Date.now() + 16 * 60 * 1000);
      for (let i = 0; i < 5; i++) expect(await viaForm(staff.email, `guess ${round}-${i}`)).toMatchObject({ message: "wrongCredentials" });
    }
    vi.setSystemTime(Date.now() + 16 * 60 * 1000);
    const long = await viaForm(staff.email, staff.password);
    expect(long).toMatchObject({ message: "rateLimited" });
    expect((long as { retryAfterMinutes: number }).retryAfterMinutes).toBeGreaterThan(60);
  });

  it("successes never count towards a limit", async () => {
    const staff = await createStaff();
    for (let i = 0; i < 12; i++) {
      client.jar.clear();
      expect(await viaForm(staff.email, staff.password)).toBe("signedIn");
    }
  });
});

describe("sessions end for every copy of the cookie", () => {
  async function signedInCopy(staff: { email: string; password: string }) {
    expect(await viaForm(staff.email, staff.password)).toBe("signedIn");
    return client.jar.get(SESSION_COOKIE)!;
  }
  async function staffWith(sessionCookie: string) {
    client.jar.clear();
    client.jar.set(SESSION_COOKIE, sessionCookie);
    return currentStaff();
  }

  it("signing out with the form ends the session on the server", async () => {
    const staff = await createStaff();
    const copy = await signedInCopy(staff);
    await expect(signOut()).rejects.toMatchObject({ digest: expect.stringContaining("/admin/sign-in") });
    expect(client.jar.has(SESSION_COOKIE)).toBe(false);
    expect(await staffWith(copy)).toBeNull();
    expect(await sessionRows(staff.id)).toBe(0);
    expect(await db.auditLog.count({ where: { action: "staff.sign-out", actorId: staff.id } })).toBe(1);
  });

  it("signing out through next-auth's endpoint ends it too, and its session endpoint then says nothing", async () => {
    const staff = await createStaff();
    const copy = await signedInCopy(staff);
    const live = await (await nextAuth("GET", "session")).json();
    expect(live).toMatchObject({ user: { id: staff.id, email: staff.email } });
    const { csrfToken } = (await (await nextAuth("GET", "csrf")).json()) as { csrfToken: string };
    await nextAuth("POST", "signout", { csrfToken, callbackUrl: "http://test.local/admin/sign-in" });
    expect(await staffWith(copy)).toBeNull();
    expect(await (await nextAuth("GET", "session")).json()).toEqual({});
    expect(await sessionRows(staff.id)).toBe(0);
  });

  it("deactivating an account or changing its password ends all of its sessions at once", async () => {
    const staff = await createStaff();
    const bystander = await createStaff();
    const first = await signedInCopy(staff);
    client.jar.delete(SESSION_COOKIE);
    const second = await signedInCopy(staff);
    const bystanders = await signedInCopy(bystander);
    await saveStaffAccount(db, { email: staff.email, role: "ADMIN", passwordHash: await hashPassword("a new long passphrase") });
    expect(await staffWith(first)).toBeNull();
    expect(await staffWith(second)).toBeNull();
    expect(await staffWith(bystanders)).toMatchObject({ id: bystander.id });

    const again = await signedInCopy({ email: staff.email, password: "a new long passphrase" });
    expect(await staffWith(again)).toMatchObject({ id: staff.id });
    await deactivateStaffAccount(db, staff.email);
    expect(await staffWith(again)).toBeNull();
    expect(await sessionRows(staff.id)).toBe(0);
  });

  it("an expired session is refused, and removed at the next sign-in", async () => {
    const staff = await createStaff();
    const copy = await signedInCopy(staff);
    await db.session.updateMany({ where: { userId: staff.id }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await staffWith(copy)).toBeNull();
    const other = await createStaff();
    await signedInCopy(other);
    expect(await sessionRows(staff.id)).toBe(0);
  });

  it("a token without a session (as minted before sessions had rows) opens nothing", async () => {
    const staff = await createStaff();
    const { encode } = await import("next-auth/jwt");
    const old = await encode({ secret: process.env.NEXTAUTH_SECRET!, token: { sub: staff.id, email: staff.email } });
    expect(await staffWith(old)).toBeNull();
  });
});
