import { afterAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "../../app/[locale]/updates/feed.xml/route";
import { db } from "../db";
import { buildAtomFeed, escapeXml } from "./atom";

afterAll(() => db.$disconnect());

const info = { appUrl: "https://free.example", locale: "en", title: "Updates", subtitle: "News", updatesPath: "/updates" } as const;
const entry = {
  slug: "first",
  title: "Release & <relief>",
  summary: "123 “released”",
  body: "## Head\n\n* one",
  publishedAt: new Date("2025-12-13T00:00:00Z"),
  updatedAt: new Date("2025-12-14T10:00:00Z"),
};

describe("buildAtomFeed", () => {
  it("links each entry to its page on the public origin", () => {
    const xml = buildAtomFeed(info, [entry]);
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://free.example/updates/first"/>');
    expect(xml).toContain("<id>https://free.example/updates/first</id>");
    expect(xml).toContain("<published>2025-12-13T00:00:00.000Z</published>");
    expect(xml).toContain("<updated>2025-12-14T10:00:00.000Z</updated>");
  });

  it("escapes text so no entry can break the document", () => {
    const xml = buildAtomFeed(info, [entry]);
    expect(xml).toContain("<title>Release &amp; &lt;relief&gt;</title>");
    expect(xml).not.toContain("<relief>");
    expect(escapeXml("a\u0000b\"'")).toBe("ab&quot;&apos;");
  });

  it("is a valid empty feed when there are no updates", () => {
    const xml = buildAtomFeed(info, []);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).not.toContain("<entry>");
  });

  it("names its language, links the pages of that language, and marks each text still in English", () => {
    const belarusian = { ...info, locale: "be", title: "Навіны кампаніі", updatesPath: "/be/updates" } as const;
    const translated = { ...entry, slug: "translated", title: "Вызваленне", summary: "Коратка", untranslated: [] };
    const english = { ...entry, slug: "english", title: "Release", untranslated: ["title", "summary", "body"] };
    const partly = { ...entry, slug: "partly", title: "Вызваленне", summary: "Коратка", untranslated: ["body"] };
    const xml = buildAtomFeed(belarusian, [translated, english, partly]);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="be">');
    expect(xml).toContain("<title>Навіны кампаніі</title>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://free.example/be/updates/feed.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://free.example/be/updates/translated"/>');
    const [, first, second, third] = xml.split("<entry>");
    expect(first).toContain("<title>Вызваленне</title>");
    expect(first).not.toContain('xml:lang="en"');
    expect(second).toContain('<title xml:lang="en">Release</title>');
    expect(second).toContain('<summary xml:lang="en">');
    expect(second).toContain('<content type="text" xml:lang="en">');
    expect(third).toContain("<summary>Коратка</summary>");
    expect(third).toContain('<content type="text" xml:lang="en">');
  });

  it("never marks English on the English feed, whatever the entry says", () => {
    expect(buildAtomFeed(info, [{ ...entry, untranslated: ["title"] }])).not.toContain('xml:lang="en">Release');
  });
});

describe("the feed route", () => {
  const feed = async (locale: string) =>
    feedRoute(new Request(`http://test.local/${locale}/updates/feed.xml`), { params: Promise.resolve({ locale }) });

  it("serves each language's feed with the stored translations, and the English marked where there is none", async () => {
    const translated = await db.update.findFirstOrThrow({
      orderBy: { publishedAt: "desc" },
      select: { id: true, slug: true, title: true },
    });
    await db.contentTranslation.deleteMany({ where: { subjectId: translated.id, locale: "ru" } });
    const untranslated = await db.update.create({
      data: {
        slug: "feed-test-untranslated",
        title: "Not yet translated",
        summary: "In English only",
        body: "Text",
        publishedAt: new Date("2001-01-01"),
      },
    });
    await db.contentTranslation.createMany({
      data: [
        { subject: "update", subjectId: translated.id, locale: "ru", field: "title", text: "Заголовок по-русски" },
        { subject: "update", subjectId: translated.id, locale: "ru", field: "summary", text: "Кратко по-русски" },
        { subject: "update", subjectId: translated.id, locale: "ru", field: "body", text: "Текст по-русски" },
      ],
    });
    const response = await feed("ru");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('xml:lang="ru"');
    expect(xml).toContain("<title>Новости кампании</title>");
    expect(xml).toContain(`href="http://test.local/ru/updates/${translated.slug}"`);
    expect(xml).toContain("<title>Заголовок по-русски</title>");
    expect(xml).toContain('<content type="text">Текст по-русски</content>');
    expect(xml).toContain(`<title xml:lang="en">${escapeXml(untranslated.title)}</title>`);

    const englishFeed = await (await feed("en")).text();
    expect(englishFeed).toContain(`href="http://test.local/updates/${translated.slug}"`);
    expect(englishFeed).toContain(`<title>${escapeXml(translated.title)}</title>`);
    expect(englishFeed).not.toContain("по-русски");
  });

  it("answers 404 for a language the site does not have", async () => {
    expect((await feed("de")).status).toBe(404);
  });
});
