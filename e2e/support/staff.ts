import { request as playwrightRequest, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { withE2eDatabase } from "./database";

// Staff accounts in end-to-end tests: signing in, and reading back what the app stored about them.
// The accounts themselves are the fixtures' (e2e/support/fixtures.ts), each test with its own.

export type StaffRole = "ADMIN" | "MODERATOR";

export interface TestStaff {
  id: string;
  email: string;
  password: string;
}

export const SESSION_COOKIE = "next-auth.session-token";
export const DEVICE_COOKIE = "free-them.staff-device";

export async function sessionRowCount(staff: TestStaff): Promise<number> {
  const row = await withE2eDatabase((db) =>
    db.get<{ count: number }>(`SELECT COUNT(*) AS "count" FROM "Session" WHERE "userId" = ?`, staff.id),
  );
  return row!.count;
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
export function auditOf(staff: TestStaff): Promise<{ action: string; after: string | null }[]> {
  return withE2eDatabase((db) =>
    db.all<{ action: string; after: string | null }>(
      `SELECT "action", "after" FROM "AuditLog" WHERE "actorId" = ? ORDER BY "createdAt"`,
      staff.id,
    ),
  );
}
