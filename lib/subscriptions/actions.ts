"use server";

import { postedForm } from "../forms/form-data";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { wakeOutboxWorker } from "../mail/worker";
import { anyLimited, consume, type Limit } from "../rate-limit";
import { clientIpHash } from "../request";
import { fieldErrorKeys } from "../supporters/form-fields";
import { emailHashOf } from "../supporters/identity";
import { tokenSchema } from "../supporters/token-shape";
import { subscribeSchema, type SubscribeState } from "./schema";
import { confirmSubscription, recordSubscription, unsubscribe } from "./subscribing";

const LIMITS = {
  perIp: { name: "subscribe-ip", points: 30, durationSeconds: 3600 },
  perEmail: { name: "subscribe-email", points: 5, durationSeconds: 3600 },
  linkPerIp: { name: "subscription-link-ip", points: 120, durationSeconds: 3600 },
} satisfies Record<string, Limit>;

export async function subscribeToUpdates(_previous: SubscribeState, form: unknown): Promise<SubscribeState> {
  const formData = postedForm(form);
  const parsed = subscribeSchema.safeParse(Object.fromEntries(formData));
  const values = { email: String(formData.get("email") ?? "").slice(0, 300), scope: String(formData.get("scope") ?? "all").slice(0, 120) };
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorKeys(parsed.error), values };
  if (parsed.data.website) return { status: "sent" };

  if (
    await anyLimited([
      [LIMITS.perIp, await clientIpHash()],
      [LIMITS.perEmail, emailHashOf(parsed.data.email)],
    ] as const)
  )
    return { status: "error", message: "rateLimited", values };

  const t = await getTranslations("subscriptions");
  const outcome = await recordSubscription(parsed.data.email, parsed.data.scope, {
    all: t("scopeAll"),
    person: (name) => t("scopePerson", { name }),
  });
  if (outcome === "unknown-scope") return { status: "error", fieldErrors: { scope: ["scopeInvalid"] }, values };
  wakeOutboxWorker();
  return { status: "sent" };
}

async function linkToken(formData: FormData, path: (token: string) => string): Promise<string> {
  const parsed = tokenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(path("invalid"));
  if ((await consume(LIMITS.linkPerIp, await clientIpHash())).limited) redirect(`${path(parsed.data.token)}?limited=1`);
  return parsed.data.token;
}

export async function confirmSubscriptionAction(form: unknown): Promise<void> {
  const formData = postedForm(form);
  const path = (token: string) => `/subscriptions/confirm/${token}`;
  const token = await linkToken(formData, path);
  await confirmSubscription(token);
  redirect(path(token));
}

export async function unsubscribeAction(form: unknown): Promise<void> {
  const formData = postedForm(form);
  const path = (token: string) => `/unsubscribe/${token}`;
  const token = await linkToken(formData, path);
  await unsubscribe(token);
  redirect(path(token));
}
