import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import {
  approveInQueue,
  expectOnPage,
  expectThanks,
  openQueue,
  postMessage,
  profileFor,
  queueItem,
  shownMessage,
  uniqueName,
  setAddress,
} from "./support/comments";

// The staff side of messages of solidarity, with JavaScript and without.

test.beforeEach(async ({ page }) => {
  await setAddress(page);
});

test("a moderator approves a waiting message from the queue, and it shows on the profile at once", async ({
  page,
  moderatorPage: staff,
}, testInfo) => {
  const path = profileFor(testInfo);
  const name = uniqueName(testInfo, "Hanna");
  await postMessage(page, path, { name, message: "Thank you for your courage." });
  await expectThanks(page);

  await openQueue(staff, "pending", name);
  await expect(staff.getByTestId("tab-pending")).toHaveText(/^Pending \(\d+\)$/);
  await expect(staff.getByTestId("tab-pending")).toHaveAttribute("aria-current", "page");
  const item = queueItem(staff, name);
  await expect(item.getByTestId("moderation-body")).toHaveText("Thank you for your courage.");
  await expect(item.getByTestId("moderation-language")).toHaveText("Written in English");
  await expect(item).toContainText(path.includes("nasta") ? "Profile: Nasta Loika" : "Profile: Marfa Rabkova");
  await approveInQueue(staff, name);

  // Revalidated by the decision: no waiting for the page cache.
  await page.goto(path);
  await expect(shownMessage(page, name)).toHaveCount(1);
  await openQueue(staff, "approved", name);
  await queueItem(staff, name).locator("summary", { hasText: "History" }).click();
  await expect(queueItem(staff, name).getByTestId("moderation-history")).toContainText("Approved");
});

test("a moderator rejects with a reason, sees it in the history, and can send the message back to pending", async ({
  page,
  moderator,
  moderatorPage: staff,
}, testInfo) => {
  const name = uniqueName(testInfo, "Off topic");
  await postMessage(page, profileFor(testInfo), { name, message: "Has anyone seen my cat?" });
  await expectThanks(page);

  await openQueue(staff, "pending", name);
  const pending = queueItem(staff, name);
  await pending.getByRole("button", { name: "Reject" }).click();
  // The reason is required.
  if (testInfo.project.name === "with-js") await expect(pending.getByRole("alert")).toHaveText("Choose a reason.");
  else await expect(pending.getByTestId("staff-answer")).toHaveText("Choose a reason.");
  await pending.getByLabel("Reason for rejecting").selectOption("off-topic");
  await pending.getByRole("button", { name: "Reject" }).click();
  await expect(pending).toHaveCount(0);

  await openQueue(staff, "rejected", name);
  const rejected = queueItem(staff, name);
  await rejected.locator("summary", { hasText: "History" }).click();
  await expect(rejected.getByTestId("moderation-history")).toContainText(`Rejected: off-topic — ${moderator.email}`);
  await rejected.getByRole("button", { name: "Back to pending" }).click();
  await expect(rejected).toHaveCount(0);
  await openQueue(staff, "pending", name);
  await expect(queueItem(staff, name)).toHaveCount(1);
});

test("bulk approve: tick several messages, one submit", async ({ page, moderatorPage: staff }, testInfo) => {
  const path = profileFor(testInfo);
  const run = uniqueName(testInfo, "Bulk");
  const names = [`${run} one`, `${run} two`];
  for (const [index, name] of names.entries()) {
    await postMessage(page, path, { name, message: `Solidarity message number ${index + 1}.` });
    await expectThanks(page);
  }
  await openQueue(staff, "pending", run);
  await expect(staff.getByTestId("moderation-item")).toHaveCount(2);
  for (const name of names) await queueItem(staff, name).getByRole("checkbox").check();
  await staff.getByLabel("With the selected messages").selectOption("approve");
  await staff.getByRole("button", { name: "Apply to selected" }).click();
  await expect(staff.getByTestId("queue-empty")).toBeVisible();

  await page.goto(path);
  for (const name of names) await expect(shownMessage(page, name)).toHaveCount(1);
});

test("a blocked author is answered as before, and their next message is rejected automatically", async ({
  page,
  moderatorPage: staff,
}, testInfo) => {
  const path = profileFor(testInfo);
  const name = uniqueName(testInfo, "Spammer");
  await postMessage(page, path, { name, message: "First message from this address." });
  await expectThanks(page);

  await openQueue(staff, "pending", name);
  await queueItem(staff, name).getByRole("button", { name: "Block the author" }).click();
  await expect(queueItem(staff, name).getByText("Author blocked", { exact: true })).toBeVisible();

  const again = `${name} again`;
  await postMessage(page, path, { name: again, message: "Second message from this address." });
  await expectThanks(page);
  await openQueue(staff, "rejected", again);
  const item = queueItem(staff, again);
  await item.locator("summary", { hasText: "History" }).click();
  await expect(item.getByTestId("moderation-history")).toContainText("Rejected automatically: the author is blocked");
});

async function switchMode(admin: Page, slug: string, to: "post" | "pre") {
  await admin.goto("/admin/moderation");
  const row = admin.getByTestId(`mode-prisoner:${slug}`);
  await row.getByRole("button", { name: `Switch to ${to}-moderation` }).click();
  await expect(row.getByTestId("mode-current")).toHaveText(`${to}-moderated`);
}

test("an admin switches a page to post-moderation: messages that pass the checks show at once", async ({
  page,
  adminPage: admin,
}, testInfo) => {
  // Pages no other test of this project posts to.
  const slug = testInfo.project.name === "with-js" ? "ales-bialiatski" : "maryia-kalesnikava";
  await switchMode(admin, slug, "post");
  try {
    const name = uniqueName(testInfo, "Quick");
    await postMessage(page, `/prisoners/${slug}`, { name, message: "Welcome back!" });
    await expect(page.getByTestId("comment-sent")).toHaveText("Your message is published. Thank you.");
    await expectOnPage(page, `/prisoners/${slug}`, name);

    // A suspect word still waits for a moderator.
    const flagged = uniqueName(testInfo, "Flagged");
    await postMessage(page, `/prisoners/${slug}`, { name: flagged, message: "Support the family with bitcoin" });
    await expectThanks(page);
    await openQueue(admin, "pending", flagged);
    await expect(queueItem(admin, flagged).getByTestId("moderation-flag")).toHaveText("Flagged: Suspect words: bitcoin");
  } finally {
    await switchMode(admin, slug, "pre");
  }
});

test("an admin edits the word lists; a moderator cannot open them", async ({ page, adminPage: admin, moderatorPage }, testInfo) => {
  const word = `zzq${testInfo.project.name.replace("-", "")}${Date.now().toString(36)}`;
  await admin.goto("/admin/words");
  await expect(admin.getByTestId("words-BANNED")).toContainText("fuck*");
  await admin.getByLabel("Word or stem").fill(word);
  await admin.getByLabel("Language").selectOption("en");
  await admin.getByLabel("List").selectOption("BANNED");
  await admin.getByRole("button", { name: "Add" }).click();
  const entry = admin.getByTestId("word").filter({ hasText: word });
  await expect(entry).toHaveCount(1);

  const path = profileFor(testInfo);
  await postMessage(page, path, { name: uniqueName(testInfo, "Writer"), message: `A message with ${word} in it` });
  await expect(page.getByTestId("error-comment-message")).toContainText("Your message contains words we do not publish");

  await entry.getByRole("button", { name: /Delete/ }).click();
  await expect(entry).toHaveCount(0);
  await postMessage(page, path, { name: uniqueName(testInfo, "Writer"), message: `A message with ${word} in it` });
  await expectThanks(page);

  await moderatorPage.goto("/admin/words");
  await expect(moderatorPage).toHaveURL("/admin/forbidden");
  await expect(moderatorPage.getByRole("link", { name: "Word lists" })).toHaveCount(0);
});

test("a message written on a Belarusian page shows in the queue as written in Belarusian", async ({
  page,
  moderatorPage: staff,
}, testInfo) => {
  const path = `/be${profileFor(testInfo)}`;
  const name = uniqueName(testInfo, "Алена");
  await page.goto(path);
  const form = page.getByTestId("comment-form");
  await form.getByLabel("Ваша імя", { exact: true }).fill(name);
  await form.getByLabel("Ваша паведамленне", { exact: true }).fill("Трымайцеся, мы з вамі.");
  await form.getByRole("button", { name: "Адправіць паведамленне" }).click();
  await expect(page.getByTestId("comment-sent")).toHaveText("Дзякуй: ваша паведамленне зʼявіцца, калі яго прачытае мадэратар.");

  await openQueue(staff, "pending", name);
  await expect(queueItem(staff, name).getByTestId("moderation-language")).toHaveText("Written in Belarusian");
});
