import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";

export interface Signer {
  name: string;
  email: string;
  country?: string;
  showName?: boolean;
}

/** Fills and sends the sign form on the page already open, and waits for "check your inbox". */
export async function submitSignForm(page: Page, signer: Signer) {
  const form = page.getByTestId("sign-form");
  await form.getByLabel("Your name").fill(signer.name);
  await form.getByLabel("Your email").fill(signer.email);
  await form.getByLabel("Your country").selectOption({ label: signer.country ?? "Lithuania" });
  if (signer.showName) await form.getByLabel("Show my first name and country among the signers").check();
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByTestId("sign-sent")).toBeVisible();
}

/** Signs on the open page, confirms from the mail, and leaves the thank-you page open; returns its address. */
export async function signAndConfirmHere(page: Page, request: APIRequestContext, signer: Signer): Promise<string> {
  const since = Date.now();
  await submitSignForm(page, signer);
  const confirmUrl = linkIn(
    (await waitForMail(request, { to: signer.email, subject: "Confirm your signature", after: since })).text,
    "/confirm/",
  );
  await page.goto(confirmUrl);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByTestId("confirm-done")).toBeVisible();
  return confirmUrl;
}

/** Opens a petition, signs, confirms from the mail, and leaves the thank-you page open; returns its address. */
export async function signAndConfirm(page: Page, request: APIRequestContext, slug: string, signer: Signer): Promise<string> {
  await page.goto(`/petitions/${slug}`);
  return signAndConfirmHere(page, request, signer);
}
