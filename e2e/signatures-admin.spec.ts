import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { letters, useOwnAddress } from "./support/client";
import { expect, test } from "./support/fixtures";
import { signAndConfirm, submitSignForm } from "./support/signing";

// The CSV export of a petition holds its confirmed signatures and nothing else. Other specs sign
// the same petition, so this one checks its own signers: the confirmed one is in, the pending one
// is not, and a signature invalidated by its email domain leaves the export.

const PETITION = "release-all-political-prisoners";

/** The CSV the export form downloads, as rows of cells (RFC 4180). */
async function downloadCsv(page: Page, withEmails: boolean): Promise<string[][]> {
  await page.goto(`/admin/signatures/${PETITION}`);
  const form = page.getByTestId("export-form");
  if (withEmails) await form.getByLabel(/Include email addresses/).check();
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^${PETITION}-signatures-\\d{4}-\\d{2}-\\d{2}${withEmails ? "-with-emails" : ""}\\.csv$`),
  );
  const text = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  return parseCsv(text);
}

/** RFC 4180 as csv-stringify writes it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === "," || char === "\n")) {
      row.push(cell);
      cell = "";
      if (char === "\n") {
        rows.push(row);
        row = [];
      }
    } else if (quoted || char !== "\r") {
      cell += char;
    }
  }
  return rows;
}

test("the CSV export holds exactly the confirmed signatures, and addresses only when asked", async ({
  page,
  request,
  admin,
  adminPage,
}) => {
  // Signs and confirms three times through the pages and the mail sink: ~20 s on a quiet machine.
  test.setTimeout(75_000);
  await useOwnAddress(page);
  const tag = letters(8);
  const confirmed = { name: `Csv Confirmed ${tag}`, email: `csv-confirmed-${tag}@example.com` };
  const pending = { name: `Csv Pending ${tag}`, email: `csv-pending-${tag}@example.com` };
  await signAndConfirm(page, request, PETITION, confirmed);
  await page.goto(`/petitions/${PETITION}`);
  await submitSignForm(page, pending);

  await adminPage.goto("/admin/signatures");
  await adminPage.getByTestId(`signatures-${PETITION}`).getByRole("link").click();
  await expect(adminPage).toHaveURL(`/admin/signatures/${PETITION}`);

  const [header, ...rows] = await downloadCsv(adminPage, false);
  expect(header).toEqual(["name", "country", "confirmed_at"]);
  const mine = rows.filter((row) => row[0]!.endsWith(tag));
  expect(mine).toHaveLength(1);
  expect(mine[0]![0]).toBe(confirmed.name);
  expect(mine[0]![1]).toBe("LT");
  expect(new Date(mine[0]![2]!).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
  expect(rows.every((row) => row.length === 3)).toBe(true);
  expect(rows.flat().join(" ")).not.toContain("@");

  const [emailHeader, ...emailRows] = await downloadCsv(adminPage, true);
  expect(emailHeader).toEqual(["name", "country", "confirmed_at", "email"]);
  expect(emailRows.filter((row) => row[0]!.endsWith(tag))).toEqual([[confirmed.name, "LT", mine[0]![2], confirmed.email]]);
  expect(emailRows.flat()).not.toContain(pending.email);

  // The choice to export addresses is in the audit log, with who made it.
  await adminPage.goto(`/admin/audit?action=signatures.export&actor=${admin.id}`);
  const latest = adminPage.getByTestId("audit-entry").first();
  await expect(latest.getByTestId("audit-actor")).toHaveText(admin.email);
  await latest.getByText("Before and after").click();
  await expect(latest.getByTestId("audit-after")).toContainText('"includeEmail": true');
  await expect(adminPage.getByTestId("audit-entries")).not.toContainText(confirmed.email);
});

test("signatures invalidated by email domain, after a preview, leave the export", async ({ page, request, adminPage }) => {
  test.setTimeout(75_000);
  await useOwnAddress(page);
  const tag = letters(8);
  const domain = `${tag}.example`;
  const bot = { name: `Csv Bot ${tag}`, email: `bot@${domain}` };
  await signAndConfirm(page, request, PETITION, bot);
  await signAndConfirm(page, request, PETITION, { name: `Csv Person ${tag}`, email: `person-${tag}@example.org` });

  await adminPage.goto(`/admin/signatures/${PETITION}`);
  const form = adminPage.getByTestId("invalidation-form");
  await form.getByRole("radio", { name: /^Email domain/ }).check();
  await form.getByLabel("Email domain", { exact: true }).fill(domain.toUpperCase());
  await form.getByRole("button", { name: "Count matching signatures" }).click();
  const preview = adminPage.getByTestId("invalidation-preview");
  await expect(preview).toContainText(`1 signature match email domain ${domain}: 1 confirmed, 0 pending.`);
  await preview.getByRole("button", { name: "Confirm invalidation of 1 signature" }).click();
  await expect(adminPage.getByTestId("invalidation-done")).toContainText(
    `Invalidated 1 signature (1 confirmed, 0 pending) matching email domain ${domain}`,
  );

  const names = (await downloadCsv(adminPage, false)).map((row) => row[0]);
  expect(names).not.toContain(bot.name);
  expect(names).toContain(`Csv Person ${tag}`);
});
