import { expect, test } from "./support/fixtures";
import { profileFor, setAddress, uniqueName } from "./support/comments";

// "Report an inaccuracy" from a profile, and the staff queue that resolves it, with JavaScript
// and without (the two projects report on different profiles, so they never decide each other's).

test.beforeEach(async ({ page }) => {
  await setAddress(page);
});

test("a visitor reports a wrong court, a moderator resolves it with a source, and the profile shows the corrected court", async ({
  page,
  moderatorPage: staff,
}, testInfo) => {
  const profile = profileFor(testInfo);
  const court = uniqueName(testInfo, "Court of the Frunzienski district");

  await page.goto(profile);
  await page.getByTestId("report-inaccuracy").click();
  await expect(page).toHaveURL(new RegExp(`${profile}/report$`));

  // Bad input: a clear message, and the typed text stays.
  const form = page.getByTestId("correction-form");
  await form.getByLabel("What is wrong", { exact: true }).selectOption("court");
  await form.getByLabel("The correct value").fill(court);
  await form.getByLabel("Where this is confirmed (link, optional)").fill("not a link");
  await form.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByText("Please say what is wrong.")).toBeVisible();
  await expect(page.getByText("Please give a web address starting with https://, or leave the field empty.")).toBeVisible();

  await form.getByLabel("What is wrong, in a few words").fill("The verdict names another court.");
  await form.getByLabel("Where this is confirmed (link, optional)").fill("https://spring96.org/en/news/1");
  await form.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByTestId("correction-sent")).toHaveText(
    "Thank you. Your report was received; staff will check it against a source.",
  );

  await staff.goto("/admin/corrections");
  const report = staff.getByTestId("correction-report").filter({ hasText: court });
  await expect(report.getByTestId("correction-field")).toHaveText("court");
  await expect(report.getByTestId("correction-proposed")).toHaveText(court);
  await report.getByLabel("Source that confirms it (URL or title)").fill("Viasna, verdict of 2023");
  await report.getByRole("button", { name: "Resolve" }).click();
  // Decided, the report leaves the open queue.
  await expect(staff.getByTestId("correction-report").filter({ hasText: court })).toHaveCount(0);

  await page.goto(profile);
  await expect(page.getByText(court)).toBeVisible();
});
