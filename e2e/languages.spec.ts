import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type ruCatalogue from "../lib/i18n/messages/ru.json";
import { linkIn, waitForMail } from "./support/mail";

// The site in Belarusian and Russian: a reader lands in their language, signs, and every step
// after (the mail, the confirmation, the thanks) stays in it. The words come from the catalogues
// the pages use, and a few are written out, so an English page can never pass.

type Catalogue = typeof ruCatalogue;
const catalogue = (file: string) => JSON.parse(readFileSync(`lib/i18n/messages/${file}.json`, "utf8"));
const [be, ru] = [catalogue("be") as Catalogue, catalogue("ru") as Catalogue];
const [mailBe, mailRu] = [catalogue("mail.be"), catalogue("mail.ru")] as { signatureConfirm: { subject: string } }[];
const subjectStart = (subject: string) => subject.slice(0, subject.indexOf("{")).trim();

// The petition other specs only sign with names of their own tag (they count, this does not).
const PETITION = "release-all-political-prisoners";

async function signInLanguage(page: Page, request: APIRequestContext, t: Catalogue, mailSubject: string, country: string) {
  const email = `reader-${test.info().project.name}-${Date.now()}@example.org`;
  const block = page.getByTestId(`sign-block-${PETITION}`);
  const form = ((await block.count()) > 0 ? block : page).getByTestId("sign-form");
  await form.getByLabel(t.petitions.form.name).fill("Алеся Тэст");
  await form.getByLabel(t.petitions.form.email).fill(email);
  await form.getByLabel(t.petitions.form.country).selectOption({ label: country });
  const since = Date.now();
  await form.getByRole("button", { name: t.petitions.form.submit }).click();
  await expect(page.getByTestId("sign-sent")).toContainText(t.petitions.sent.heading);

  const mail = await waitForMail(request, { to: email, subject: subjectStart(mailSubject), after: since });
  const confirmUrl = linkIn(mail.text, `/${t === ru ? "ru" : "be"}/confirm/`);
  return { mail, confirmUrl };
}

test.describe("a reader whose browser asks for Russian", () => {
  test.use({ locale: "ru-RU" });

  test("opens /, lands on Russian, signs, gets the mail in Russian, confirms, and is thanked in Russian", async ({ page, request }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("navigation", { name: ru.site.nav.label })).toContainText("Политзаключённые");

    await page.goto(`/ru/petitions/${PETITION}`);
    const { mail, confirmUrl } = await signInLanguage(page, request, ru, mailRu!.signatureConfirm.subject, "Литва");
    expect(mail.subject).toMatch(/^Подтвердите подпись: /);
    expect(mail.text).toContain("Здравствуйте, Алеся Тэст!");
    expect(new URL(confirmUrl).pathname).toMatch(/^\/ru\/confirm\//);

    await page.goto(confirmUrl);
    await page.getByRole("button", { name: ru.petitions.confirm.button }).click();
    await expect(page).toHaveURL(/\/ru\/confirm\//);
    await expect(page.getByTestId("confirm-done")).toContainText(ru.petitions.confirm.confirmedHeading);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });
});

test("a reader signs in Belarusian from a profile, and the mail and the thanks are Belarusian", async ({ page, request }) => {
  await page.goto("/be/prisoners/nasta-loika");
  await expect(page.locator("html")).toHaveAttribute("lang", "be");
  const { mail, confirmUrl } = await signInLanguage(page, request, be, mailBe!.signatureConfirm.subject, "Літва");
  expect(mail.subject).toMatch(/^Пацвердзіце подпіс/);
  expect(new URL(confirmUrl).pathname).toMatch(/^\/be\/confirm\//);
  await page.goto(confirmUrl);
  await page.getByRole("button", { name: be.petitions.confirm.button }).click();
  await expect(page.getByTestId("confirm-done")).toContainText(be.petitions.confirm.confirmedHeading);
});

test("the language switcher keeps the page and the search, there and back", async ({ page }) => {
  await page.goto("/prisoners?q=Kalesnikava");
  const switcher = page.getByRole("navigation", { name: "Language" });
  await switcher.getByRole("link", { name: "Беларуская" }).click();
  await expect(page).toHaveURL(/\/be\/prisoners\?q=Kalesnikava$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(be.prisoners.heading);
  await page.getByRole("navigation", { name: be.site.languages }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/prisoners\?q=Kalesnikava$/);
  await page.getByRole("navigation", { name: ru.site.languages }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/prisoners\?q=Kalesnikava$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Political prisoners");
});

test("a reader who chose English on the site stays on English at /, whatever the browser asks @http", async ({ request }) => {
  const sameSite = await request.get("/", { headers: { "accept-language": "ru", "sec-fetch-site": "same-origin" }, maxRedirects: 0 });
  expect(sameSite.status()).toBe(200);
  expect(sameSite.headers()["vary"]).toMatch(/Accept-Language/i);
  const fromOutside = await request.get("/", { headers: { "accept-language": "be-BY,be;q=0.9" }, maxRedirects: 0 });
  expect(fromOutside.status()).toBe(307);
  expect(fromOutside.headers()["location"]).toMatch(/\/be$/);
  expect(fromOutside.headers()["vary"]).toMatch(/Accept-Language/i);
  // Any other address shows the language it names: a shared link looks the same to everyone.
  const profile = await request.get("/prisoners/nasta-loika", { headers: { "accept-language": "ru" }, maxRedirects: 0 });
  expect(profile.status()).toBe(200);
  expect(profile.headers()["vary"] ?? "").not.toMatch(/Accept-Language/i);
  for (const answer of [sameSite, fromOutside, profile]) expect(answer.headers()["set-cookie"]).toBeUndefined();
});

test("every page names its versions in the three languages, and the sitemap lists them @http", async ({ request }) => {
  const html = await (await request.get("/be/prisoners/nasta-loika")).text();
  for (const [lang, path] of [
    ["en", "/prisoners/nasta-loika"],
    ["be", "/be/prisoners/nasta-loika"],
    ["ru", "/ru/prisoners/nasta-loika"],
    ["x-default", "/prisoners/nasta-loika"],
  ]) {
    expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="${lang}" href="http://127\\.0\\.0\\.1:3100${path}"`));
  }
  expect(html).toContain('<meta property="og:locale" content="be_BY"');
  expect(html).toMatch(/<meta property="og:locale:alternate" content="ru_RU"/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="ru" href="http://127.0.0.1:3100/ru/prisoners/nasta-loika"');
});
