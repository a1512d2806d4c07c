import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./support/mail";
import { signAndConfirm } from "./support/signing";

test("a supporter exports and then erases their data; their confirmed signature still counts", async ({ page, request }, testInfo) => {
  const email = `mine-${testInfo.project.name}-${Date.now()}@example.org`;
  const slug = "release-all-political-prisoners";

  // Sign and confirm first.
  await signAndConfirm(page, request, slug, { name: "Tatsiana Mine", email, country: "Poland" });

  // Ask for the link.
  await page.goto("/my-data");
  await page.getByTestId("my-data-form").getByLabel("Your email").fill(email);
  const since = Date.now();
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByTestId("my-data-sent")).toBeVisible();
  const link = linkIn((await waitForMail(request, { to: email, subject: /data/i, after: since })).text, "/my-data/");

  await page.goto(link);
  await expect(page.getByTestId("my-data-signatures")).toContainText("Release all political prisoners in Belarus");
  await expect(page.getByTestId("my-data-signatures")).toContainText("Tatsiana Mine");
  const token = new URL(link).pathname.split("/").at(-1);
  const exported = await request.get(`/api/my-data/${token}`);
  expect(exported.status()).toBe(200);
  const json = await exported.json();
  expect(json.signatures).toEqual([expect.objectContaining({ name: "Tatsiana Mine", country: "PL", state: "CONFIRMED" })]);

  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(page.getByTestId("my-data-erased")).toBeVisible();
  expect((await request.get(`/api/my-data/${token}`)).status()).toBe(404);
});
