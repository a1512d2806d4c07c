import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { PNG } from "pngjs";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { GET as imageRoute } from "../../app/og/[kind]/[slug]/route";
import { db } from "../db";
import { OG_REGIONS, OG_SIZE } from "./card";
import { cardFor, ogImageFor, prisonerCard } from "./cards";
import { drawableText, ogFonts } from "./fonts";
import { renderOgImage } from "./render";

afterAll(() => db.$disconnect());
afterEach(() => vi.unstubAllGlobals());

type Band = { top: number; height: number };
const png = (buffer: ArrayBuffer) => PNG.sync.read(Buffer.from(buffer));
const route = (kind: string, slug: string, query = "") =>
  imageRoute(new Request(`http://test.local/og/${kind}/${slug}${query}`), { params: Promise.resolve({ kind, slug }) });

/** Pixels inside a horizontal band that differ between two images of the same size. */
function differingPixels(a: PNG, b: PNG, band: Band): number {
  let count = 0;
  for (let y = band.top; y < band.top + band.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) count++;
    }
  }
  return count;
}

/** Dark pixels (text) inside a band. */
function inkPixels(image: PNG, band: Band): number {
  let count = 0;
  for (let y = band.top; y < band.top + band.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! + image.data[i + 1]! + image.data[i + 2]! < 3 * 128) count++;
    }
  }
  return count;
}

// Every letter of Belarusian and Russian (both cases), and the Łacinka letters of Belarusian names.
const BELARUSIAN = "абвгґдеёжзійклмнопрстуўфхцчшыьэюя’";
const RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const LACINKA = "ćčłńśšŭźžĆČŁŃŚŠŬŹŽ";

describe("the bundled fonts", () => {
  it("have a glyph for every letter of Belarusian, Russian and Łacinka, in regular and bold", () => {
    for (const weight of [400, 700]) {
      const files = ["latin", "latin-ext", "cyrillic"].map((subset) =>
        fontkit.create(readFileSync(join(process.cwd(), "lib/og/fonts", `noto-sans-${subset}-${weight}-normal.woff`))),
      );
      const letters = [...BELARUSIAN, ...BELARUSIAN.toUpperCase(), ...RUSSIAN, ...RUSSIAN.toUpperCase(), ...LACINKA];
      const missing = letters.filter(
        (char) => !files.some((font) => "hasGlyphForCodePoint" in font && font.hasGlyphForCodePoint(char.codePointAt(0)!)),
      );
      expect(missing, `weight ${weight}`).toEqual([]);
    }
  });

  it("keep only what they can draw, so the renderer never downloads a font or an emoji", () => {
    expect(drawableText("Марыя Калеснікава · Мария Колесникова")).toBe("Марыя Калеснікава · Мария Колесникова");
    expect(drawableText("Aleś Bialacki ✊🏻 free")).toBe("Aleś Bialacki free");
    // Bidi controls and zero-width characters have no glyph either: the renderer would fetch a font for them.
    expect(drawableText("Ma\u202Erfa\u2066 R\u200Dab\u00ADkova\u2069")).toBe("Marfa Rabkova");
  });
});

/** Records every fetch that would leave the machine (the renderer reads its own WebAssembly through data: URLs). */
function watchThirdPartyFetches(): string[] {
  const realFetch = globalThis.fetch;
  const thirdParty: string[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith("data:")) return realFetch(input, init);
    thirdParty.push(url);
    throw new Error("no third-party requests");
  });
  return thirdParty;
}

describe("link-preview images", () => {
  it("draw the Cyrillic name with the bundled font, where a font without Cyrillic draws tofu", async () => {
    const thirdParty = watchThirdPartyFetches();
    const card = (await prisonerCard("maryia-kalesnikava", "en"))!;
    expect(card.cyrillic).toBe("Марыя Калеснікава · Мария Колесникова");

    const served = await route("prisoners", "maryia-kalesnikava");
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    const fromRoute = png(await served.arrayBuffer());
    const bundled = png(await renderOgImage(card));
    // The bundled fonts have every glyph: nothing was fetched from a third party.
    expect(thirdParty).toEqual([]);
    const latinOnly = png(await renderOgImage(card, await ogFonts(["latin", "latin-ext"])));

    expect([fromRoute.width, fromRoute.height]).toEqual([OG_SIZE.width, OG_SIZE.height]);
    // The route draws exactly what the bundled fonts draw, in the Cyrillic line and everywhere else.
    expect(differingPixels(fromRoute, bundled, { top: 0, height: OG_SIZE.height })).toBe(0);
    expect(inkPixels(bundled, OG_REGIONS.cyrillic)).toBeGreaterThan(2000);
    // Without the Cyrillic file the Latin name is the same, the Cyrillic line is not (tofu or nothing).
    expect(differingPixels(bundled, latinOnly, OG_REGIONS.title)).toBe(0);
    expect(differingPixels(bundled, latinOnly, OG_REGIONS.cyrillic)).toBeGreaterThan(2000);
  });

  it.each([
    ["be", "Палітвязні Беларусі", /На волі\. Вызваленне: \d+ [а-яіў]+ \d{4} г\./],
    ["ru", "Политзаключённые Беларуси", /На свободе\. Освобождение: \d+ [а-яё]+ \d{4} г\./],
  ] as const)("in %s draw that language's words and dates with the bundled fonts, at their own URL", async (locale, eyebrow, alt) => {
    const thirdParty = watchThirdPartyFetches();
    const card = (await prisonerCard("maryia-kalesnikava", locale))!;
    expect(card.eyebrow).toBe(eyebrow);
    expect(card.alt).toMatch(alt);
    const image = (await ogImageFor("prisoners", "maryia-kalesnikava", locale))!;
    expect(image.url).toMatch(new RegExp(`^http://test\\.local/og/prisoners/maryia-kalesnikava\\?lang=${locale}&v=[\\w-]{12}$`));
    expect(image.alt).toBe(card.alt);

    const served = await route("prisoners", "maryia-kalesnikava", new URL(image.url).search);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toContain("immutable");
    const fromRoute = png(await served.arrayBuffer());
    const bundled = png(await renderOgImage(card));
    expect(thirdParty).toEqual([]);
    expect(differingPixels(fromRoute, bundled, { top: 0, height: OG_SIZE.height })).toBe(0);
    // The English image differs where the words are, and the Cyrillic words are drawn, not tofu.
    const english = png(await (await route("prisoners", "maryia-kalesnikava")).arrayBuffer());
    expect(differingPixels(fromRoute, english, OG_REGIONS.eyebrow)).toBeGreaterThan(500);
    expect(differingPixels(fromRoute, english, OG_REGIONS.facts)).toBeGreaterThan(500);
    const latinOnly = png(await renderOgImage(card, await ogFonts(["latin", "latin-ext"])));
    expect(inkPixels(bundled, OG_REGIONS.facts)).toBeGreaterThan(1000);
    expect(differingPixels(bundled, latinOnly, OG_REGIONS.eyebrow)).toBeGreaterThan(500);
    expect(differingPixels(bundled, latinOnly, OG_REGIONS.facts)).toBeGreaterThan(500);
  });

  it("show a petition's and an update's translated title in that language, and the English where there is none", async () => {
    const petition = await db.petition.findUniqueOrThrow({ where: { slug: "free-marfa-rabkova" }, select: { id: true, title: true } });
    await db.contentTranslation.deleteMany({ where: { subject: "petition", subjectId: petition.id, field: "title" } });
    expect((await cardFor("petitions", "free-marfa-rabkova", "ru"))!.title).toBe(petition.title);
    await db.contentTranslation.create({
      data: { subject: "petition", subjectId: petition.id, field: "title", locale: "ru", text: "Свободу Марфе Рабковой" },
    });
    const ru = (await cardFor("petitions", "free-marfa-rabkova", "ru"))!;
    expect(ru.title).toBe("Свободу Марфе Рабковой");
    expect(ru.cyrillic).toBe("Марфа Рабкова");
    expect(ru.progress?.label).toMatch(/из [\d\s\u00a0]+ необходимых$/);
    expect((await cardFor("petitions", "free-marfa-rabkova", "be"))!.title).toBe(petition.title);
    const update = (await cardFor("updates", "belarus-releases-prominent-prisoners-2025-12-13", "be"))!;
    expect(update.eyebrow).toBe("Навіны кампаніі, 13 снежня 2025 г.");
  });

  it("get a new URL the moment a prisoner is released, and the route draws the release at once", async () => {
    const before = (await ogImageFor("prisoners", "marfa-rabkova", "en"))!;
    expect(before.url).toMatch(/^http:\/\/test\.local\/og\/prisoners\/marfa-rabkova\?v=[\w-]{12}$/);
    expect(before.alt).toMatch(/Detained.*behind bars/);
    const beforeImage = png(await (await route("prisoners", "marfa-rabkova")).arrayBuffer());

    await db.prisoner.update({ where: { slug: "marfa-rabkova" }, data: { status: "RELEASED", releasedOn: new Date("2026-01-15") } });

    const after = (await ogImageFor("prisoners", "marfa-rabkova", "en"))!;
    expect(after.url).not.toBe(before.url);
    expect(after.alt).toMatch(/Released\. Released on January 15, 2026\. .* behind bars until release/);
    const current = await route("prisoners", "marfa-rabkova", new URL(after.url).search);
    const stale = await route("prisoners", "marfa-rabkova", new URL(before.url).search);
    // The current version may be kept for good; an old one is redrawn from current data and kept briefly.
    expect(current.headers.get("cache-control")).toContain("immutable");
    expect(stale.headers.get("cache-control")).toBe("public, max-age=10, s-maxage=10");
    const afterImage = png(await current.arrayBuffer());
    expect(differingPixels(afterImage, png(await stale.arrayBuffer()), { top: 0, height: OG_SIZE.height })).toBe(0);
    expect(differingPixels(beforeImage, afterImage, OG_REGIONS.facts)).toBeGreaterThan(1000);
  });

  it("show a petition's confirmed count and goal, and change with the count", async () => {
    const before = (await cardFor("petitions", "free-marfa-rabkova", "en"))!;
    const petition = await db.petition.findUniqueOrThrow({ where: { slug: "free-marfa-rabkova" } });
    expect(before.progress).toMatchObject({ count: petition.confirmedCount, goal: petition.goal });
    expect(before.cyrillic).toBe("Марфа Рабкова");
    const url = (await ogImageFor("petitions", "free-marfa-rabkova", "en"))!.url;
    await db.petition.update({ where: { slug: "free-marfa-rabkova" }, data: { confirmedCount: petition.confirmedCount + 1 } });
    expect((await ogImageFor("petitions", "free-marfa-rabkova", "en"))!.url).not.toBe(url);
  });

  it("answer 404 for unknown kinds, slugs and languages", async () => {
    expect((await route("prisoners", "maryia-kalesnikava", "?lang=de")).status).toBe(404);
    expect((await route("prisoners", "maryia-kalesnikava", "?lang=")).status).toBe(404);
    expect((await route("prisoners", "no-such-person")).status).toBe(404);
    expect((await route("updates", "no-such-update")).status).toBe(404);
    expect((await route("constructor", "x")).status).toBe(404);
    expect((await route("signatures", "free-marfa-rabkova")).status).toBe(404);
  });
});
