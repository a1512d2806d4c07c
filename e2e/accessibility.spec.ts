import type { Locator, Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { useOwnAddress } from "./support/client";
import { expectThanks, openQueue, postMessage, profileFor, queueItem, setAddress, uniqueName } from "./support/comments";
import { expect, test } from "./support/fixtures";
import { inLocale, LOCALES, PUBLIC_PAGES_IN_ALL_LOCALES, SEED_PETITION } from "./support/public-pages";

// axe-core on every public page in English, Belarusian and Russian, on the supporters' forms in
// each state a reader meets (refused empty, refused address, sent), and on the staff sign-in and
// moderation queue: no serious or critical WCAG 2.1 AA violation (issue 11).

test.describe("every public page", () => {
  for (const path of PUBLIC_PAGES_IN_ALL_LOCALES) {
    test(`${path} has no serious accessibility violation`, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page);
    });
  }
});

/** Sends a form (the public forms leave checking to the server) and waits for its answer to show. */
async function send(form: Locator, fields: Record<string, string>, answered: Locator) {
  for (const [name, value] of Object.entries(fields)) await form.locator(`[name="${name}"]`).fill(value);
  await form.locator('button[type="submit"]').click();
  await expect(answered).toBeVisible();
}

/** Refused empty, refused for the address, then sent: axe after each answer. */
async function checkFormStates(page: Page, formId: string, sentId: string, valid: Record<string, string>, what: string) {
  const form = page.getByTestId(formId);
  const refused = form.locator('[aria-invalid="true"]').first();
  await send(form, {}, refused);
  await expectAccessible(page, `${what}, sent empty`);
  await send(form, { ...valid, email: "not-an-address" }, form.locator('[name="email"][aria-invalid="true"]'));
  await expectAccessible(page, `${what}, with an invalid address`);
  await send(form, valid, page.getByTestId(sentId));
  await expectAccessible(page, `${what}, sent`);
}

const email = (label: string) => `a11y-${label}-${test.info().project.name}-${Date.now()}@example.org`;

for (const locale of LOCALES) {
  test.describe(`the supporters' forms in ${locale}`, () => {
    test.beforeEach(async ({ page }) => {
      await useOwnAddress(page);
    });

    test("signing a petition, refused and sent", async ({ page, testPetition }) => {
      await page.goto(inLocale(locale, `/petitions/${testPetition.slug}`));
      await page.getByTestId("sign-form").locator('[name="country"]').selectOption("LT");
      await checkFormStates(page, "sign-form", "sign-sent", { name: "Ala Test", email: email("sign") }, `sign form (${locale})`);
    });

    test("subscribing, refused and sent", async ({ page }) => {
      await page.goto(inLocale(locale, "/act"));
      await checkFormStates(page, "subscribe-form", "subscribe-sent", { email: email("subscribe") }, `subscribe form (${locale})`);
    });

    test("asking for my data, refused and sent", async ({ page }) => {
      await page.goto(inLocale(locale, "/my-data"));
      await checkFormStates(page, "my-data-form", "my-data-sent", { email: email("my-data") }, `my data form (${locale})`);
    });
  });
}

test("the sign form on a petition of the seed is accessible once refused", async ({ page }) => {
  // The seed's petition page as most readers see it (the fixture's petition has no people on it).
  await useOwnAddress(page);
  await page.goto(`/petitions/${SEED_PETITION}`);
  const form = page.getByTestId("sign-form");
  await send(form, {}, form.locator('[aria-invalid="true"]').first());
  await expectAccessible(page, "seed petition, sign form sent empty");
});

test.describe("staff pages", () => {
  test("the sign-in page, and its answer to a wrong password", async ({ page, moderator }) => {
    await useOwnAddress(page);
    await page.goto("/admin/sign-in");
    await expectAccessible(page, "staff sign-in");
    const form = page.getByTestId("sign-in-form");
    await form.getByLabel("Email").fill(moderator.email);
    await form.getByLabel("Password").fill("not-the-password");
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /./ }).first()).toBeVisible();
    await expectAccessible(page, "staff sign-in, refused");
  });

  test("the moderation queue with a waiting message", async ({ page, moderatorPage: staff }, testInfo) => {
    await setAddress(page);
    const name = uniqueName(testInfo, "Axe");
    await postMessage(page, profileFor(testInfo), { name, message: "Stay strong." });
    await expectThanks(page);
    await openQueue(staff, "pending", name);
    await expect(queueItem(staff, name)).toHaveCount(1);
    await expectAccessible(staff, "moderation queue");
    // A reject without a reason: the queue with a refusal on it.
    await queueItem(staff, name).getByRole("button", { name: "Reject" }).click();
    await expect(queueItem(staff, name).getByText("Choose a reason.")).toBeVisible();
    await expectAccessible(staff, "moderation queue, reject refused");
  });
});
