import { expect, test } from "@playwright/test";

const ORIGIN = "http://127.0.0.1:3100";

test.describe("what can you do", () => {
  test("the action hub has five cards", async ({ page }) => {
    await page.goto("/act");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What can you do?");
    const hub = page.getByTestId("action-hub");
    await expect(hub.getByRole("heading", { level: 3 })).toHaveText([
      "Sign a petition",
      "Learn their stories",
      "Write for a birthday",
      "Share a profile",
      "Stay informed",
    ]);
  });

  test("every link in the action hub works @http", async ({ page, request }) => {
    await page.goto("/act");
    const hrefs = await page
      .getByTestId("action-hub")
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["/act#petitions", "/prisoners", "/birthdays", "/prisoners", "/updates/feed.xml", "/updates"]);
    for (const href of new Set(hrefs)) {
      const response = await request.get(href!);
      expect(response.status(), href!).toBe(200);
    }
  });
});

test("the privacy page is served", async ({ page }) => {
  const response = await page.goto("/privacy");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy");
});

for (const path of ["/prisoners/no-such-person", "/no-such-page"]) {
  test(`an unknown address (${path}) is a styled 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    const notFound = page.getByTestId("not-found");
    await expect(notFound).toContainText("We could not find that page");
    await expect(notFound.getByRole("link", { name: "Search the profiles" })).toHaveAttribute("href", "/prisoners");
  });
}

for (const [path, lang, heading, home] of [
  ["/be/nothing", "be", "Мы не змаглі знайсці гэтую старонку", "/be"],
  ["/ru/nothing", "ru", "Мы не нашли эту страницу", "/ru"],
  ["/ru/prisoners/no-such-person", "ru", "Мы не нашли эту страницу", "/ru"],
] as const) {
  test(`an unknown address in a language (${path}) is a 404 in that language`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByTestId("not-found").getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByTestId("not-found").getByRole("link").first()).toHaveAttribute("href", home);
  });
}

test("the health check reports a reachable database @http", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});

for (const path of ["/", "/prisoners/maryia-kalesnikava"]) {
  test(`${path} loads nothing from a third party`, async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(path);
    await page.waitForLoadState("networkidle");

    expect(requested.length).toBeGreaterThan(0);
    const foreign = requested.filter((url) => !url.startsWith("data:") && new URL(url).origin !== ORIGIN);
    expect(foreign).toEqual([]);
  });
}

test("every page links the favicon, the home-screen icon and the web app manifest, each served as itself @http", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const linked = async (rel: string) =>
    page.locator(`head link[rel="${rel}"]`).evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(await linked("icon")).toEqual(["/favicon.ico", "/icon.svg"]);
  expect(await linked("apple-touch-icon")).toEqual(["/apple-touch-icon.png"]);
  expect(await linked("manifest")).toEqual(["/manifest.webmanifest"]);

  // maxRedirects 0: a file is answered at its own address, never sent to a locale first.
  const served = async (path: string, type: RegExp) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    return response;
  };
  await served("/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/);
  await served("/icon.svg", /^image\/svg\+xml/);
  await served("/apple-touch-icon.png", /^image\/png/);

  const manifest = (await (await served("/manifest.webmanifest", /^application\/manifest\+json/)).json()) as {
    name: string;
    start_url: string;
    scope: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: "Free Them", start_url: "/", scope: "/" });
  expect(manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of manifest.icons) await served(icon.src, /^image\/png/);
});
