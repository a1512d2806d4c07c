import { expect, test } from "@playwright/test";
import { INSTANCE_A, INSTANCE_B } from "./support";

// An admin records a release on instance A. Instance B has the profile and the home page cached
// (the home page for an hour); its page-cache sync (server/page-cache-sync.ts, decision 040) must
// drop them, so a reader on B sees the release within 10 seconds.

const SLUG = "marfa-rabkova";
const NAME = "Marfa Rabkova";
const WITHIN_MS = 10_000;

test("a release entered on instance A shows on instance B's profile and home page within 10 s", async ({ browser }) => {
  const email = process.env.INSTANCES_ADMIN_EMAIL;
  const password = process.env.INSTANCES_ADMIN_PASSWORD;
  test.skip(!email || !password, "run through npm run test:instances, which creates the admin");

  const readerContext = await browser.newContext({ baseURL: INSTANCE_B });
  const reader = await readerContext.newPage();
  const homeCard = reader.getByTestId("prisoner-card").filter({ hasText: NAME });
  // Twice each: the second answer is B's cached page.
  for (let round = 0; round < 2; round++) {
    await reader.goto(`/prisoners/${SLUG}`);
    await expect(reader.getByTestId("status")).toHaveText("Detained");
    await reader.goto("/");
    await expect(homeCard.getByTestId("status")).toHaveText("Detained");
  }

  const staffContext = await browser.newContext({ baseURL: INSTANCE_A });
  const staff = await staffContext.newPage();
  await staff.goto(`${INSTANCE_A}/admin/sign-in`);
  const signIn = staff.getByTestId("sign-in-form");
  await signIn.getByLabel("Email").fill(email!);
  await signIn.getByLabel("Password").fill(password!);
  await signIn.getByRole("button", { name: "Sign in" }).click();
  await staff.waitForURL((url) => !url.pathname.startsWith("/admin/sign-in"));

  await staff.goto(`${INSTANCE_A}/admin/content/prisoners/${SLUG}`);
  const form = staff.getByTestId("prisoner-form");
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "Released" });
  await form.getByLabel("Released on", { exact: true }).fill("2025-12-13");
  await form.getByLabel("Date of the change", { exact: true }).fill("2025-12-13");
  await form.getByLabel("Source title", { exact: true }).fill("Amnesty International statement (instances test)");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(staff).toHaveURL(`${INSTANCE_A}/admin/content/prisoners/${SLUG}?saved=1`);
  const saved = Date.now();

  await expect(async () => {
    await reader.goto(`/prisoners/${SLUG}`);
    await expect(reader.getByTestId("status")).toHaveText("Released", { timeout: 500 });
  }).toPass({ timeout: WITHIN_MS, intervals: [250] });
  const profileMs = Date.now() - saved;
  await expect(reader.getByTestId("released-on")).toHaveText("December 13, 2025");

  await expect(async () => {
    await reader.goto("/");
    await expect(homeCard.getByTestId("status")).toHaveText("Released", { timeout: 500 });
  }).toPass({ timeout: Math.max(1_000, WITHIN_MS - (Date.now() - saved)), intervals: [250] });
  const homeMs = Date.now() - saved;

  console.log(`[instances] release on A shown by B: profile after ${profileMs} ms, home page after ${homeMs} ms`);
  test.info().annotations.push({ type: "propagation", description: `profile ${profileMs} ms, home ${homeMs} ms` });
  await staffContext.close();
  await readerContext.close();
});
