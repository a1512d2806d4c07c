import { expect, test, type Page } from "@playwright/test";
import { STATEMENT_UPDATE_SLUG } from "../prisma/data/content";
import { createStaff, setStaffAccess, signInAs } from "./support/staff";
import { useOwnAddress } from "./support/client";

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

test("a moderator opens moderation; admin pages and the export are refused", async ({ page }) => {
  await useOwnAddress(page);
  await signInAs(page, await createStaff("MODERATOR"));
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

test("an admin opens every staff page and the export", async ({ page }) => {
  await useOwnAddress(page);
  await signInAs(page, await createStaff("ADMIN"));
  for (const path of [...MODERATOR_PAGES, ...ADMIN_PAGES]) await expectOpens(page, path);
  const exported = await page.request.get(EXPORT, { maxRedirects: 0 });
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await exported.text()).replace(/^\uFEFF/, "").split("\n")[0]).toBe("name,country,confirmed_at");
});

test("an admin demoted to moderator loses the admin pages on the next request", async ({ page }) => {
  await useOwnAddress(page);
  const staff = await createStaff("ADMIN");
  await signInAs(page, staff);
  await expectOpens(page, "/admin/content");
  setStaffAccess(staff, { role: "MODERATOR" });
  await page.goto("/admin/content");
  await expect(page).toHaveURL("/admin/forbidden");
  expect((await page.request.get(EXPORT, { maxRedirects: 0 })).status()).toBe(403);
  // Still a moderator: moderation stays open.
  await expectOpens(page, "/admin/moderation");
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Content" })).toHaveCount(0);
});
