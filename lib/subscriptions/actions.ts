"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { formObject, postedForm } from "../forms/form-data";
import { wakeOutboxWorker } from "../mail/worker";
import { publicPath } from "../paths";
import { consume, RATE_LIMIT_POLICIES } from "../rate-limit";
import { clientIpHash } from "../request";
import { mailingForm, publicAction, type FormAction } from "../server-action";
import { tokenSchema } from "../supporters/token-shape";
import { confirmSubscription, recordSubscription, unsubscribe } from "./mutations";
import { subscribeSchema, type SubscribeState } from "./schema";

export const subscribeToUpdates: FormAction<SubscribeState> = publicAction({
  name: "subscribeToUpdates",
  schema: subscribeSchema,
  ...mailingForm(echo, RATE_LIMIT_POLICIES.subscribePerIp, RATE_LIMIT_POLICIES.subscribePerEmail),
  handler: async (data, { form }) => {
    const t = await getTranslations("subscriptions");
    const outcome = await recordSubscription(data.email, data.scope, {
      all: t("scopeAll"),
      person: (name) => t("scopePerson", { name }),
    });
    if (outcome === "unknown-scope") return { status: "error", fieldErrors: { scope: ["scopeInvalid"] }, values: echo(form) };
    wakeOutboxWorker();
    return { status: "sent" };
  },
});

/** What the supporter typed, returned so a form re-rendered without JavaScript keeps it. */
function echo(form: FormData): Record<string, string> {
  return { email: String(form.get("email") ?? "").slice(0, 300), scope: String(form.get("scope") ?? "all").slice(0, 120) };
}

async function linkToken(formData: FormData, path: (token: string) => string): Promise<string> {
  const parsed = tokenSchema.safeParse(formObject(formData));
  if (!parsed.success) redirect(path("invalid"));
  if ((await consume(RATE_LIMIT_POLICIES.subscriptionLinkPerIp, await clientIpHash())).limited)
    redirect(`${path(parsed.data.token)}?limited=1`);
  return parsed.data.token;
}

export async function confirmSubscriptionAction(form: unknown): Promise<void> {
  const formData = postedForm(form);
  const path = publicPath.confirmSubscription;
  const token = await linkToken(formData, path);
  await confirmSubscription(token);
  redirect(path(token));
}

export async function unsubscribeAction(form: unknown): Promise<void> {
  const formData = postedForm(form);
  const path = publicPath.unsubscribe;
  const token = await linkToken(formData, path);
  await unsubscribe(token);
  redirect(path(token));
}
