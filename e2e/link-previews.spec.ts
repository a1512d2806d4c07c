import { expect, test, type APIRequestContext } from "@playwright/test";
import ogs from "open-graph-scraper";
import { PNG } from "pngjs";

// What Telegram, X and WhatsApp see of a shared link: the tags read by a real Open Graph parser,
// and the image they fetch, decoded as a PNG.

const SLUG = "maryia-kalesnikava";

async function openGraph(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const { error, result } = await ogs({ html });
  expect(error).toBe(false);
  return { html, result };
}

/** Colours in the image, and pixels in a band that are not the background. */
function inspect(image: PNG, band: { top: number; height: number }) {
  const colours = new Set<number>();
  let ink = 0;
  const background = image.data.readUInt32BE(((image.height >> 1) * image.width + image.width - 10) * 4);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const pixel = image.data.readUInt32BE((y * image.width + x) * 4);
      colours.add(pixel);
      if (y >= band.top && y < band.top + band.height && x > 40 && pixel !== background) ink++;
    }
  }
  return { colours: colours.size, ink };
}

test.describe("link previews", () => {
  test("a profile names the person, its canonical URL and a 1200×630 image drawn for it @http", async ({ request, baseURL }) => {
    const { html, result } = await openGraph(request, `/prisoners/${SLUG}`);
    const pageUrl = `${baseURL}/prisoners/${SLUG}`;
    expect(result.ogTitle).toContain("Maryia Kalesnikava");
    expect(result.ogType).toBe("profile");
    expect(result.ogUrl).toBe(pageUrl);
    expect(result.ogSiteName).toBe("Free Them");
    expect(result.ogDescription).toContain("Released");
    expect(result.twitterCard).toBe("summary_large_image");
    expect(result.twitterTitle).toContain("Maryia Kalesnikava");
    expect(html).toContain(`<link rel="canonical" href="${pageUrl}"/>`);

    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(new RegExp(`^${baseURL}/og/prisoners/${SLUG}\\?v=[\\w-]{12}$`));
    // open-graph-scraper gives the sizes as the strings of the tags, whatever its types say.
    expect([Number(image?.width), Number(image?.height)]).toEqual([1200, 630]);
    expect(image?.alt).toContain("Марыя Калеснікава");
    expect(result.twitterImage?.[0]?.url).toBe(image!.url);

    const response = await request.get(image!.url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Text, not a blank card: the name's band (y 104–300) is full of glyphs, in many shades.
    const { colours, ink } = inspect(png, { top: 104, height: 196 });
    expect(colours).toBeGreaterThan(50);
    expect(ink).toBeGreaterThan(10_000);
  });

  for (const locale of ["be", "ru"] as const) {
    test(`a /${locale} profile shares its own language's image, described in that language @http`, async ({ request, baseURL }) => {
      const { result } = await openGraph(request, `/${locale}/prisoners/${SLUG}`);
      const image = result.ogImage?.[0];
      expect(image?.url).toMatch(new RegExp(`^${baseURL}/og/prisoners/${SLUG}\\?lang=${locale}&v=[\\w-]{12}$`));
      expect(image?.alt).toContain(locale === "be" ? "Палітвязні Беларусі" : "Политзаключённые Беларуси");
      expect(result.twitterImage?.[0]?.url).toBe(image!.url);
      const response = await request.get(image!.url);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const english = (await openGraph(request, `/prisoners/${SLUG}`)).result.ogImage?.[0];
      expect(Buffer.compare(await response.body(), await (await request.get(english!.url)).body())).not.toBe(0);
    });
  }

  test("a profile carries JSON-LD that parses as a ProfilePage about a Person with its Cyrillic spellings, in the page's language @http", async ({
    request,
    baseURL,
  }) => {
    for (const locale of ["en", "be", "ru"] as const) {
      const path = `${locale === "en" ? "" : `/${locale}`}/prisoners/${SLUG}`;
      const html = await (await request.get(path)).text();
      const script = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
      expect(script, path).not.toBeNull();
      expect(JSON.parse(script![1]!), path).toMatchObject({
        "@type": "ProfilePage",
        url: `${baseURL}${path}`,
        inLanguage: locale,
        mainEntity: {
          "@type": "Person",
          name: "Maryia Kalesnikava",
          alternateName: expect.arrayContaining(["Марыя Калеснікава", "Мария Колесникова"]),
          image: expect.stringMatching(new RegExp(`^${baseURL}/og/prisoners/${SLUG}\\?(lang=${locale}&)?v=`)),
        },
      });
    }
  });

  test("updates are articles, petitions and the other pages have their own image @http", async ({ request, baseURL }) => {
    const update = (await openGraph(request, "/updates/belarus-releases-prominent-prisoners-2025-12-13")).result;
    expect(update.ogType).toBe("article");
    expect(update.ogImage?.[0]?.url).toMatch(new RegExp(`^${baseURL}/og/updates/`));
    const petition = (await openGraph(request, "/petitions/free-nasta-loika")).result;
    expect(petition.ogImage?.[0]?.url).toMatch(new RegExp(`^${baseURL}/og/petitions/free-nasta-loika\\?v=`));
    for (const path of ["/", "/prisoners", "/updates", "/act", "/privacy", "/prisoners/marfa-rabkova/letter"]) {
      const page = (await openGraph(request, path)).result;
      expect(page.ogType, path).toBe("website");
      // Next writes the home page's URL without its trailing slash.
      expect(page.ogUrl, path).toBe(path === "/" ? baseURL : `${baseURL}${path}`);
      expect(page.twitterCard, path).toBe("summary_large_image");
      const site = await request.get(page.ogImage![0]!.url);
      expect(site.headers()["content-type"]).toBe("image/png");
    }
    expect((await request.get("/og/prisoners/no-such-person")).status()).toBe(404);
    expect((await request.get(`/og/prisoners/${SLUG}?lang=de`)).status()).toBe(404);
  });

  test("sitemap.xml lists the profiles and robots.txt keeps crawlers out of staff pages @http", async ({ request, baseURL }) => {
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    expect(xml).toContain(`<loc>${baseURL}/prisoners/${SLUG}</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/petitions/free-nasta-loika</loc>`);
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    const text = await robots.text();
    expect(text).toMatch(/^Disallow: \/admin$/m);
    expect(text).toMatch(/^Disallow: \/my-data$/m);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });
});
