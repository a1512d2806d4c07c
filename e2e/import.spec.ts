import { syntheticCsv } from "../lib/import/synthetic";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// The staff import page: an admin uploads 3,000 clearly synthetic people, sees the dry run,
// applies it, finds one of them on /prisoners, and the same file again is all unchanged; a
// malformed file names the line and the reason and applies nothing; a moderator is refused.

const COUNT = 3000;
// Each project its own people, so the two can run side by side: 20001… with JavaScript, 30001… without.
const offsetOf = (project: string) => (project === "with-js" ? 20_000 : 30_000);
const nameOf = (n: number) => `Synthetic Person ${String(n).padStart(5, "0")}`;
const slugOf = (n: number) => `synthetic-person-${String(n).padStart(5, "0")}`;
// Search ignores digits, so person 1234 of each file also has a spelling of its own to be found by.
const FINDABLE = 1234;
const findableOf = (offset: number) => `Synthetic Findable ${offset === 20_000 ? "Alpha" : offset === 30_000 ? "Beta" : "Gamma"}`;
const fileOf = (offset: number, count: number, bad?: number) =>
  syntheticCsv(count, (n) => ({
    nameLatin: nameOf(offset + n),
    ...(n === FINDABLE ? { otherSpellings: `en: ${findableOf(offset)}` } : {}),
    ...(n === bad ? { detainedOn: "2021-02-30" } : {}),
  }));

const countOf = (page: import("@playwright/test").Page, kind: string) =>
  page.getByTestId("import-counts").locator(`[data-kind=${kind}] dd`);

test("an admin dry-runs 3,000 people, applies them, finds one, and the same file again is all unchanged", async ({
  adminPage: page,
  createdContent,
}, testInfo) => {
  test.setTimeout(300_000);
  const offset = offsetOf(testInfo.project.name);
  for (let n = 1; n <= COUNT; n++) createdContent.prisoner(slugOf(offset + n));
  const file = { name: "people.csv", mimeType: "text/csv", buffer: fileOf(offset, COUNT) };

  await page.goto("/admin");
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page).toHaveURL("/admin/import");
  await page.getByLabel("File (CSV or JSON)").setInputFiles(file);
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(page).toHaveURL(/\/admin\/import\?file=[0-9a-f]{64}$/, { timeout: 60_000 });
  await expect(countOf(page, "create")).toHaveText(String(COUNT));
  await expect(countOf(page, "refused")).toHaveText("0");

  await page.getByRole("button", { name: "Apply this import" }).click();
  await expect(page.getByTestId("import-applied")).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId("import-applied").locator("[data-kind=create] dd")).toHaveText(String(COUNT));

  await page.goto(`/prisoners?q=${encodeURIComponent(findableOf(offset))}`);
  // Ranked best match first: the person whose every word matched, then those sharing "Synthetic".
  const first = page.getByTestId("prisoner-results").getByTestId("prisoner-card").first();
  await expect(first).toContainText(nameOf(offset + FINDABLE));
  await expect(page.getByTestId("matched-name").first()).toContainText(findableOf(offset));

  await page.goto("/admin/import");
  await page.getByLabel("File (CSV or JSON)").setInputFiles(file);
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(countOf(page, "unchanged")).toHaveText(String(COUNT), { timeout: 60_000 });
  await expect(countOf(page, "create")).toHaveText("0");
  await expect(countOf(page, "update")).toHaveText("0");
});

test("a malformed file shows the line and the reason, and cannot be applied", async ({ adminPage: page }, testInfo) => {
  const offset = offsetOf(testInfo.project.name) + 5000;
  await page.goto("/admin/import");
  await page.getByLabel("File (CSV or JSON)").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: fileOf(offset, 20, 7) });
  await page.getByRole("button", { name: "Dry run" }).click();
  const refused = page.getByTestId("import-refused");
  await expect(refused).toContainText("line 8");
  await expect(refused).toContainText("detainedOn: Enter a date as YYYY-MM-DD");
  await expect(countOf(page, "refused")).toHaveText("1");
  await expect(page.getByRole("button", { name: "Apply this import" })).toHaveCount(0);
  await expect(page.getByText("A file with refused rows cannot be applied")).toBeVisible();
  const written = await withE2eDatabase((db) =>
    db.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Prisoner" WHERE "slug" LIKE ?`, `synthetic-person-${String(offset).slice(0, 3)}%`),
  );
  expect(Number(written?.n)).toBe(0);
});

test("a moderator is refused the import page and has no link to it", async ({ moderatorPage: page }) => {
  await page.goto("/admin/moderation");
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  await page.goto("/admin/import");
  await expect(page).toHaveURL("/admin/forbidden");
});
