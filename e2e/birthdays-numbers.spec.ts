import ICAL from "ical.js";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

// /birthdays and its calendar feed (issue 13). The seeded people held now: Marfa Rabkova (born
// 6 January 1995) and Nasta Loika (no birth date known). Which birthdays fall in the next 30 days
// depends on the day the test runs; the ordering, the year end and 29 February are tested in
// lib/birthdays/*.test.ts.

test.describe("birthdays", () => {
  test("the page lists upcoming birthdays with letter links, or says there are none, and offers the calendar", async ({ page }) => {
    await page.goto("/birthdays");
    await expect(page.getByRole("heading", { level: 1, name: "Birthdays in the next 30 days" })).toBeVisible();
    const entries = page.getByTestId("birthday");
    if ((await entries.count()) === 0) {
      await expect(page.getByText("No birthdays of people held now fall in the next 30 days.")).toBeVisible();
    } else {
      const days = await entries.locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
      expect(days).toEqual([...days].sort());
      for (const link of await page.getByTestId("letter-link").all())
        await expect(link).toHaveAttribute("href", /\/prisoners\/[^/]+\/letter$/);
    }
    await expect(page.getByTestId("calendar-webcal")).toHaveAttribute("href", /^webcal:\/\/[^/]+\/birthdays\.ics$/);
    await expect(page.getByTestId("calendar-https")).toHaveAttribute("href", /^https?:\/\/[^/]+\/birthdays\.ics$/);
    await expectAccessible(page);
  });

  test("the hub and the navigation link to it", async ({ page }) => {
    await page.goto("/act");
    await page.getByTestId("action-hub").getByRole("link", { name: "Birthdays" }).click();
    await expect(page).toHaveURL(/\/birthdays$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Birthdays" })).toBeVisible();
  });

  test("/birthdays.ics is served as a calendar and parses, one yearly event a held person with a known birth date", async ({ request }) => {
    const response = await request.get("/birthdays.ics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers()["cache-control"]).toMatch(/max-age/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    const marfa = events.find((event) => event.summary === "Birthday: Marfa Rabkova — write a letter");
    expect(marfa).toBeDefined();
    expect(marfa!.startDate.toString()).toBe("1995-01-06");
    expect(marfa!.isRecurring()).toBe(true);
    expect(marfa!.component.getFirstPropertyValue("url")).toMatch(/\/prisoners\/marfa-rabkova\/letter$/);
    expect(events.some((event) => event.summary.includes("Kalesnikava"))).toBe(false);

    const belarusian = await request.get("/be/birthdays.ics");
    expect(await belarusian.text()).toContain("Дзень нараджэння: Марфа Рабкова");
  });
});
