import { expect, test, type Page } from "@playwright/test";
import { linkIn, waitForMail } from "./support/mail";
import { submitSignForm, type Signer } from "./support/signing";

// Each project signs its own petition, so counts are not moved by the other project's run.
const PETITION = { "with-js": "free-nasta-loika", "without-js": "free-marfa-rabkova" } as Record<string, string>;

async function readCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("signature-count").first().textContent()) ?? "";
  return /No signatures/.test(text) ? 0 : Number(text.replace(/[^0-9]/g, ""));
}

async function sign(page: Page, signer: Signer) {
  await submitSignForm(page, signer);
  await expect(page.getByTestId("sign-sent")).toContainText("Check your inbox");
  await expect(page.getByTestId("sign-sent")).not.toContainText(signer.email);
}

test("sign, confirm by mail, be counted once, and be asked to share", async ({ page, request }, testInfo) => {
  // Waits out the stored count twice (up to 25 s, then 11 s): more than the default 30 s.
  test.setTimeout(75_000);
  const slug = PETITION[testInfo.project.name]!;
  const id = `${testInfo.project.name}-${Date.now()}`;
  const email = `signer-${id}@example.com`;
  await page.goto(`/petitions/${slug}`);
  const before = await readCount(page);

  const startedAt = Date.now();
  await sign(page, { name: `Ales Signer`, email, country: "Lithuania", showName: true });
  // With JavaScript the answer is in place; without, the post goes on to the petition's cached
  // "signed" page, which a reload shows again without posting the form a second time.
  const withoutJs = testInfo.project.name === "without-js";
  await expect(page).toHaveURL(new RegExp(`/petitions/${slug}${withoutJs ? "/signed" : ""}$`));
  if (withoutJs) {
    await page.reload();
    await expect(page.getByTestId("sign-sent")).toContainText("Check your inbox");
    await expect(page.getByRole("link", { name: /Back to the petition/ })).toHaveAttribute("href", `/petitions/${slug}`);
  }
  const mail = await waitForMail(request, { to: email, subject: "Confirm your signature", after: startedAt });
  const confirmUrl = linkIn(mail.text, "/confirm/");

  // Opening the link changes nothing; the button confirms.
  await page.goto(confirmUrl);
  await expect(page.getByTestId("confirm-pending")).toBeVisible();
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  const thanks = page.getByTestId("confirm-done");
  await expect(thanks).toContainText("Thank you: your signature counts");
  const share = thanks.getByTestId("share-links");
  await expect(share.getByRole("link", { name: "Telegram" })).toHaveAttribute("href", /t\.me\/share\/url\?url=.*petitions%2F/);

  // The count is stored and may be up to 10 seconds old.
  await expect(async () => {
    await page.goto(`/petitions/${slug}`);
    expect(await readCount(page)).toBe(before + 1);
  }).toPass({ timeout: 25_000, intervals: [1_000, 2_000, 3_000] });
  await expect(page.getByTestId("recent-signers")).toContainText("Ales, Lithuania");
  await expect(page.locator("body")).not.toContainText(email);

  // The same person again, written differently: no second signature, an "already signed" mail.
  const again = Date.now();
  await sign(page, { name: "Ales Signer", email: `Signer-${id}+x@Example.com`, country: "Lithuania" });
  await waitForMail(request, { to: `signer-${id}+x@example.com`, subject: "already signed", after: again });
  await page.waitForTimeout(11_000);
  await page.goto(`/petitions/${slug}`);
  expect(await readCount(page)).toBe(before + 1);

  // Replaying the confirmation link counts nothing more.
  await page.goto(confirmUrl);
  await expect(page.getByTestId("confirm-done")).toBeVisible();
});

test("a form with mistakes says what to fix, beside each field, and sends nothing", async ({ page }, testInfo) => {
  await page.goto(`/petitions/${PETITION[testInfo.project.name]}`);
  const form = page.getByTestId("sign-form");
  await form.getByLabel("Your email").fill("not-an-email");
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByText("Please enter your name.")).toBeVisible();
  await expect(page.getByText("Please enter a valid email address, like name@example.org.")).toBeVisible();
  await expect(page.getByText("Please choose your country.")).toBeVisible();
  await expect(page.getByTestId("sign-sent")).toHaveCount(0);
});

test("the sign block is on the profile of the person a petition is for", async ({ page }) => {
  await page.goto("/prisoners/nasta-loika");
  const block = page.getByTestId("sign-block-free-nasta-loika");
  await expect(block.getByRole("heading", { name: "Free Nasta Loika" })).toBeVisible();
  await expect(block.getByTestId("sign-form")).toBeVisible();
  await page.goto("/act");
  for (const slug of ["release-all-political-prisoners", "free-marfa-rabkova", "free-nasta-loika"]) {
    await expect(page.getByTestId(`sign-block-${slug}`)).toBeVisible();
  }
});

test("an unknown confirmation link explains itself", async ({ page }) => {
  await page.goto(`/confirm/${"a".repeat(43)}`);
  await expect(page.getByTestId("confirm-invalid")).toContainText("This link does not work");
});

test("an oversized form post is refused with a clear message, and nothing is written @http", async ({ request }) => {
  const response = await request.post("/petitions/free-nasta-loika", {
    multipart: { petition: "free-nasta-loika", name: "x".repeat(200_000), email: "huge@example.org", country: "LT" },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("What you sent is too large. Please shorten it and try again.");
});
