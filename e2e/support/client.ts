import type { Page } from "@playwright/test";

/**
 * Sign-in, signing and letter counting are limited per client address, and many specs do them:
 * each test can come from an address of its own.
 */
export async function useOwnAddress(page: Page) {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
}

/** Random lower-case letters, for names and slugs of a test's own (search folds digits away). */
export function letters(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}
