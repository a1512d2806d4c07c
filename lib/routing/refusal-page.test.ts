import { describe, expect, it } from "vitest";
import { REFUSAL_KINDS, refusalPageHtml, refusalText } from "./refusal-page";

describe("the refusal page", () => {
  it("is in the language of the path's prefix, its html lang and home link with it", () => {
    const russian = refusalPageHtml("tooLarge", "/ru/petitions/free-nasta-loika");
    expect(russian).toContain('<html lang="ru">');
    expect(russian).toContain("<h1>То, что вы отправили, слишком большое.");
    expect(russian).toContain('<a href="/ru">На главную страницу</a>');

    const belarusian = refusalPageHtml("forbiddenOrigin", "/be/act");
    expect(belarusian).toContain('<html lang="be">');
    expect(belarusian).toContain("Гэтую форму можна адправіць толькі з гэтага сайта.");
    expect(belarusian).toContain('<a href="/be">');
  });

  it("is English without a prefix, or when the first segment is no language of the site", () => {
    for (const path of ["/petitions/free-nasta-loika", "/", "/de/act", "/rub/x", "/prisoners/be"]) {
      const html = refusalPageHtml("tooLarge", path);
      expect(html, path).toContain('<html lang="en">');
      expect(html, path).toContain("What you sent is too large");
      expect(html, path).toContain('<a href="/">');
    }
  });

  it("has a sentence for every refusal in every language, never a key", () => {
    for (const locale of ["en", "be", "ru"] as const) {
      for (const kind of REFUSAL_KINDS) expect(refusalText(kind, locale), `${locale} ${kind}`).toMatch(/^\S.*[.!]$/u);
    }
    expect(refusalText("staleForm", "ru")).not.toBe(refusalText("staleForm", "en"));
  });
});
