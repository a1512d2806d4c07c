import { letters } from "./support/client";
import { expect, test } from "./support/fixtures";
import { pdfText, squeezed } from "./support/pdf";

// Letters to people still held: staff give a profile its prison's address, supporters print the
// letter page (only the address block and the letter reach the paper) and say they sent one.
// The person is created by the test: seed people have no address, and we never invent one.

const ADDRESS = ["ул. Тестовая, 1", "000000, г. Тестовск"];

test("a held person's letter page prints the address block and the letter, and a sent letter is counted", async ({
  adminPage: page,
  createdContent,
}, testInfo) => {
  const slug = createdContent.prisoner(`e2e-letter-${testInfo.project.name}-${letters(8)}`);
  const name = `Alena ${letters(6)}`;

  // An admin creates a detained person, then gives them the prison's postal address.
  await page.goto("/admin/content/prisoners/new");
  const form = page.getByTestId("prisoner-form");
  await form.getByLabel("Name in Latin letters").fill(name);
  await form.getByLabel("Address name (slug)").fill(slug);
  await form.getByLabel("Name in Belarusian").fill("Алена Тэставая");
  await form.getByLabel("Name in Russian").fill("Алёна Тестовая");
  await form.getByLabel("Status").selectOption({ label: "Detained" });
  await form.getByLabel("Detained on").fill("2023-05-01");
  await form.getByLabel("Source title").fill("Viasna, political prisoner record (e2e)");
  await form.getByRole("button", { name: "Create profile" }).click();
  await expect(page).toHaveURL(`/admin/content/prisoners/${slug}?saved=1`);
  await page.goto(`/admin/content/prisoners/${slug}`);
  await form.getByLabel("Postal address for letters").fill(ADDRESS.join("\n"));
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(page).toHaveURL(`/admin/content/prisoners/${slug}?saved=1`);

  // The profile offers a letter: the gist, the address, the count.
  await page.goto(`/prisoners/${slug}`);
  const section = page.getByTestId("letter-section");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText(`Write a letter to ${name}`);
  await expect(section.getByTestId("address-block")).toContainText("Кому: Тестовая Алёна");
  await expect(section.getByTestId("address-block")).toContainText(ADDRESS[0]!);
  await expect(section.getByTestId("letter-count")).toHaveText("No letters counted through this page yet");
  await section.getByRole("link", { name: "How to write, the address, and a letter to print" }).click();
  await expect(page).toHaveURL(`/prisoners/${slug}/letter`);

  // The letter page: guidance on screen, the address block in Cyrillic, a Russian letter by default.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Write a letter to ${name}`);
  await expect(page.getByTestId("letter-guidance")).toContainText("Write in Belarusian or Russian");
  await expect(page.getByTestId("address-block")).toHaveAttribute("lang", "ru");
  await expect(page.getByTestId("letter-template")).toContainText("Здравствуйте, Алёна!");

  // Printed, it holds the address block and the letter, and nothing of the site.
  const printed = squeezed(await pdfText(await page.pdf({ format: "A4" })));
  for (const expected of ["Кому: Тестовая Алёна", "Куда:", ...ADDRESS, "Здравствуйте, Алёна!"])
    expect(printed).toContain(squeezed(expected));
  for (const absent of [
    "Free Them",
    "What can you do?",
    "Prisoners",
    "Every fact on this site names its source",
    "I sent a letter",
    "Before you write",
  ]) {
    expect(printed).not.toContain(squeezed(absent));
  }

  // The Belarusian letter is one link away, and prints instead of the Russian one.
  // The letter's own language choice, not the site's switcher (which also offers «Беларуская»).
  await page.getByRole("navigation", { name: "Language of the letter" }).getByRole("link", { name: "Беларуская" }).click();
  await expect(page).toHaveURL(`/prisoners/${slug}/letter?template=be#letter`);
  await expect(page.getByTestId("letter-template")).toContainText("Добры дзень, Алена!");
  const printedBe = squeezed(await pdfText(await page.pdf({ format: "A4" })));
  expect(printedBe).toContain(squeezed("Добры дзень, Алена!"));
  expect(printedBe).not.toContain(squeezed("Здравствуйте"));
  expect(printedBe).toContain(squeezed(ADDRESS[0]!));

  // "I sent a letter": counted once, with thanks.
  const counter = page.getByTestId("letter-counter");
  await expect(counter.getByTestId("letter-count")).toHaveText("No letters counted through this page yet");
  await counter.getByRole("button", { name: "I sent a letter" }).click();
  await expect(page.getByTestId("letter-thanks")).toHaveText("Thank you for writing. Your letter is counted.");
  await expect(page.getByTestId("letter-count")).toHaveText("1 letter sent through this page");
  await page.goto(`/prisoners/${slug}/letter`);
  await expect(page.getByTestId("letter-count")).toHaveText("1 letter sent through this page");
});

test("a held person without a known address: the letter page says so and leaves lines to fill in", async ({ page }) => {
  await page.goto("/prisoners/marfa-rabkova/letter");
  await expect(page.getByTestId("address-block")).toContainText("Кому: Рабкова Марфа, 1995 г. р.");
  await expect(page.getByTestId("address-unknown")).toContainText("We do not know the postal address of Marfa Rabkova's prison yet");
  const printed = squeezed(await pdfText(await page.pdf({ format: "A4" })));
  expect(printed).toContain(squeezed("Кому: Рабкова Марфа, 1995 г. р."));
  expect(printed).not.toContain(squeezed("We do not know"));
});

test("a released person has no letter section, and their letter page is the 404 page", async ({ page }) => {
  await page.goto("/prisoners/maryia-kalesnikava");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maryia Kalesnikava");
  await expect(page.getByTestId("letter-section")).toHaveCount(0);

  for (const path of ["/prisoners/maryia-kalesnikava/letter", "/prisoners/no-such-person/letter"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found")).toContainText("We could not find that page");
  }
});
