import type { Locator, Page } from "@playwright/test";
import { useOwnAddress } from "./support/client";
import { expectThanks, openQueue, postMessage, profileFor, queueItem, setAddress, uniqueName } from "./support/comments";
import { expect, test } from "./support/fixtures";

// A reader with only a keyboard (Tab, Shift+Tab, Enter, Space, letters): the skip link is the
// first stop and moves focus to the content, every stop shows where focus is, and signing,
// subscribing and moderating can be done from start to end (issue 11). With JavaScript and without.

/** Whether the focused element shows it: it matches :focus-visible and draws an outline or a shadow. */
async function focusShows(page: Page): Promise<{ element: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { element: "nothing", visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none";
    const name = `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute("name") || "").trim().slice(0, 40)}"`;
    return { element: name, visible: element.matches(":focus-visible") && (outline || shadow) };
  });
}

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses `key` (Tab or Shift+Tab) until `target` has focus, checking that every stop on the way shows focus. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab", most = 200) {
  for (let stops = 0; stops < most; stops++) {
    await page.keyboard.press(key);
    const focus = await focusShows(page);
    expect(focus.visible, `focus on ${focus.element} is not visible`).toBe(true);
    if (await isFocused(target)) return;
  }
  throw new Error(`${String(target)} not reached in ${most} presses of ${key}`);
}

test.beforeEach(async ({ page }) => {
  await useOwnAddress(page);
});

for (const path of ["/", "/be/petitions/release-all-political-prisoners", "/ru/act"]) {
  test(`on ${path} the skip link is the first Tab stop and moves focus to the content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.locator("a[href='#main']");
    expect(await isFocused(skip)).toBe(true);
    expect((await focusShows(page)).visible).toBe(true);
    await expect(skip).toBeInViewport();

    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // The next stop is inside the content, past the header's links.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement))).toBe(true);
    // And back: Shift+Tab leaves the content for the header.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.querySelector("header")!.contains(document.activeElement))).toBe(true);
  });
}

test("the staff sign-in page has the skip link too", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("signing a petition with the keyboard alone, from the top of the page", async ({ page, testPetition }, testInfo) => {
  await page.goto(`/petitions/${testPetition.slug}`);
  const form = page.getByTestId("sign-form");
  await tabTo(page, form.getByLabel("Your name"));
  await page.keyboard.type("Key Board");
  await tabTo(page, form.getByLabel("Your email"));
  await page.keyboard.type(`keyboard-${testInfo.project.name}-${Date.now()}@example.org`);
  const country = form.getByLabel("Your country");
  await tabTo(page, country);
  // A closed select chooses by the letters typed, as it does for anyone.
  await page.keyboard.type("Lithuania");
  await expect(country).toHaveValue("LT");
  const showName = form.getByLabel("Show my first name and country among the signers");
  await tabTo(page, showName);
  await page.keyboard.press("Space");
  await expect(showName).toBeChecked();
  await tabTo(page, form.getByRole("button", { name: "Sign the petition" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("sign-sent")).toContainText("Check your inbox");
});

test("subscribing with the keyboard alone: skip to the content, Tab to the address, Enter", async ({ page }, testInfo) => {
  await page.goto("/act");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const form = page.getByTestId("subscribe-form");
  await tabTo(page, form.getByLabel("Your email"));
  await page.keyboard.type(`keyboard-sub-${testInfo.project.name}-${Date.now()}@example.org`);
  // Enter in a field sends its form, as the browser does for any form with a send button.
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("subscribe-sent")).toBeVisible();
});

test("a moderator approves one message and rejects another with the keyboard alone", async ({ page, moderatorPage: staff }, testInfo) => {
  await setAddress(page);
  const tag = uniqueName(testInfo, "Keys");
  const [kept, refused] = [`${tag} kept`, `${tag} refused`];
  for (const name of [kept, refused]) {
    await postMessage(page, profileFor(testInfo), { name, message: `With you, from ${name}.` });
    await expectThanks(page);
  }

  await openQueue(staff, "pending", tag);
  await tabTo(staff, queueItem(staff, kept).getByRole("button", { name: "Approve" }));
  await staff.keyboard.press("Enter");
  await expect(queueItem(staff, kept)).toHaveCount(0);

  await openQueue(staff, "pending", tag);
  const item = queueItem(staff, refused);
  const reason = item.getByLabel("Reason for rejecting");
  await tabTo(staff, reason);
  await staff.keyboard.type("off-topic");
  await expect(reason).toHaveValue("off-topic");
  await tabTo(staff, item.getByRole("button", { name: "Reject" }));
  await staff.keyboard.press("Space");
  await expect(item).toHaveCount(0);
  await openQueue(staff, "rejected", refused);
  await expect(queueItem(staff, refused)).toHaveCount(1);
});
