import { expect, test } from "@playwright/test";

const SLUG = "belarus-releases-prominent-prisoners-2025-12-13";
const TITLE = "Belarusian authorities release prominent prisoners, but systemic repression remains";
const PEOPLE = ["Maryia Kalesnikava", "Ales Bialiatski", "Marfa Rabkova", "Nasta Loika"];

test.describe("campaign updates", () => {
  test("the updates page lists the statement and offers the feed", async ({ page }) => {
    await page.goto("/updates");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Campaign updates");
    // Other specs running beside this one add updates of their own: look for the statement's.
    const teaser = page.getByTestId("update-teaser").filter({ hasText: TITLE });
    await expect(teaser).toHaveCount(1);
    await expect(teaser.getByRole("link", { name: TITLE, exact: true })).toHaveAttribute("href", `/updates/${SLUG}`);
    await expect(teaser).toContainText("Published December 13, 2025");
    await expect(page.getByRole("link", { name: "Follow by feed reader (Atom)" })).toHaveAttribute("href", "/updates/feed.xml");
  });

  test("the statement names the people it is about and links their profiles", async ({ page }) => {
    await page.goto(`/updates/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);

    const people = page.getByTestId("update-prisoners");
    for (const name of PEOPLE) {
      const slug = name.toLowerCase().replace(/ /g, "-");
      await expect(people.getByRole("link", { name, exact: true })).toHaveAttribute("href", `/prisoners/${slug}`);
    }

    const body = page.getByTestId("article-body");
    await expect(body).toContainText("Today, Belarusian authorities released 123 individuals");
    await expect(body.getByRole("heading", { level: 2, name: "A Fragile Victory – What You Need to Know" })).toBeVisible();
  });

  test("the Atom feed is valid XML with the statement as an entry @http", async ({ page, request }) => {
    const response = await request.get("/updates/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();

    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const ATOM = "http://www.w3.org/2005/Atom";
      return {
        parseError: doc.getElementsByTagName("parsererror").length > 0,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        entries: [...doc.getElementsByTagNameNS(ATOM, "entry")].map((entry) => ({
          title: entry.getElementsByTagNameNS(ATOM, "title")[0]?.textContent,
          link: entry.getElementsByTagNameNS(ATOM, "link")[0]?.getAttribute("href"),
        })),
      };
    }, xml);

    expect(feed.parseError).toBe(false);
    expect(feed.root).toBe("feed");
    expect(feed.namespace).toBe("http://www.w3.org/2005/Atom");
    expect(feed.entries).toContainEqual({ title: TITLE, link: `http://127.0.0.1:3100/updates/${SLUG}` });
  });
});
