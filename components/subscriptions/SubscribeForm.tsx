"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { describedBy, Field, useErrorText } from "@/components/forms/Field";
import { FormMessage, Honeypot } from "@/components/forms/FormParts";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import { subscribeToUpdates } from "@/lib/subscriptions/actions";
import { subscribeSchema, type SubscribeInput, type SubscribeState } from "@/lib/subscriptions/schema";

const INITIAL: SubscribeState = { status: "idle" };
const FAILED: SubscribeState = { status: "error", message: "network" };

/**
 * Email updates with double opt-in. On a profile it offers "everything" or "this person"; elsewhere
 * it subscribes to everything. A plain form post without JavaScript.
 */
export function SubscribeForm({ idPrefix, person }: { idPrefix: string; person?: { slug: string; name: string } }) {
  const t = useTranslations("subscriptions");
  const tf = useTranslations("forms");
  const errorText = useErrorText();
  const { state, formAction, pending, send } = useEnhancedAction(subscribeToUpdates, INITIAL, FAILED);
  const echoed = state.status === "error" ? state.values : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SubscribeInput>({
    resolver: zodResolver(subscribeSchema),
    mode: "onSubmit",
    defaultValues: { email: echoed?.email ?? "", scope: echoed?.scope ?? person?.slug ?? "all", website: "" },
  });

  if (state.status === "sent") {
    return (
      <div role="status" className="space-y-1 rounded border-l-4 border-free bg-white p-4" data-testid="subscribe-sent">
        <p className="font-semibold">{t("sent.heading")}</p>
        <p className="text-sm">{t("sent.text")}</p>
      </div>
    );
  }

  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const emailError = errorText(errors.email?.message ?? serverErrors?.email?.[0]);
  const scopeError = errorText(errors.scope?.message ?? serverErrors?.scope?.[0]);
  const emailId = `${idPrefix}-subscribe-email`;

  return (
    <form
      action={formAction}
      onSubmit={handleSubmit((_values, event) => send(event))}
      noValidate
      className="space-y-3"
      data-testid="subscribe-form"
    >
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <Field id={emailId} label={t("email")} error={emailError}>
        <input
          id={emailId}
          type="email"
          autoComplete="email"
          maxLength={254}
          aria-invalid={Boolean(emailError)}
          aria-describedby={describedBy(emailId, false)}
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("email")}
        />
      </Field>
      {person ? (
        <fieldset className="space-y-1 text-sm">
          <legend className="font-semibold">{t("scopeLabel")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" value={person.slug} {...register("scope")} />
            {t("scopePerson", { name: person.name })}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="all" {...register("scope")} />
            {t("scopeAll")}
          </label>
          {scopeError && <p className="font-semibold text-accent">{scopeError}</p>}
        </fieldset>
      ) : (
        <input type="hidden" value="all" {...register("scope")} />
      )}
      <Honeypot id={`${idPrefix}-subscribe-website`} field={register("website")} />
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? tf("sending") : t("submit")}
      </button>
    </form>
  );
}
