import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./support/mail";

test("subscribe, confirm by mail, then unsubscribe from the mail's link", async ({ page, request }, testInfo) => {
  const email = `reader-${testInfo.project.name}-${Date.now()}@example.org`;
  await page.goto("/prisoners/marfa-rabkova");
  const form = page.getByTestId("subscribe-form");
  await form.getByLabel("Your email").fill(email);
  await form.getByLabel("updates about Marfa Rabkova").check();
  const startedAt = Date.now();
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByTestId("subscribe-sent")).toContainText("Check your inbox");

  const mail = await waitForMail(request, { to: email, subject: /subscription/i, after: startedAt });
  expect(mail.headers["list-unsubscribe"]).toMatch(/^<http:\/\/127\.0\.0\.1:3100\/api\/unsubscribe\/[A-Za-z0-9_-]+>$/);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  // Where a press comes back to when the database failed (lib/server-action.test.ts fails one).
  await page.goto(`${linkIn(mail.text, "/subscriptions/confirm/")}?press=failed`);
  await expect(page.getByTestId("form-message")).toHaveText("Nothing was saved. Please try again in a moment.");
  await page.goto(linkIn(mail.text, "/subscriptions/confirm/"));
  await expect(page.getByTestId("form-message")).toHaveCount(0);
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByTestId("subscription-confirmed")).toContainText("You are subscribed");

  await page.goto(linkIn(mail.text, "/unsubscribe/"));
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByTestId("unsubscribe-done")).toContainText("You are unsubscribed");
});

test("a mail client's one-click unsubscribe works without a browser @http", async ({ request }) => {
  // Subscribing needs a form post; the one-click endpoint itself refuses anything but RFC 8058's body.
  const response = await request.post(`/api/unsubscribe/${"b".repeat(43)}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(404);
  expect((await request.post(`/api/unsubscribe/${"b".repeat(43)}`, { form: { other: "x" } })).status()).toBe(400);
});
