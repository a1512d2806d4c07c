import { expect, test, type Page } from "@playwright/test";

const EVERYONE = ["Ales Bialiatski", "Marfa Rabkova", "Maryia Kalesnikava", "Nasta Loika"];

/** The names listed in the results, in page order. */
function resultNames(page: Page) {
  return page.getByTestId("prisoner-results").getByTestId("prisoner-card").getByRole("heading", { level: 3 });
}

/**
 * The seeded people among the results, in page order. Other specs add profiles through the staff
 * pages while this one runs, so lists are checked for the seeded people, not for exact totals.
 */
async function seededNames(page: Page): Promise<string[]> {
  await expect(page.getByTestId("result-count")).toBeVisible();
  const names = await resultNames(page).allTextContents();
  return names.filter((name) => EVERYONE.includes(name));
}

async function expectEveryoneListed(page: Page) {
  await expect(page.getByTestId("result-count")).toHaveText(/^\d+ people\s*$/);
  const count = Number((await page.getByTestId("result-count").textContent())!.split(" ")[0]);
  expect(count).toBeGreaterThanOrEqual(EVERYONE.length);
  expect(await seededNames(page)).toEqual(EVERYONE);
}

test.describe("prisoner list", () => {
  test("lists all four profiles", async ({ page }) => {
    await page.goto("/prisoners");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Political prisoners");
    await expectEveryoneListed(page);
    await expect(page.getByTestId("search-error")).toHaveCount(0);
  });

  for (const query of ["Колесникова", "Калеснікава", "Kolesnikova", "kalesnikava"]) {
    test(`finds Maryia Kalesnikava by "${query}"`, async ({ page }) => {
      await page.goto(`/prisoners?q=${encodeURIComponent(query)}`);
      await expect(page.getByTestId("result-count")).toHaveText(`1 person for “${query}”`);
      await expect(resultNames(page)).toHaveText(["Maryia Kalesnikava"]);
      await expect(page.getByRole("search").getByLabel("Search by name")).toHaveValue(query);
    });
  }

  for (const query of ["Беляцкий", "Bialiatski", "Byalyatski"]) {
    test(`finds Ales Bialiatski by "${query}"`, async ({ page }) => {
      await page.goto(`/prisoners?q=${encodeURIComponent(query)}`);
      await expect(page.getByTestId("result-count")).toHaveText(`1 person for “${query}”`);
      await expect(resultNames(page)).toHaveText(["Ales Bialiatski"]);
    });
  }

  test("says so when no one matches", async ({ page }) => {
    await page.goto("/prisoners?q=Zzyzx");
    await expect(page.getByTestId("result-count")).toHaveText("No one found for “Zzyzx”");
    await expect(page.getByTestId("prisoner-results")).toHaveCount(0);
  });

  test("filters by status", async ({ page }) => {
    await page.goto("/prisoners?status=DETAINED");
    expect(await seededNames(page)).toEqual(["Marfa Rabkova", "Nasta Loika"]);
    await expect(page.getByLabel("Status")).toHaveValue("DETAINED");
    for (const status of await page.getByTestId("status").allTextContents()) expect(status).toBe("Detained");

    await page.goto("/prisoners?status=RELEASED");
    expect(await seededNames(page)).toEqual(["Ales Bialiatski", "Maryia Kalesnikava"]);

    await page.goto("/prisoners?status=DIED_IN_CUSTODY");
    expect(await seededNames(page)).toEqual([]);
  });

  test("combines a name with a status", async ({ page }) => {
    await page.goto("/prisoners?q=Rabkova&status=DETAINED");
    await expect(resultNames(page)).toHaveText(["Marfa Rabkova"]);
    await page.goto("/prisoners?q=Rabkova&status=RELEASED");
    await expect(page.getByTestId("result-count")).toHaveText("No one found for “Rabkova”");
  });

  test("reads the page number from the URL", async ({ page }) => {
    await page.goto("/prisoners?page=1");
    await expect(page.getByTestId("search-error")).toHaveCount(0);
    expect(await seededNames(page)).toEqual(EVERYONE);
  });

  for (const bad of ["status=BAD", "page=0", "page=abc"]) {
    test(`explains a bad parameter (${bad}) and shows everyone`, async ({ page }) => {
      const response = await page.goto(`/prisoners?${bad}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("search-error")).toContainText("Showing everyone instead.");
      await expectEveryoneListed(page);
    });
  }
});
