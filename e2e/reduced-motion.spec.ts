import { expect, test, type Page } from "@playwright/test";

// A reader whose system asks for less motion (prefers-reduced-motion: reduce) gets none: links and
// buttons change colour at once instead of fading (app/globals.css).

async function motionOf(page: Page) {
  return page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "What can you do?" })
    .evaluate((link) => {
      const style = getComputedStyle(link);
      return { transition: style.transitionDuration, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
}

test("links fade their colour on hover, unless the reader asks for less motion", async ({ page }) => {
  await page.goto("/");
  expect((await motionOf(page)).transition).toContain("0.15s");

  await page.emulateMedia({ reducedMotion: "reduce" });
  const reduced = await motionOf(page);
  expect(reduced.transition.split(", ").every((duration) => duration === "0s")).toBe(true);
  expect(reduced.scroll).toBe("auto");
});
