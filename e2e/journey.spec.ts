import { expect, test } from "@playwright/test";

// The core journey, run both with JavaScript and without: a visitor who knows a name in Russian
// finds the person and reads that she has been released.
test("search from the home page in Cyrillic, then open the profile", async ({ page }) => {
  await page.goto("/");

  const search = page.getByRole("search");
  await search.getByLabel("Search by name").fill("Колесникова");
  await search.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/prisoners" && url.searchParams.get("q") === "Колесникова");
  await expect(page.getByTestId("result-count")).toHaveText("1 person for “Колесникова”");
  const results = page.getByTestId("prisoner-results");
  await expect(results.getByTestId("prisoner-card")).toHaveCount(1);
  await expect(results.getByRole("heading", { level: 3 })).toHaveText(["Maryia Kalesnikava"]);

  await results.getByRole("link", { name: "Maryia Kalesnikava" }).click();

  await expect(page).toHaveURL("/prisoners/maryia-kalesnikava");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maryia Kalesnikava");
  await expect(page.getByTestId("status")).toHaveText("Released");
  await expect(page.getByTestId("detained-on")).toHaveText("September 7, 2020");
  await expect(page.getByTestId("released-on")).toHaveText("December 13, 2025");
  await expect(page.getByTestId("days-behind-bars")).toHaveText("1,923 days behind bars until release");
});
