"use client";

import { useTranslations } from "next-intl";
import { EmailField } from "@/components/forms/Field";
import { FormMessage, SentNotice } from "@/components/forms/FormParts";
import { Honeypot, SendButton, useErrorText } from "@/components/forms/PublicParts";
import { usePublicForm } from "@/components/forms/usePublicForm";
import { subscribeToUpdates } from "@/lib/subscriptions/actions";
import type { SubscribeState } from "@/lib/subscriptions/schema";

const INITIAL: SubscribeState = { status: "idle" };
const FAILED: SubscribeState = { status: "error", message: "network" };

/**
 * Email updates with double opt-in. On a profile it offers "everything" or "this person"; elsewhere
 * it subscribes to everything. A plain form post without JavaScript.
 */
export function SubscribeForm({ idPrefix, person }: { idPrefix: string; person?: { slug: string; name: string } }) {
  const t = useTranslations("subscriptions");
  const errorText = useErrorText();
  const { state, pending, field, values, error, formProps } = usePublicForm(
    subscribeToUpdates,
    INITIAL,
    FAILED,
    (answer) => {
      const echoed = answer.status === "error" ? answer.values : undefined;
      return { email: echoed?.email ?? "", scope: echoed?.scope ?? person?.slug ?? "all", website: "" };
    },
    errorText,
  );

  if (state.status === "sent") {
    return <SentNotice heading={t("sent.heading")} text={t("sent.text")} testId="subscribe-sent" />;
  }

  const scopeError = error("scope");

  return (
    <form {...formProps} className="space-y-3" data-testid="subscribe-form">
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <EmailField id={`${idPrefix}-subscribe-email`} label={t("email")} error={error("email")} required defaultValue={values.email} registration={field("email")} />
      {person ? (
        <fieldset className="space-y-1 text-sm">
          <legend className="font-semibold">{t("scopeLabel")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" value={person.slug} defaultChecked={values.scope === person.slug} {...field("scope")} />
            {t("scopePerson", { name: person.name })}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="all" defaultChecked={values.scope === "all"} {...field("scope")} />
            {t("scopeAll")}
          </label>
          {scopeError && <p className="font-semibold text-accent">{scopeError}</p>}
        </fieldset>
      ) : (
        <input type="hidden" value="all" {...field("scope")} />
      )}
      <Honeypot id={`${idPrefix}-subscribe-website`} field={field("website")} />
      <SendButton pending={pending} label={t("submit")} />
    </form>
  );
}
