import { useOwnAddress } from "./support/client";
import { expect, test } from "./support/fixtures";
import { signatureSources } from "./support/petitions";
import { signAndConfirm, signAndConfirmHere } from "./support/signing";

// A confirmed supporter shares their link; someone else, in another browser, signs through it.
// The new signature's source is the first supporter's code and the channel they shared on, and the
// first supporter's thank-you page counts it. Run with and without JavaScript: without it, the
// code reaches the form through the first-party cookie instead of the hidden fields.
test("a share link's referral code becomes the source of the signature it brings", async ({
  page,
  browser,
  request,
  adminPage,
  testPetition,
}, testInfo) => {
  const { slug } = testPetition;
  const id = `${testInfo.project.name}-${Date.now()}`;
  await useOwnAddress(page);

  const thankYouUrl = await signAndConfirm(page, request, slug, { name: "Hanna First", email: `first-${id}@example.org` });
  const thanks = page.getByTestId("confirm-done");
  await expect(thanks.getByTestId("referred-count")).toHaveText(/No one has signed through your links yet/);

  // The Telegram button shares the petition's address with the supporter's code and the channel.
  const telegram = await thanks.getByRole("link", { name: "Telegram" }).getAttribute("href");
  const shared = new URL(new URL(telegram!).searchParams.get("url")!);
  expect(shared.pathname).toBe(`/petitions/${slug}`);
  const code = shared.searchParams.get("ref");
  expect(code).toMatch(/^[A-Za-z0-9_-]{8}$/);
  expect(shared.searchParams.get("ch")).toBe("telegram");
  await expect(thanks.getByTestId("share-url")).toHaveValue(new RegExp(`ref=${code}&ch=copy`));

  // Someone else opens the shared link in a browser of their own, signs and confirms.
  const other = await browser.newContext({ javaScriptEnabled: testInfo.project.use.javaScriptEnabled });
  const friend = await other.newPage();
  await useOwnAddress(friend);
  await friend.goto(shared.toString());
  // With JavaScript the hidden fields must carry the code on their own: drop the cookie's copy.
  if (testInfo.project.use.javaScriptEnabled) await other.clearCookies();
  await signAndConfirmHere(friend, request, { name: "Pavel Friend", email: `friend-${id}@example.org`, country: "Poland" });
  await other.close();

  // In signing order: Hanna First, then Pavel Friend (names are sealed at rest).
  expect(await signatureSources(slug)).toEqual([
    { referralCode: null, referralChannel: null },
    { referralCode: code, referralChannel: "telegram" },
  ]);

  await page.goto(thankYouUrl);
  await expect(page.getByTestId("referred-count")).toHaveText("1 person has signed through your links. Thank you.");

  // Staff see the signature by source and channel, and on today's bar of the chart.
  await adminPage.goto(`/admin/signatures/${slug}`);
  await expect(adminPage.getByTestId("by-source").getByRole("row", { name: code! })).toContainText("1");
  await expect(adminPage.getByTestId("by-source").getByRole("row", { name: "direct (no code)" })).toContainText("1");
  await expect(adminPage.getByTestId("by-channel").getByRole("row", { name: "telegram" })).toContainText("1");
  const today = new Date().toISOString().slice(0, 10);
  await expect(adminPage.getByTestId("per-day-chart").locator(`rect[data-day="${today}"]`)).toHaveAttribute("data-count", "2");
});

test("the share panel copies the link with the copy channel, and its plain links work without it @http", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/prisoners/marfa-rabkova");
  const panel = page.getByTestId("share-links").first();
  await expect(panel.getByRole("link", { name: "WhatsApp" })).toHaveAttribute("href", /wa\.me.*prisoners%2Fmarfa-rabkova%3Fch%3Dwhatsapp/);
  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect(panel.getByTestId("share-status")).toHaveText("Link copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/prisoners\/marfa-rabkova\?ch=copy$/);
});
