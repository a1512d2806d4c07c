import { expect, setStaffAccess, test } from "./support/fixtures";
import {
  auditOf,
  clientWithCookies,
  cookieOf,
  DEVICE_COOKIE,
  postCredentials,
  SESSION_COOKIE,
  sessionRowCount,
  signInAs,
} from "./support/staff";

test("staff sign in with email and password; a wrong password and an unknown email get the same answer", async ({ page, createStaff }) => {
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

test("a moderator who is removed loses access on the next request", async ({ page, createStaff }) => {
  const staff = await createStaff("MODERATOR");
  await signInAs(page, staff);
  await page.goto("/admin/moderation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Moderation/);
  await setStaffAccess(staff, { active: false });
  await page.goto("/admin/moderation");
  await expect(page).toHaveURL("/admin/sign-in");
});

test("signing out ends the session for every copy of its cookie", async ({ page, baseURL, createStaff }) => {
  const staff = await createStaff("ADMIN");
  await signInAs(page, staff);
  const copied = (await cookieOf(page.context(), SESSION_COOKIE))!;
  const thief = await clientWithCookies(baseURL!, { [SESSION_COOKIE]: copied });
  expect((await thief.get("/admin/moderation", { maxRedirects: 0 })).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/admin/sign-in");
  await page.goto("/admin/moderation");
  await expect(page).toHaveURL("/admin/sign-in");
  // The copy taken before signing out opens nothing either, by page or by next-auth's session endpoint.
  const after = await thief.get("/admin/moderation", { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers()["location"]).toMatch(/\/admin\/sign-in$/);
  expect(await (await thief.get("/api/auth/session")).json()).toEqual({});
  expect(await sessionRowCount(staff)).toBe(0);
  await thief.dispose();
});

test("guessing a password through next-auth's endpoint is stopped, the right password too, while the staff member's own browser still signs in @http", async ({
  browser,
  baseURL,
  createStaff,
}) => {
  const staff = await createStaff("ADMIN");
  // The staff member signed in from their own browser before: it holds a device cookie.
  const own = await browser.newContext({ baseURL });
  const ownPage = await own.newPage();
  await signInAs(ownPage, staff);
  expect(await cookieOf(own, DEVICE_COOKIE)).toBeTruthy();
  await ownPage.getByRole("button", { name: "Sign out" }).click();
  await expect(ownPage).toHaveURL("/admin/sign-in");

  // The attacker: a script that knows the address and fetches a CSRF token for every guess.
  const attacker = await clientWithCookies(baseURL!, {});
  const started = Date.now();
  const answers = [];
  for (let i = 0; i < 30; i++) answers.push(await postCredentials(attacker, staff.email, `guess-${i}`));
  const seconds = (Date.now() - started) / 1000;
  const verified = answers.filter((answer) => answer.error === "CredentialsSignin").length;
  const refused = answers.filter((answer) => answer.error === "rateLimited").length;
  console.log(`[brute-force] ${answers.length} guesses in ${seconds.toFixed(1)} s: ${verified} checked, ${refused} refused unchecked`);
  expect(verified).toBe(5);
  expect(refused).toBe(answers.length - 5);
  expect(answers.every((answer) => answer.status === 302 && !answer.sessionCookie)).toBe(true);

  // The right password, from the attacker while limited: refused as well, no session.
  expect(await postCredentials(attacker, staff.email, staff.password)).toEqual({ status: 302, error: "rateLimited", sessionCookie: false });
  // The form says the same to a browser without a device cookie for this account.
  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/admin/sign-in");
  await strangerPage.getByLabel("Email").fill(staff.email);
  await strangerPage.getByLabel("Password").fill(staff.password);
  await strangerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(strangerPage.getByTestId("form-message")).toHaveText(/^Too many attempts\./);
  await expect(strangerPage).toHaveURL(/\/admin\/sign-in/);

  // The staff member's own browser, with its device cookie, is not locked out by the attacker.
  await signInAs(ownPage, staff);
  await expect(ownPage.getByTestId("signed-in-as")).toContainText(staff.email);
  await Promise.all([attacker.dispose(), own.close(), stranger.close()]);
});

test("a staff member signed in through next-auth's endpoint gets the same session, device cookie and audit entry @http", async ({
  baseURL,
  createStaff,
}) => {
  const staff = await createStaff("MODERATOR");
  const client = await clientWithCookies(baseURL!, {});
  expect(await postCredentials(client, staff.email, staff.password)).toMatchObject({ status: 302, error: null, sessionCookie: true });
  const cookies = (await client.storageState()).cookies;
  expect(cookies.map((cookie) => cookie.name)).toEqual(expect.arrayContaining([SESSION_COOKIE, DEVICE_COOKIE]));
  expect((await client.get("/admin/moderation", { maxRedirects: 0 })).status()).toBe(200);
  expect(await sessionRowCount(staff)).toBe(1);
  expect(await auditOf(staff)).toEqual([{ action: "staff.sign-in", after: JSON.stringify({ via: "next-auth" }) }]);
  await client.dispose();
});
