import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";

// Content in the reader's language: what staff translated shows as written; what they have not
// shows the English, marked lang="en" with a note, never silently. The seed comes translated.

const seedTranslations = (locale: string) => JSON.parse(readFileSync(`prisma/data/translations/${locale}.json`, "utf8"));
const catalogue = (locale: string) => JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, "utf8"));

test("an admin translates a petition into Belarusian; until then the Belarusian page shows the English, marked", async ({
  adminPage: page,
  testPetition,
}) => {
  const note = catalogue("be").site.notTranslated as string;
  await page.goto(`/be/petitions/${testPetition.slug}`);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(testPetition.title);
  await expect(title).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("not-translated").first()).toHaveText(note);

  await page.goto(`/admin/content/petitions/${testPetition.slug}`);
  await page.getByRole("link", { name: "Belarusian", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Belarusian translation: ${testPetition.title}`);
  const form = page.getByTestId("translation-form");
  const belarusianTitle = `Петыцыя тэсту ${test.info().project.name}`;
  await form.getByLabel("Title", { exact: true }).fill(belarusianTitle);
  await form.getByLabel("Summary", { exact: true }).fill("Кароткі змест петыцыі.");
  await form.getByLabel("Text", { exact: true }).fill("Петыцыя, якую напісаў тэст.");
  await form.getByLabel("Addressed to", { exact: true }).fill("Набор тэстаў");
  await form.getByRole("button", { name: "Save translations" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();

  await page.goto(`/be/petitions/${testPetition.slug}`);
  await expect(title).toHaveText(belarusianTitle);
  await expect(title).not.toHaveAttribute("lang", "en");
  await expect(page.getByTestId("not-translated")).toHaveCount(0);
  await expect(page.getByTestId("article-body")).toHaveText("Петыцыя, якую напісаў тэст.");
  // Russian is its own translation: still the English there.
  await page.goto(`/ru/petitions/${testPetition.slug}`);
  await expect(title).toHaveText(testPetition.title);
  await expect(title).toHaveAttribute("lang", "en");
});

test("a text over its limit is refused beside its field, and nothing is saved", async ({ adminPage: page, testPetition }) => {
  await page.goto(`/admin/content/translations/petitions/${testPetition.slug}/ru`);
  const form = page.getByTestId("translation-form");
  const field = form.getByLabel("Title", { exact: true });
  // The browser stops at maxLength; a post from elsewhere can send more, so the server says it too.
  await field.evaluate((input) => input.removeAttribute("maxlength"));
  await field.fill("Я".repeat(201));
  await form.getByRole("button", { name: "Save translations" }).click();
  await expect(form.getByText("Use at most 200 characters.")).toBeVisible();
  await page.goto(`/ru/petitions/${testPetition.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(testPetition.title);
});

test("the seeded pages are whole in Belarusian and Russian, with nothing left in English @http", async ({ request }) => {
  for (const locale of ["be", "ru"]) {
    const seed = seedTranslations(locale);
    const petition = await (await request.get(`/${locale}/petitions/release-all-political-prisoners`)).text();
    expect(petition).toContain(seed.petitions["release-all-political-prisoners"].title);
    const profile = await (await request.get(`/${locale}/prisoners/marfa-rabkova`)).text();
    expect(profile).toContain(seed.prisoners["marfa-rabkova"].biography);
    for (const html of [petition, profile]) expect(html).not.toContain('data-testid="not-translated"');
  }
});
