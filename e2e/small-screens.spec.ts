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
      // The deepest elements that end past the edge: the parents only reach out because of them.
      const over = [...document.body.querySelectorAll("*")].filter((element) => element.getBoundingClientRect().right > screenWidth + 0.5);
      const innermost = over.filter((element) => !over.some((other) => other !== element && element.contains(other)));
      const describe = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.getAttribute("data-testid") ? `[data-testid=${element.getAttribute("data-testid")}]` : ""}.${[...element.classList].join(".")} ends at ${Math.round(element.getBoundingClientRect().right)} px`;
      return { scrollWidth: document.documentElement.scrollWidth, widest: innermost.slice(0, 5).map(describe) };
    });
    expect(scrollWidth, `${path} is ${scrollWidth} px wide; past the edge: ${widest.join("; ")}`).toBeLessThanOrEqual(WIDTH);
  });
}
