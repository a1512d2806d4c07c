import { expect, test } from "./support/fixtures";
import {
  approveInQueue,
  expectOnPage,
  expectThanks,
  newAddress,
  postMessage,
  profileFor,
  shownMessage,
  uniqueName,
  setAddress,
} from "./support/comments";

// Messages of solidarity as a visitor sees them, with JavaScript and without.

test.beforeEach(async ({ page }) => {
  await setAddress(page);
});

test("a message waits for a moderator, and once approved shows on the profile with its line breaks", async ({
  page,
  moderatorPage,
}, testInfo) => {
  const path = profileFor(testInfo);
  const name = uniqueName(testInfo, "Alena");
  await postMessage(page, path, { name, message: "Stay strong.\nWe are with you." });
  await expectThanks(page);
  await page.goto(path);
  await expect(shownMessage(page, name)).toHaveCount(0);

  await approveInQueue(moderatorPage, name);

  await expectOnPage(page, path, name);
  const body = shownMessage(page, name).getByTestId("comment-body");
  expect(await body.innerText()).toBe("Stay strong.\nWe are with you.");
});

test("markup in a message shows as text and runs nothing", async ({ page, moderatorPage }, testInfo) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const xss = "<script>alert(1)</script><img src=x onerror=alert(1)> see https://example.org";
  const path = "/updates/belarus-releases-prominent-prisoners-2025-12-13";
  const name = uniqueName(testInfo, "<b>Bold</b>");
  await postMessage(page, path, { name, message: xss });
  await expectThanks(page);

  const staffDialogs: string[] = [];
  moderatorPage.on("dialog", async (dialog) => {
    staffDialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await approveInQueue(moderatorPage, name);

  await expectOnPage(page, path, name);
  const message = shownMessage(page, name);
  await expect(message.getByTestId("comment-body")).toHaveText(xss);
  await expect(message.getByTestId("comment-author")).toHaveText(name);
  await expect(message.locator("img, script, b, a")).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(staffDialogs).toEqual([]);
});

test("a message with a banned word is refused with a clear message, and the text is kept", async ({ page }, testInfo) => {
  const path = profileFor(testInfo);
  const name = uniqueName(testInfo, "Rude");
  await postMessage(page, path, { name, message: "Those judges are fucking criminals" });
  await expect(page.getByTestId("error-comment-message")).toHaveText(
    "Your message contains words we do not publish. Please change it and send it again.",
  );
  await expect(page.getByTestId("comment-sent")).toHaveCount(0);
  await expect(page.getByLabel("Your message")).toHaveValue("Those judges are fucking criminals");
});

test("an empty form says what to fill in, beside each field", async ({ page }, testInfo) => {
  await page.goto(profileFor(testInfo));
  await page.getByTestId("comment-form").getByRole("button", { name: "Send the message" }).click();
  await expect(page.getByTestId("error-comment-name")).toHaveText("Please enter your name.");
  await expect(page.getByTestId("error-comment-message")).toHaveText("Please write a message.");
  await expect(page.getByTestId("comment-sent")).toHaveCount(0);
});

test("three reports from three people hide a message and send it back to the queue", async ({ page, browser, moderatorPage }, testInfo) => {
  // Three readers in browsers of their own, then waits for the cached page: more than 30 s under load.
  test.setTimeout(75_000);
  const path = profileFor(testInfo);
  const name = uniqueName(testInfo, "Reported");
  await postMessage(page, path, { name, message: "A message some readers object to." });
  await expectThanks(page);
  await approveInQueue(moderatorPage, name);
  await expectOnPage(page, path, name);

  const reasons = ["It is offensive", "It is spam or advertising", "Something else"];
  for (const [index, reason] of reasons.entries()) {
    const reader = await (await browser.newContext()).newPage();
    await setAddress(reader, newAddress());
    await reader.goto(path);
    const message = shownMessage(reader, name);
    await expect(message).toHaveCount(1);
    await message.locator("summary").click();
    await message.getByLabel(reason).check();
    await message.getByRole("button", { name: "Send the report" }).click();
    if (index < 2) {
      await expect(message.getByTestId("report-sent")).toHaveText("Thank you: a moderator will look at this message.");
    } else {
      // The third report hides the message at once: the thanks stay on the page without it.
      await expect(reader.getByTestId("report-sent")).toHaveText(
        "Thank you: the message you reported is hidden until a moderator has read it.",
      );
      await expect(message).toHaveCount(0);
    }
    await reader.context().close();
  }

  await expectOnPage(page, path, name, false);
  await moderatorPage.goto(`/admin/moderation?tab=reported&q=${encodeURIComponent(name)}`);
  const item = moderatorPage.getByTestId("moderation-item");
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId("moderation-state")).toHaveText("Pending");
  await expect(item.getByTestId("moderation-reports")).toContainText("3 open reports");
  await expect(item.getByTestId("moderation-reports")).toContainText("offensive: 1");
});
