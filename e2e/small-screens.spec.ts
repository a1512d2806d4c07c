import { expect, test } from "@playwright/test";
import { PUBLIC_PAGES_IN_ALL_LOCALES } from "./support/public-pages";

// A phone 360 px wide (the narrowest common Android screen): no public page, in any language,
// may scroll sideways (issue 11). A failure names the elements that reach past the screen's edge.

const WIDTH = 360;
test.use({ viewport: { width: WIDTH, height: 740 } });

for (const path of PUBLIC_PAGES_IN_ALL_LOCALES) {
  test(`${path} fits a ${WIDTH} px screen`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, widest } = await page.evaluate(() => {
      const screenWidth = document.documentElement.clientWidth;
      // A box past the edge is often only stretched by one inside it; the culprits are the innermost
      // that would still reach past the edge at their narrowest (width: min-content).
      const narrowest = (element: HTMLElement) => {
        const before = element.style.width;
        element.style.width = "min-content";
        const right = element.getBoundingClientRect().left + element.getBoundingClientRect().width;
        element.style.width = before;
        return right;
      };
      const over = [...document.body.querySelectorAll<HTMLElement>("*")].filter(
        (element) => element.getBoundingClientRect().right > screenWidth + 0.5 && narrowest(element) > screenWidth + 0.5,
      );
      const innermost = over.filter((element) => !over.some((other) => other !== element && element.contains(other)));
      const describe = (element: HTMLElement) =>
        `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ""} class="${element.className}"> ends at ${Math.round(element.getBoundingClientRect().right)} px`;
      return { scrollWidth: document.documentElement.scrollWidth, widest: innermost.slice(0, 5).map(describe) };
    });
    expect(scrollWidth, `${path} is ${scrollWidth} px wide; past the edge: ${widest.join("; ")}`).toBeLessThanOrEqual(WIDTH);
  });
}
