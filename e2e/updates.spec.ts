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

  const FEEDS = [
    { locale: "en", prefix: "", title: TITLE, feedTitle: "Campaign updates" },
    {
      locale: "be",
      prefix: "/be",
      title: "Беларускія ўлады вызвалілі вядомых вязняў, але сістэмныя рэпрэсіі застаюцца",
      feedTitle: "Навіны кампаніі",
    },
    {
      locale: "ru",
      prefix: "/ru",
      title: "Белорусские власти освободили известных политзаключённых, но системные репрессии продолжаются",
      feedTitle: "Новости кампании",
    },
  ] as const;

  for (const { locale, prefix, title, feedTitle } of FEEDS) {
    test(`the ${locale} Atom feed is valid XML in its language, with the statement as an entry linking its ${locale} page @http`, async ({
      page,
      request,
      baseURL,
    }) => {
      const response = await request.get(`${prefix}/updates/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/atom+xml");
      const xml = await response.text();

      const feed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        const ATOM = "http://www.w3.org/2005/Atom";
        const XML = "http://www.w3.org/XML/1998/namespace";
        const child = (parent: Element, name: string) => [...parent.children].find((element) => element.localName === name);
        return {
          parseError: doc.getElementsByTagName("parsererror").length > 0,
          root: doc.documentElement.localName,
          namespace: doc.documentElement.namespaceURI,
          lang: doc.documentElement.getAttributeNS(XML, "lang"),
          title: child(doc.documentElement, "title")?.textContent,
          self: [...doc.documentElement.children]
            .find((e) => e.localName === "link" && e.getAttribute("rel") === "self")
            ?.getAttribute("href"),
          entries: [...doc.getElementsByTagNameNS(ATOM, "entry")].map((entry) => ({
            title: child(entry, "title")?.textContent,
            link: child(entry, "link")?.getAttribute("href"),
            // The language a reader applies to the entry's text: its own xml:lang, else the feed's.
            textLang: child(entry, "content")?.getAttributeNS(XML, "lang") || doc.documentElement.getAttributeNS(XML, "lang"),
          })),
        };
      }, xml);

      expect(feed.parseError).toBe(false);
      expect(feed.root).toBe("feed");
      expect(feed.namespace).toBe("http://www.w3.org/2005/Atom");
      expect(feed.lang).toBe(locale);
      expect(feed.title).toBe(feedTitle);
      expect(feed.self).toBe(`${baseURL}${prefix}/updates/feed.xml`);
      expect(feed.entries).toContainEqual({ title, link: `${baseURL}${prefix}/updates/${SLUG}`, textLang: locale });
    });

    test(`the ${locale} pages name the ${locale} feed, and the feed answers only GET and HEAD @http`, async ({ request }) => {
      for (const path of [`${prefix}/updates`, `${prefix}/prisoners/maryia-kalesnikava`, prefix || "/"]) {
        const html = await (await request.get(path)).text();
        const tags = [...html.matchAll(/<link\b[^>]*type="application\/atom\+xml"[^>]*>/g)].map((m) => m[0]);
        const links = tags.filter((tag) => tag.includes('rel="alternate"')).map((tag) => tag.match(/href="([^"]+)"/)?.[1]);
        expect(links, path).toHaveLength(1);
        expect(new URL(links[0]!, "http://x").pathname, path).toBe(`${prefix}/updates/feed.xml`);
      }
      const feed = `${prefix}/updates/feed.xml`;
      expect((await request.head(feed)).status()).toBe(200);
      expect((await request.fetch(feed, { method: "OPTIONS" })).status()).toBe(204);
      expect((await request.fetch(feed, { method: "DELETE" })).status()).toBe(405);
      expect((await request.post(feed, { form: { a: "b" } })).status()).toBe(405);
    });
  }

  test("the updates page in Belarusian offers the Belarusian feed", async ({ page }) => {
    await page.goto("/be/updates");
    await expect(page.getByRole("main").locator('a[type="application/atom+xml"]')).toHaveAttribute("href", "/be/updates/feed.xml");
    await expect(page.getByRole("contentinfo").locator('a[type="application/atom+xml"]')).toHaveAttribute("href", "/be/updates/feed.xml");
  });
});
