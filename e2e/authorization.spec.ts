import type { Page } from "@playwright/test";
import { STATEMENT_UPDATE_SLUG } from "../prisma/data/content";
import { encode } from "next-auth/jwt";
import { expect, setStaffAccess, test } from "./support/fixtures";
import { clientWithCookies, cookieOf, postCredentials, SESSION_COOKIE } from "./support/staff";

// Every staff page, for nobody, a moderator and an admin; the CSV export route answers with a
// status instead of a page. Roles are read from the database on every request, so a demotion
// takes effect on the next one.

const MODERATOR_PAGES = ["/admin/moderation"];
const ADMIN_PAGES = [
  "/admin/words",
  "/admin/content",
  "/admin/content/prisoners/new",
  "/admin/content/prisoners/marfa-rabkova",
  "/admin/content/updates/new",
  `/admin/content/updates/${STATEMENT_UPDATE_SLUG}`,
  "/admin/content/petitions/new",
  "/admin/content/petitions/free-nasta-loika",
  "/admin/signatures",
  "/admin/signatures/free-nasta-loika",
  "/admin/audit",
];
const EXPORT = "/admin/signatures/free-nasta-loika/export";

async function expectOpens(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page, path).toHaveURL(path);
  await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  await expect(page.getByTestId("forbidden"), path).toHaveCount(0);
}

test("a visitor who is not signed in is sent to sign in from every staff page", async ({ page }) => {
  for (const path of ["/admin", ...MODERATOR_PAGES, ...ADMIN_PAGES]) {
    await page.goto(path);
    await expect(page, path).toHaveURL("/admin/sign-in");
  }
});

test("the signature export refuses a visitor who is not signed in @http", async ({ request }) => {
  for (const path of [EXPORT, `${EXPORT}?email=1`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(await response.text()).not.toContain(",");
  }
});

test("a moderator opens moderation; admin pages and the export are refused", async ({ moderatorPage: page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL("/admin/moderation");
  for (const path of MODERATOR_PAGES) await expectOpens(page, path);
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL("/admin/forbidden");
    await expect(page.getByTestId("forbidden")).toBeVisible();
  }
  expect((await page.request.get(`${EXPORT}?email=1`, { maxRedirects: 0 })).status()).toBe(403);
});

test("an admin opens every staff page and the export", async ({ adminPage: page }) => {
  for (const path of [...MODERATOR_PAGES, ...ADMIN_PAGES]) await expectOpens(page, path);
  const exported = await page.request.get(EXPORT, { maxRedirects: 0 });
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await exported.text()).replace(/^\uFEFF/, "").split("\n")[0]).toBe("name,country,confirmed_at");
});

test("an admin demoted to moderator loses the admin pages on the next request", async ({ admin, adminPage: page }) => {
  await expectOpens(page, "/admin/content");
  await setStaffAccess(admin, { role: "MODERATOR" });
  await page.goto("/admin/content");
  await expect(page).toHaveURL("/admin/forbidden");
  expect((await page.request.get(EXPORT, { maxRedirects: 0 })).status()).toBe(403);
  // Still a moderator: moderation stays open.
  await expectOpens(page, "/admin/moderation");
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Content" })).toHaveCount(0);
});

// next-auth's own route, /api/auth/*, is a public endpoint too. Every action next-auth 4 knows,
// with the method it takes: the ones staff sign-in uses answer as next-auth does; the rest are
// not served. None gives a session or any staff data to a client without the right password.
const NEXT_AUTH_ROUTES: { method: "GET" | "POST"; path: string; status: number; location?: RegExp }[] = [
  { method: "GET", path: "/api/auth/csrf", status: 200 },
  { method: "GET", path: "/api/auth/providers", status: 200 },
  { method: "GET", path: "/api/auth/session", status: 200 },
  { method: "GET", path: "/api/auth/signin", status: 302, location: /\/admin\/sign-in\?/ },
  { method: "GET", path: "/api/auth/signin/credentials", status: 404 },
  { method: "GET", path: "/api/auth/error?error=Configuration", status: 302, location: /\/admin\/sign-in\?error=Configuration$/ },
  { method: "GET", path: "/api/auth/signout", status: 404 },
  { method: "GET", path: "/api/auth/verify-request", status: 404 },
  { method: "GET", path: "/api/auth/callback/credentials", status: 404 },
  { method: "GET", path: "/api/auth/_log", status: 404 },
  { method: "POST", path: "/api/auth/callback/credentials", status: 302, location: /\/api\/auth\/signin\?csrf=true$/ },
  { method: "POST", path: "/api/auth/signout", status: 302, location: /\/api\/auth\/signout\?csrf=true$/ },
  { method: "POST", path: "/api/auth/signin/credentials", status: 404 },
  { method: "POST", path: "/api/auth/session", status: 404 },
  { method: "POST", path: "/api/auth/_log", status: 404 },
  { method: "POST", path: "/api/auth/csrf", status: 404 },
];

test("next-auth's routes give no session and no staff data without the right password @http", async ({ baseURL, createStaff }) => {
  const staff = await createStaff("ADMIN");
  const anonymous = await clientWithCookies(baseURL!, {});
  for (const route of NEXT_AUTH_ROUTES) {
    const options = { maxRedirects: 0, form: { email: staff.email, password: "not the password", csrfToken: "forged" } };
    const response =
      route.method === "GET" ? await anonymous.get(route.path, { maxRedirects: 0 }) : await anonymous.post(route.path, options);
    const label = `${route.method} ${route.path}`;
    expect(response.status(), label).toBe(route.status);
    if (route.location) expect(response.headers()["location"], label).toMatch(route.location);
    const body = await response.text();
    expect(body, label).not.toContain("@staff.test");
    expect(body, label).not.toContain(staff.id);
    const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
    expect(
      cookies.filter((header) => header.value.startsWith(`${SESSION_COOKIE}=`) && !/max-age=0/i.test(header.value)),
      label,
    ).toEqual([]);
  }
  expect(await (await anonymous.get("/api/auth/session")).json()).toEqual({});
  // With a valid CSRF token: a wrong password, no password and a broken body are refused too.
  expect(await postCredentials(anonymous, staff.email, "not the password")).toEqual({
    status: 302,
    error: "CredentialsSignin",
    sessionCookie: false,
  });
  expect(await postCredentials(anonymous, staff.email, "")).toEqual({ status: 302, error: "CredentialsSignin", sessionCookie: false });
  const broken = await anonymous.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/json" },
    // A Buffer is sent as it is (Playwright would quote a string that is not JSON).
    data: Buffer.from("{"),
    maxRedirects: 0,
  });
  expect(broken.status()).toBe(400);
  expect((await anonymous.get(EXPORT, { maxRedirects: 0 })).status()).toBe(401);
  await anonymous.dispose();
});

test("a session token minted with the server's own secret but no session behind it opens nothing @http", async ({
  baseURL,
  createStaff,
}) => {
  const staff = await createStaff("ADMIN");
  // As tokens were before sessions had rows, or as anyone holding NEXTAUTH_SECRET could make them.
  const secret = process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789abcdef";
  const forged = await encode({ secret, token: { sub: staff.id, email: staff.email, sid: "no-such-session" } });
  const client = await clientWithCookies(baseURL!, { [SESSION_COOKIE]: forged });
  expect((await client.get("/admin/signatures", { maxRedirects: 0 })).status()).toBe(307);
  expect((await client.get(EXPORT, { maxRedirects: 0 })).status()).toBe(401);
  expect(await (await client.get("/api/auth/session")).json()).toEqual({});
  await client.dispose();
});

test("signing out through next-auth's endpoint ends the session for a copied cookie too @http", async ({ adminPage: page, baseURL }) => {
  const copied = (await cookieOf(page.context(), SESSION_COOKIE))!;
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(302);
  const thief = await clientWithCookies(baseURL!, { [SESSION_COOKIE]: copied });
  expect((await thief.get(EXPORT, { maxRedirects: 0 })).status()).toBe(401);
  expect(await (await thief.get("/api/auth/session")).json()).toEqual({});
  await thief.dispose();
});
