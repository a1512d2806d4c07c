import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml } from "./atom";

const info = { appUrl: "https://free.example", title: "Updates", subtitle: "News", updatesPath: "/updates" };
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
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).not.toContain("<entry>");
  });
});
