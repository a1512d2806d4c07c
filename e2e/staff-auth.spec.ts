import { expect, test } from "@playwright/test";
import { createStaff, setStaffAccess, signInAs } from "./support/staff";

test("staff sign in with email and password; a wrong password and an unknown email get the same answer", async ({ page }) => {
  const staff = await createStaff("MODERATOR");
  for (const [email, password] of [
    [staff.email, "wrong-password"],
    ["nobody@staff.test", staff.password],
  ]) {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email").fill(email!);
    await page.getByLabel("Password").fill(password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("The email or the password is wrong.");
  }
  await signInAs(page, staff);
  await expect(page).toHaveURL("/admin/moderation");
  await expect(page.getByTestId("signed-in-as")).toContainText(staff.email);
});

test("an anonymous visitor is sent to sign in", async ({ page }) => {
  await page.goto("/admin/moderation");
  await expect(page).toHaveURL("/admin/sign-in");
});

test("a moderator who is removed loses access on the next request", async ({ page }) => {
  const staff = await createStaff("MODERATOR");
  await signInAs(page, staff);
  await page.goto("/admin/moderation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Moderation/);
  setStaffAccess(staff, { active: false });
  await page.goto("/admin/moderation");
  await expect(page).toHaveURL("/admin/sign-in");
});

test("signing out ends the session", async ({ page }) => {
  const staff = await createStaff("ADMIN");
  await signInAs(page, staff);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/admin/sign-in");
  await page.goto("/admin/moderation");
  await expect(page).toHaveURL("/admin/sign-in");
});
