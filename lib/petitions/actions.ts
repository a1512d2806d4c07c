"use server";

import { postedForm } from "../forms/form-data";
import { redirect } from "next/navigation";
import { wakeOutboxWorker } from "../mail/worker";
import { anyLimited, consume } from "../rate-limit";
import { parseReferral, REFERRAL_COOKIE, referralFromCookie } from "../referrals/referral";
import { clientIpHash, requestCookie } from "../request";
import { fieldErrorKeys } from "../supporters/form-fields";
import { tokenSchema } from "../supporters/token-shape";
import { signSchema, type SignState } from "./schema";
import { emailHashOf } from "../supporters/identity";
import { confirmSignature, recordSignature } from "./signing";
import { SIGN_LIMITS } from "./limits";

// Public endpoints: anyone can call them with anything. Each parses first, then limits, then
// writes; a bad request gets a message and changes nothing.

export async function signPetition(_previous: SignState, form: unknown): Promise<SignState> {
  const formData = postedForm(form);
  const parsed = signSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorKeys(parsed.error), values: echo(formData) };
  }
  // Honeypot: a bot gets the same answer as a person, and nothing is written.
  if (parsed.data.website) return { status: "sent" };

  const ipHash = await clientIpHash();
  if (
    await anyLimited([
      [SIGN_LIMITS.perIp, ipHash],
      [SIGN_LIMITS.perEmail, emailHashOf(parsed.data.email)],
    ] as const)
  )
    return { status: "error", message: "rateLimited", values: echo(formData) };

  // The hidden fields (filled by the page's script) win; without JavaScript the link's cookie.
  const referral = parseReferral(parsed.data.ref, parsed.data.ch) ?? referralFromCookie(await requestCookie(REFERRAL_COOKIE));
  const outcome = await recordSignature(parsed.data, ipHash, referral);
  if (outcome === "closed") return { status: "error", message: "petitionClosed" };
  if (outcome === "unknown-petition") return { status: "error", message: "unknownPetition" };
  wakeOutboxWorker();
  return { status: "sent" };
}

export async function confirmSignatureAction(form: unknown): Promise<void> {
  const formData = postedForm(form);
  const parsed = tokenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/confirm/invalid");
  if ((await consume(SIGN_LIMITS.confirmPerIp, await clientIpHash())).limited) redirect(`/confirm/${parsed.data.token}?limited=1`);
  await confirmSignature(parsed.data.token);
  // The link's page now shows the outcome (thanks and sharing, or why not).
  redirect(`/confirm/${parsed.data.token}`);
}

/** What the supporter typed, returned so a form re-rendered without JavaScript keeps it. */
function echo(formData: FormData): Record<string, string | boolean> {
  const text = (name: string) => String(formData.get(name) ?? "").slice(0, 300);
  return {
    name: text("name"),
    email: text("email"),
    country: text("country"),
    showName: formData.get("showName") === "on",
    subscribe: formData.get("subscribe") === "on",
  };
}
