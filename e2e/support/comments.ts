import { randomInt } from "node:crypto";
import { expect, type Page, type TestInfo } from "@playwright/test";

// Messages of solidarity in end-to-end tests. Every browser here comes from 127.0.0.1, and the app
// limits messages, reports and sign-ins per address: each page gets its own made-up address (the
// app reads the rightmost X-Forwarded-For entry, docs/decisions/006).

export function newAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export async function setAddress(page: Page, address: string = newAddress()): Promise<string> {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

/** A name no other test or project uses, so parallel runs never find each other's messages. */
export function uniqueName(testInfo: TestInfo, label: string): string {
  return `${label} ${testInfo.project.name} ${Date.now().toString(36)}${randomInt(1000)}`;
}

/** The profile each project posts to, so the two projects never moderate the same page at once. */
export function profileFor(testInfo: TestInfo): string {
  return testInfo.project.name === "with-js" ? "/prisoners/nasta-loika" : "/prisoners/marfa-rabkova";
}

export async function postMessage(page: Page, path: string, fields: { name: string; message: string }) {
  await page.goto(path);
  const form = page.getByTestId("comment-form");
  await form.getByLabel("Your name").fill(fields.name);
  await form.getByLabel("Your message").fill(fields.message);
  await form.getByRole("button", { name: "Send the message" }).click();
}

export async function expectThanks(page: Page) {
  await expect(page.getByTestId("comment-sent")).toHaveText("Thank you: your message will appear once a moderator has read it.");
}

/** The messages shown on a public page, by author. */
export function shownMessage(page: Page, author: string) {
  return page.getByTestId("comment").filter({ has: page.getByTestId("comment-author").getByText(author, { exact: true }) });
}

/** Reloads a public page until the message shows (or, with `shown: false`, until it is gone). */
export async function expectOnPage(page: Page, path: string, author: string, shown = true) {
  await expect(async () => {
    await page.goto(path);
    await expect(shownMessage(page, author)).toHaveCount(shown ? 1 : 0, { timeout: 1000 });
  }).toPass({ timeout: 25_000, intervals: [500, 1_000, 2_000] });
}

export async function openQueue(page: Page, tab: "pending" | "reported" | "approved" | "rejected", search: string) {
  await page.goto(`/admin/moderation?tab=${tab}&q=${encodeURIComponent(search)}`);
}

/** One message's card in the queue, found by its author. */
export function queueItem(page: Page, author: string) {
  return page.getByTestId("moderation-item").filter({ has: page.getByTestId("moderation-author").getByText(author, { exact: true }) });
}

export async function approveInQueue(page: Page, author: string) {
  await openQueue(page, "pending", author);
  const item = queueItem(page, author);
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(item).toHaveCount(0);
}
