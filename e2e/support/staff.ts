import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { request as playwrightRequest, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { openE2eDatabase as database, storedNow } from "./database";

// Staff accounts for end-to-end tests, written straight into the test server's database (the
// same rows `npm run staff:add` writes), each test with its own account.

export interface TestStaff {
  id: string;
  email: string;
  password: string;
}

export const SESSION_COOKIE = "next-auth.session-token";
export const DEVICE_COOKIE = "free-them.staff-device";

export async function createStaff(role: "ADMIN" | "MODERATOR"): Promise<TestStaff> {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id.slice(0, 8)}@staff.test`;
  const password = `pw-${randomUUID()}`;
  const passwordHash = await hash(password);
  const now = storedNow();
  const db = database();
  db.prepare(`INSERT INTO "StaffUser" (id, email, role, active, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, ?, ?)`).run(
    id,
    email,
    role,
    passwordHash,
    now,
    now,
  );
  db.close();
  return { id, email, password };
}

/** Changes a staff member's role or removes their access, as an admin would. */
export function setStaffAccess(staff: TestStaff, access: { role?: "ADMIN" | "MODERATOR"; active?: boolean }) {
  const db = database();
  if (access.role) db.prepare(`UPDATE "StaffUser" SET role = ? WHERE id = ?`).run(access.role, staff.id);
  if (access.active !== undefined) db.prepare(`UPDATE "StaffUser" SET active = ? WHERE id = ?`).run(access.active ? 1 : 0, staff.id);
  db.close();
}

export function sessionRowCount(staff: TestStaff): number {
  const db = database();
  const { count } = db.prepare(`SELECT COUNT(*) AS count FROM "Session" WHERE userId = ?`).get(staff.id) as { count: number };
  db.close();
  return count;
}

export async function signInAs(page: Page, staff: TestStaff) {
  await page.goto("/admin/sign-in");
  const form = page.getByTestId("sign-in-form");
  await form.getByLabel("Email").fill(staff.email);
  await form.getByLabel("Password").fill(staff.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/admin/sign-in"));
}

/** The value of one of a browser context's cookies. */
export async function cookieOf(context: BrowserContext, name: string): Promise<string | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === name)?.value;
}

/** A bare HTTP client (no browser) that sends exactly these cookies, as someone holding a copy would. */
export function clientWithCookies(baseURL: string, cookies: Record<string, string>): Promise<APIRequestContext> {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: cookie ? { cookie } : {} });
}

export interface CredentialsAnswer {
  status: number;
  /** next-auth's ?error= on the page it sends the client to; null when it let them in. */
  error: string | null;
  /** Whether the answer set a session cookie. */
  sessionCookie: boolean;
}

/**
 * One sign-in through next-auth's own endpoint, as an attacker's script would do it: fetch a CSRF
 * token (its cookie stays in the request context), then post the credentials.
 */
export async function postCredentials(client: APIRequestContext, email: string, password: string): Promise<CredentialsAnswer> {
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await client.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/admin" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  const setCookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
  return {
    status: response.status(),
    error: new URL(location, "http://x").searchParams.get("error"),
    sessionCookie: setCookies.some((header) => header.value.startsWith(`${SESSION_COOKIE}=`) && !/max-age=0/i.test(header.value)),
  };
}

/** The audit entries of a staff member's own actions, oldest first. */
export function auditOf(staff: TestStaff): { action: string; after: string | null }[] {
  const db = database();
  const rows = db.prepare(`SELECT action, after FROM "AuditLog" WHERE actorId = ? ORDER BY createdAt`).all(staff.id) as {
    action: string;
    after: string | null;
  }[];
  db.close();
  return rows;
}
