"use server";

import { getTranslations } from "next-intl/server";
import { wakeOutboxWorker } from "../mail/worker";
import { publicPath } from "../paths";
import { RATE_LIMIT_POLICIES } from "../rate-limit";
import { linkAction, mailingForm, publicAction, type FormAction } from "../server-action";
import { confirmSubscription, recordSubscription, unsubscribe } from "./mutations";
import { subscribeSchema, type SubscribeState } from "./schema";

export const subscribeToUpdates: FormAction<SubscribeState> = publicAction({
  name: "subscribeToUpdates",
  schema: subscribeSchema,
  ...mailingForm(echo, RATE_LIMIT_POLICIES.subscribePerIp, RATE_LIMIT_POLICIES.subscribePerEmail),
  handler: async (data, { form, locale }) => {
    const t = await getTranslations({ locale, namespace: "subscriptions" });
    const scopeLabels = { all: t("scopeAll"), person: (name: string) => t("scopePerson", { name }) };
    const outcome = await recordSubscription(data.email, data.scope, scopeLabels, locale);
    if (outcome === "unknown-scope") return { status: "error", fieldErrors: { scope: ["scopeInvalid"] }, values: echo(form) };
    wakeOutboxWorker();
    return { status: "sent" };
  },
});

/** What the supporter typed, returned so a form re-rendered without JavaScript keeps it. */
function echo(form: FormData): Record<string, string> {
  return { email: String(form.get("email") ?? "").slice(0, 300), scope: String(form.get("scope") ?? "all").slice(0, 120) };
}

export const confirmSubscriptionAction = linkAction({
  name: "confirmSubscription",
  page: publicPath.confirmSubscription,
  limit: RATE_LIMIT_POLICIES.subscriptionLinkPerIp,
  handler: async (token) => void (await confirmSubscription(token)),
});

export const unsubscribeAction = linkAction({
  name: "unsubscribe",
  page: publicPath.unsubscribe,
  limit: RATE_LIMIT_POLICIES.subscriptionLinkPerIp,
  handler: async (token) => void (await unsubscribe(token)),
});
