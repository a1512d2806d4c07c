import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("states the campaign and its sourced numbers", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("They are held for speaking out. Help free them.");

    const held = page.getByTestId("held-count");
    await expect(held).toContainText("1,135 political prisoners");
    await expect(held).toContainText("held in Belarus on December 23, 2025");
    await expect(held).toContainText("ua.news, citing Viasna's annual report");

    const release = page.getByTestId("latest-release");
    await expect(release).toContainText("123 people released");
    await expect(release).toContainText("December 13, 2025");
  });

  test("has a search form that asks for a name", async ({ page }) => {
    const form = page.getByRole("search");
    const input = form.getByLabel("Search by name");
    await expect(input).toHaveAttribute("name", "q");
    await expect(form.getByRole("button", { name: "Search" })).toBeVisible();
    await expect(form).toHaveAttribute("method", "get");
    await expect(form).toHaveAttribute("action", "/prisoners");
  });

  test("features people, each linked to their profile by Latin name", async ({ page }) => {
    const cards = page.getByTestId("prisoner-card");
    await expect(cards).toHaveCount(4);
    for (const [name, slug] of [
      ["Maryia Kalesnikava", "maryia-kalesnikava"],
      ["Ales Bialiatski", "ales-bialiatski"],
      ["Marfa Rabkova", "marfa-rabkova"],
      ["Nasta Loika", "nasta-loika"],
    ]) {
      await expect(cards.getByRole("link", { name, exact: true })).toHaveAttribute("href", `/prisoners/${slug}`);
    }
  });

  test("teases the latest update and offers ways to act", async ({ page }) => {
    const teaser = page.getByTestId("update-teaser");
    await expect(teaser).toHaveCount(1);
    await expect(
      teaser.getByRole("link", {
        name: "Belarusian authorities release prominent prisoners, but systemic repression remains",
        exact: true,
      }),
    ).toHaveAttribute("href", "/updates/belarus-releases-prominent-prisoners-2025-12-13");

    const hub = page.getByTestId("action-hub");
    await expect(hub.getByRole("heading", { level: 3 })).toHaveText([
      "Sign a petition",
      "Learn their stories",
      "Write for a birthday",
      "Share a profile",
      "Stay informed",
    ]);
  });
});
