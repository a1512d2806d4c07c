import { letters } from "./support/client";
import { expect, test } from "./support/fixtures";

// An admin's change shows on the public pages at once, though those pages are cached, and the
// audit log says who changed what. The person is created by the test: seed people stay as they are.

test("an admin creates a profile, records a release, and the public pages show it at once", async ({
  admin,
  adminPage: page,
  createdContent,
}, testInfo) => {
  const tag = letters(8);
  const slug = createdContent.prisoner(`e2e-${testInfo.project.name}-${tag}`);
  const name = `Aliaksandra ${tag[0]!.toUpperCase()}${tag.slice(1)}`;
  const alias = `Aleksandra ${letters(10)}`;

  await page.goto("/admin/content");
  await page.getByRole("link", { name: "New prisoner" }).click();
  await expect(page).toHaveURL("/admin/content/prisoners/new");
  const form = page.getByTestId("prisoner-form");
  await form.getByLabel("Name in Latin letters", { exact: true }).fill(name);
  await form.getByLabel("Address name (slug)", { exact: true }).fill(slug);
  await form.getByLabel("Name in Belarusian", { exact: true }).fill("Аляксандра Тэст");
  await form.getByLabel("Other spellings", { exact: true }).fill(`en: ${alias}`);
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "Detained" });
  await form.getByLabel("Detained on", { exact: true }).fill("2023-05-01");
  await form.getByLabel("Source title", { exact: true }).fill("Viasna, political prisoner record (e2e)");
  await form.getByRole("button", { name: "Create profile" }).click();
  await expect(page).toHaveURL(`/admin/content/prisoners/${slug}?saved=1`);
  await expect(page.getByTestId("saved")).toBeVisible();

  // The new profile is reachable at once, and now cached.
  await page.goto(`/prisoners/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("status")).toHaveText("Detained");
  await page.goto(`/prisoners?q=${encodeURIComponent(alias)}`);
  await expect(page.getByTestId("prisoner-results")).toContainText(name);

  // A release without its date and source is explained beside each field, and changes nothing.
  await page.goto(`/admin/content/prisoners/${slug}`);
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "Released" });
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("error-prisoner-releasedOn")).toContainText("Enter the release date");
  await expect(page.getByTestId("error-prisoner-changedOn")).toContainText("Enter the date of this change of status.");
  await expect(page.getByTestId("error-prisoner-sourceTitle")).toContainText("Name the source of this change of status.");
  await expect(form.getByLabel("Status", { exact: true })).toHaveValue("RELEASED");

  await form.getByLabel("Released on", { exact: true }).fill("2025-12-13");
  await form.getByLabel("Date of the change", { exact: true }).fill("2025-12-13");
  await form.getByLabel("Source title", { exact: true }).fill("Amnesty International statement (e2e)");
  await form.getByLabel("Source address (optional)", { exact: true }).fill("https://www.amnesty.org/en/latest/news/2025/12/belarus-e2e/");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(page).toHaveURL(`/admin/content/prisoners/${slug}?saved=1`);

  // The cached profile was revalidated: the very next visit shows the release and its source.
  await page.goto(`/prisoners/${slug}`);
  await expect(page.getByTestId("status")).toHaveText("Released");
  await expect(page.getByTestId("released-on")).toHaveText("December 13, 2025");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Released.");
  await expect(timeline.getByRole("link", { name: "Amnesty International statement (e2e)" })).toHaveAttribute(
    "href",
    "https://www.amnesty.org/en/latest/news/2025/12/belarus-e2e/",
  );
  await expect(page.getByTestId("sources")).toContainText("Viasna, political prisoner record (e2e)");
  await page.goto(`/prisoners?q=${encodeURIComponent(alias)}&status=RELEASED`);
  await expect(page.getByTestId("prisoner-results")).toContainText(name);

  // The audit log shows who made the change, with the record before and after.
  await page.goto(`/admin/audit?action=prisoner.update&actor=${admin.id}`);
  const entry = page.getByTestId("audit-entry").first();
  await expect(entry.getByTestId("audit-actor")).toHaveText(admin.email);
  await expect(entry.getByTestId("audit-action")).toHaveText("prisoner.update");
  await entry.getByText("Before and after").click();
  await expect(entry.getByTestId("audit-before")).toContainText('"status": "DETAINED"');
  await expect(entry.getByTestId("audit-after")).toContainText('"status": "RELEASED"');
  await expect(entry.getByTestId("audit-after")).toContainText(`"slug": "${slug}"`);
});

test("a petition edited by an admin changes on its public page at once", async ({ adminPage: page, createdContent }, testInfo) => {
  // A petition of this test's own: the seed petitions are signed by other specs.
  const slug = createdContent.petition(`e2e-petition-${testInfo.project.name}-${letters(6)}`);
  await page.goto("/admin/content/petitions/new");
  const form = page.getByTestId("petition-form");
  // Exact: the form also lists every profile, and other specs' profiles have names of all kinds.
  await form.getByLabel("Title", { exact: true }).fill("Free the e2e prisoners");
  await form.getByLabel("Address name (slug)", { exact: true }).fill(slug);
  await form.getByLabel("Addressed to", { exact: true }).fill("The e2e authorities");
  await form.getByLabel("Goal (signatures)", { exact: true }).fill("0");
  await form.getByLabel("Summary", { exact: true }).fill("A petition written by a test.");
  await form.getByLabel("Text", { exact: true }).fill("## The call\n\n* release them\n* repair the harm");
  await form.getByRole("button", { name: "Create petition" }).click();
  await expect(page.getByTestId("error-petition-goal")).toContainText("whole number of signatures greater than 0");
  await form.getByLabel("Goal (signatures)", { exact: true }).fill("2500");
  await form.getByRole("button", { name: "Create petition" }).click();
  await expect(page).toHaveURL(`/admin/content/petitions/${slug}?saved=1`);

  await page.goto(`/petitions/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Free the e2e prisoners");
  await expect(page.getByTestId("sign-form")).toBeVisible();

  await page.goto(`/admin/content/petitions/${slug}`);
  await form.getByLabel("Title", { exact: true }).fill("Free the e2e prisoners now");
  await form.getByLabel("Signing", { exact: true }).selectOption({ label: "Closed" });
  await form.getByRole("button", { name: "Save petition" }).click();
  await expect(page).toHaveURL(`/admin/content/petitions/${slug}?saved=1`);
  await expect(page.getByTestId("petition-signing-state")).toContainText("Closed since");

  await page.goto(`/petitions/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Free the e2e prisoners now");
  await expect(page.getByTestId("petition-closed")).toBeVisible();
  await expect(page.getByTestId("sign-form")).toHaveCount(0);
});
