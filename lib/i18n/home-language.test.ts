import { describe, expect, it } from "vitest";
import { homeLanguage } from "./home-language";

const ask = (headers: Record<string, string>) => homeLanguage(new Headers(headers));

describe("the language of the bare home page", () => {
  it("follows a browser that asks for Russian or Belarusian first", () => {
    expect(ask({ "accept-language": "ru-RU,ru;q=0.9,en;q=0.8" })).toBe("ru");
    expect(ask({ "accept-language": "be" })).toBe("be");
    expect(ask({ "accept-language": "be-BY, ru;q=0.8" })).toBe("be");
  });

  it("stays English when English comes first, or nothing we have is asked for", () => {
    expect(ask({ "accept-language": "en-GB,en;q=0.9,ru;q=0.5" })).toBeUndefined();
    expect(ask({ "accept-language": "de-DE,de;q=0.9" })).toBeUndefined();
    expect(ask({})).toBeUndefined();
  });

  it("reads quality values, not the order alone", () => {
    expect(ask({ "accept-language": "en;q=0.3, ru;q=0.9" })).toBe("ru");
  });

  it("never sends back a reader who chose English inside the site", () => {
    expect(ask({ "accept-language": "ru", "sec-fetch-site": "same-origin" })).toBeUndefined();
    expect(ask({ "accept-language": "ru", "sec-fetch-site": "cross-site" })).toBe("ru");
  });

  it("ignores a header that is not a list of languages", () => {
    expect(ask({ "accept-language": "*" })).toBeUndefined();
    expect(ask({ "accept-language": "%%%, ;q=abc, x-@@" })).toBeUndefined();
  });
});
