import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { JsonLd } from "../../components/seo/JsonLd";
import { db } from "../db";
import { getPrisonerProfile } from "../prisoners/queries";
import { profileJsonLd, updateJsonLd } from "./json-ld";
import { pageMetadata } from "./metadata";
import { buildRobots, buildSitemap } from "./sitemap";

afterAll(() => db.$disconnect());

/** The JSON in the first ld+json script, cut where a browser's HTML parser ends the element. */
function scriptJson(html: string): unknown {
  const match = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/i);
  expect(match, html).not.toBeNull();
  return JSON.parse(match![1]!);
}

describe("sitemap and robots", () => {
  it("list every profile, petition, update and static page on APP_URL", async () => {
    const urls = (await buildSitemap()).map((entry) => entry.url);
    const prisoners = await db.prisoner.findMany({ select: { slug: true } });
    expect(prisoners.length).toBeGreaterThan(0);
    for (const { slug } of prisoners) expect(urls).toContain(`http://test.local/prisoners/${slug}`);
    expect(urls).toContain("http://test.local/petitions/free-marfa-rabkova");
    expect(urls).toContain("http://test.local/updates/belarus-releases-prominent-prisoners-2025-12-13");
    for (const path of ["/", "/prisoners", "/prisons", "/updates", "/act", "/privacy"]) expect(urls).toContain(`http://test.local${path}`);
    expect(urls.some((url) => /confirm|my-data|unsubscribe|admin/.test(url))).toBe(false);
  });

  it("lists every place of detention's page in every language", async () => {
    await db.prison.create({ data: { slug: "sitemap-colony", nameLatin: "Sitemap Colony", type: "PENAL_COLONY", region: "BREST" } });
    const urls = (await buildSitemap()).map((entry) => entry.url);
    for (const prefix of ["", "/be", "/ru"]) expect(urls).toContain(`http://test.local${prefix}/prisons/sitemap-colony`);
  });

  it("keeps crawlers out of staff and personal pages and points to the sitemap", () => {
    const robots = buildRobots();
    const rules = Array.isArray(robots.rules) ? robots.rules[0]! : robots.rules;
    expect(rules).toMatchObject({ userAgent: "*", allow: "/" });
    expect(rules.disallow).toEqual(
      expect.arrayContaining(["/admin", "/api/my-data", "/confirm", "/my-data", "/unsubscribe", "/subscriptions/confirm"]),
    );
    expect(rules.disallow).not.toContain("/og");
    expect(robots.sitemap).toBe("http://test.local/sitemap.xml");
  });
});

describe("JSON-LD", () => {
  it("describes a profile as a ProfilePage about a Person, and a name containing </script> can neither end the script nor change the data", async () => {
    const name = 'Ales </script><script>alert("x")</script><!-- Testau';
    await db.prisoner.update({ where: { slug: "nasta-loika" }, data: { nameLatin: name } });
    const person = (await getPrisonerProfile("nasta-loika"))!;
    const html = renderToStaticMarkup(
      <JsonLd
        data={profileJsonLd(
          person,
          { url: "http://test.local/prisoners/nasta-loika", locale: "en" },
          { url: "http://test.local/og/prisoners/nasta-loika?v=x" },
        )}
      />,
    );
    expect(html).not.toContain("</script><script>");
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(scriptJson(html)).toEqual({
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      url: "http://test.local/prisoners/nasta-loika",
      inLanguage: "en",
      mainEntity: {
        "@type": "Person",
        name,
        alternateName: expect.arrayContaining(["Наста Лойка", "Анастасия Лойко"]),
        image: "http://test.local/og/prisoners/nasta-loika?v=x",
      },
    });
  });

  it("names the page's language: a Belarusian profile is in Belarusian, its person still named in Latin and Cyrillic", async () => {
    const person = (await getPrisonerProfile("maryia-kalesnikava", "be"))!;
    const data = profileJsonLd(person, { url: "http://test.local/be/prisoners/maryia-kalesnikava", locale: "be" }, null);
    expect(data).toMatchObject({
      "@type": "ProfilePage",
      inLanguage: "be",
      url: "http://test.local/be/prisoners/maryia-kalesnikava",
      mainEntity: {
        "@type": "Person",
        name: "Maryia Kalesnikava",
        alternateName: expect.arrayContaining(["Марыя Калеснікава", "Мария Колесникова"]),
      },
    });
  });

  it("says an update is in the page's language once translated, and in English while its text is not", () => {
    const dates = { publishedAt: new Date("2025-12-13T10:00:00Z"), updatedAt: new Date("2025-12-13T10:00:00Z") };
    const publisher = { name: "Free Them", url: "http://test.local" };
    const page = { url: "http://test.local/ru/updates/u", locale: "ru" } as const;
    expect(updateJsonLd({ title: "Новости", ...dates, untranslated: [] }, page, null, publisher)).toMatchObject({ inLanguage: "ru" });
    expect(updateJsonLd({ title: "News", ...dates, untranslated: ["title", "body"] }, page, null, publisher)).toMatchObject({
      inLanguage: "en",
    });
  });

  it("describes an update as a NewsArticle published by the campaign", () => {
    const published = new Date("2025-12-13T10:00:00Z");
    const html = renderToStaticMarkup(
      <JsonLd
        data={updateJsonLd(
          { title: "A <b>title</b>", publishedAt: published, updatedAt: published },
          { url: "http://test.local/updates/u", locale: "en" },
          null,
          {
            name: "Free Them",
            url: "http://test.local",
          },
        )}
      />,
    );
    expect(scriptJson(html)).toMatchObject({
      "@type": "NewsArticle",
      inLanguage: "en",
      headline: "A <b>title</b>",
      datePublished: "2025-12-13T10:00:00.000Z",
      mainEntityOfPage: { "@id": "http://test.local/updates/u" },
      publisher: { "@type": "Organization", name: "Free Them" },
    });
  });
});

describe("pageMetadata", () => {
  it("builds canonical, Open Graph and Twitter tags from APP_URL, with the site's image by default", () => {
    const metadata = pageMetadata({ locale: "en", path: "/act", title: "What can you do?", description: "x ".repeat(200) });
    expect(metadata.alternates?.canonical).toBe("/act");
    expect(metadata.openGraph).toMatchObject({
      type: "website",
      url: "http://test.local/act",
      siteName: "Free Them",
      locale: "en_GB",
      images: [{ url: expect.stringMatching(/^http:\/\/test\.local\/og\/site\?v=[\w-]{12}$/), width: 1200, height: 630 }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", title: "What can you do?" });
    expect((metadata.description ?? "").length).toBeLessThanOrEqual(200);
  });

  it("names the site's image in the page's own language, its alt text in that language", () => {
    const metadata = pageMetadata({ locale: "be", path: "/act", title: "Што можна зрабіць?", description: "Апісанне" });
    expect(metadata.openGraph).toMatchObject({
      locale: "be_BY",
      images: [
        {
          url: expect.stringMatching(/^http:\/\/test\.local\/og\/site\?lang=be&v=[\w-]{12}$/),
          alt: expect.stringContaining("Палітвязні Беларусі"),
        },
      ],
    });
    expect(metadata.twitter).toMatchObject({
      images: [{ url: expect.stringContaining("?lang=be&v="), alt: expect.stringContaining("Палітвязні") }],
    });
  });
});
