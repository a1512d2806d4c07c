import { letters } from "./support/client";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// Places of detention: staff record them and keep a person's place and letter facts true; a
// visitor finds the place by region with its count, its postal address, and the people held
// there; a transfer shows in the person's timeline. Places and people are the test's own.

const createdPrisons: string[] = [];
test.afterAll(async () => {
  await withE2eDatabase(async (db) => {
    for (const slug of createdPrisons) await db.run(`DELETE FROM "Prison" WHERE "slug" = ?`, slug);
  });
});

test("a visitor finds a place of detention, its address and the people held there; staff record a transfer", async ({
  adminPage: admin,
  page,
  createdContent,
}, testInfo) => {
  const tag = letters(8);
  const project = testInfo.project.name;
  const colony = { slug: `e2e-colony-${project}-${tag}`, name: `E2E Penal Colony ${tag}` };
  const jail = { slug: `e2e-jail-${project}-${tag}`, name: `E2E Prison ${tag}` };
  createdPrisons.push(colony.slug, jail.slug);
  const address = `ул. Тестовая, ${tag.length}\nг. Гомель\n246000`;

  // Staff record two places.
  for (const place of [colony, jail]) {
    await admin.goto("/admin/content");
    await admin.getByRole("link", { name: "New place of detention" }).click();
    const form = admin.getByTestId("prison-form");
    await form.getByLabel("Name in Latin letters", { exact: true }).fill(place.name);
    await form.getByLabel("Address name (slug)", { exact: true }).fill(place.slug);
    await form.getByLabel("Name in Russian", { exact: true }).fill(`Тестовая колония ${tag}`);
    if (place === colony) {
      await form.getByLabel("Regime", { exact: true }).selectOption({ label: "Strict regime" });
      await form.getByLabel("Postal address for letters", { exact: true }).fill(address);
    } else {
      await form.getByLabel("Type", { exact: true }).selectOption({ label: "Prison" });
    }
    await form.getByLabel("Region", { exact: true }).selectOption({ label: "Homiel Region" });
    await form.getByRole("button", { name: "Create place of detention" }).click();
    await expect(admin).toHaveURL(`/admin/content/prisons/${place.slug}?saved=1`);
  }

  // And a person held in the colony, who cannot receive letters and has not been heard from.
  const slug = createdContent.prisoner(`e2e-held-${project}-${tag}`);
  const name = `Hanna Trymanaja ${tag}`;
  await admin.goto("/admin/content/prisoners/new");
  const person = admin.getByTestId("prisoner-form");
  await person.getByLabel("Name in Latin letters", { exact: true }).fill(name);
  await person.getByLabel("Address name (slug)", { exact: true }).fill(slug);
  await person.getByLabel("Name in Russian", { exact: true }).fill("Анна Тестовая");
  await person.getByLabel("Detained on", { exact: true }).fill("2022-03-01");
  await person.getByLabel("Current place of detention", { exact: true }).selectOption({ label: colony.name });
  await person.getByLabel("Region", { exact: true }).selectOption({ label: "Homiel Region" });
  await person.getByLabel("Can receive letters", { exact: true }).selectOption({ label: "No" });
  await person.getByLabel("Source of “can receive letters”", { exact: true }).fill("Viasna, letters (e2e)");
  await person.getByLabel("No contact since", { exact: true }).fill("2026-01-01");
  await person.getByLabel("Facts checked on", { exact: true }).fill("2026-12-01");
  await person.getByLabel("Source title", { exact: true }).fill("Viasna, political prisoner record (e2e)");
  await person.getByRole("button", { name: "Create profile" }).click();
  await expect(admin).toHaveURL(`/admin/content/prisoners/${slug}?saved=1`);

  // A visitor: the list by region, with how many are held.
  await page.goto("/prisons");
  const colonyItem = page.getByTestId("prison-item").filter({ hasText: colony.name });
  await expect(colonyItem).toContainText("Penal colony, strict regime");
  await expect(colonyItem.getByTestId("prison-held")).toHaveText("1 person held now");
  await expect(page.getByTestId("prison-item").filter({ hasText: jail.name }).getByTestId("prison-held")).toHaveText(
    "no one held here now",
  );
  await expect(page.getByTestId("prison-region").filter({ hasText: colony.name }).getByRole("heading", { level: 2 })).toHaveText(
    "Homiel Region",
  );

  // The place's page: its names, the address as the post needs it, the person held there.
  await colonyItem.getByRole("link", { name: colony.name }).click();
  await expect(page).toHaveURL(`/prisons/${colony.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(colony.name);
  await expect(page.getByTestId("prison-facts")).toContainText(`Тестовая колония ${tag}`);
  const shown = page.getByTestId("prison-address");
  await expect(shown).toHaveAttribute("lang", "ru");
  await expect(shown).toHaveText(address);
  const card = page.getByTestId("prison-people").getByTestId("prisoner-card");
  await expect(card).toContainText("Can receive letters: No");
  await expect(card.getByTestId("card-no-contact")).toContainText(/No contact for \d+ days/);

  // The person's profile: the letter facts with their source, and the link back to the place.
  await card.getByRole("link", { name }).click();
  await expect(page).toHaveURL(`/prisoners/${slug}`);
  await expect(page.getByTestId("can-receive-letters")).toContainText("No");
  await expect(page.getByTestId("can-receive-letters")).toContainText("Viasna, letters (e2e)");
  await expect(page.getByTestId("no-contact")).toContainText(/Since January 1, 2026 \(\d+ days\)/);
  await expect(page.getByTestId("facts-checked")).toHaveText("Facts last checked on December 1, 2026");
  await expect(page.getByTestId("postal-address")).toHaveText(address);
  await expect(page.getByTestId("held-at").getByRole("link", { name: colony.name })).toHaveAttribute("href", `/prisons/${colony.slug}`);

  // The letter page says plainly that a letter may not reach her, and uses the colony's address.
  await page.goto(`/prisoners/${slug}/letter`);
  await expect(page.getByTestId("letter-warning")).toContainText(`${name} cannot receive letters`);
  await expect(page.getByTestId("address-lines")).toContainText("г. Гомель");

  // Staff move her to the prison: the timeline shows the transfer, the counts follow.
  await admin.goto(`/admin/content/prisoners/${slug}`);
  await person.getByLabel("Current place of detention", { exact: true }).selectOption({ label: jail.name });
  await person.getByLabel("Date of the change", { exact: true }).fill("2026-11-20");
  await person.getByLabel("Source title", { exact: true }).fill("Viasna, transfer (e2e)");
  await person.getByRole("button", { name: "Save profile" }).click();
  await expect(admin).toHaveURL(`/admin/content/prisoners/${slug}?saved=1`);

  await page.goto(`/prisoners/${slug}`);
  await expect(page.getByTestId("timeline")).toContainText(`Transferred from ${colony.name} to ${jail.name}.`);
  await expect(page.getByTestId("held-at")).toHaveText(jail.name);
  await page.goto("/prisons");
  await expect(page.getByTestId("prison-item").filter({ hasText: jail.name }).getByTestId("prison-held")).toHaveText("1 person held now");
});
