"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field, useErrorText } from "@/components/forms/Field";
import { FormMessage, Honeypot, SubmitWithPrivacy } from "@/components/forms/FormParts";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import { signPetition } from "@/lib/petitions/actions";
import { signSchema, type SignInput, type SignState } from "@/lib/petitions/schema";
import { referralFromSearchParams } from "@/lib/referrals/referral";

const INITIAL: SignState = { status: "idle" };
const FAILED: SignState = { status: "error", message: "network" };

// Works as a plain form post without JavaScript (useActionState renders the answer); with
// JavaScript the same zod schema checks each field before anything is sent.
export function SignForm({ petitionSlug, countries }: { petitionSlug: string; countries: { code: string; name: string }[] }) {
  const t = useTranslations("petitions");
  const errorText = useErrorText();
  const { state, formAction, pending, send } = useEnhancedAction(signPetition, INITIAL, FAILED);
  const echoed = state.status === "error" ? state.values : undefined;
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<SignInput>({
    resolver: zodResolver(signSchema),
    mode: "onSubmit",
    defaultValues: {
      petition: petitionSlug,
      name: String(echoed?.name ?? ""),
      email: String(echoed?.email ?? ""),
      country: String(echoed?.country ?? ""),
      showName: echoed?.showName === true,
      subscribe: echoed?.subscribe === true,
      website: "",
      ref: "",
      ch: "",
    },
  });

  // The shared link this visit came through, passed on in hidden fields. Read after hydration:
  // the page is cached and the same for every visitor. (Without JavaScript the action reads the
  // cookie the proxy set from the same link.)
  useEffect(() => {
    const referral = referralFromSearchParams(new URLSearchParams(window.location.search));
    setValue("ref", referral?.code ?? "");
    setValue("ch", referral?.channel ?? "");
  }, [setValue]);

  if (state.status === "sent") {
    return (
      <div role="status" className="space-y-2 rounded border-l-4 border-free bg-white p-5" data-testid="sign-sent">
        <h3 className="font-serif text-xl font-bold">{t("sent.heading")}</h3>
        <p>{t("sent.text")}</p>
        <p className="text-sm text-muted">{t("sent.spam")}</p>
      </div>
    );
  }

  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const fieldError = (field: keyof SignInput) => errorText(errors[field]?.message ?? serverErrors?.[field]?.[0]);
  const id = (field: string) => `${petitionSlug}-${field}`;

  return (
    <form
      action={formAction}
      onSubmit={handleSubmit((_values, event) => send(event))}
      noValidate
      className="space-y-4"
      data-testid="sign-form"
    >
      <input type="hidden" value={petitionSlug} {...register("petition")} />
      <input type="hidden" {...register("ref")} />
      <input type="hidden" {...register("ch")} />
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <Field id={id("name")} label={t("form.name")} error={fieldError("name")}>
        <input
          id={id("name")}
          autoComplete="name"
          maxLength={100}
          aria-invalid={Boolean(fieldError("name"))}
          aria-describedby={describedBy(id("name"), false)}
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("name")}
        />
      </Field>
      <Field id={id("email")} label={t("form.email")} hint={t("form.emailHint")} error={fieldError("email")}>
        <input
          id={id("email")}
          type="email"
          autoComplete="email"
          maxLength={254}
          aria-invalid={Boolean(fieldError("email"))}
          aria-describedby={describedBy(id("email"), true)}
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("email")}
        />
      </Field>
      <Field id={id("country")} label={t("form.country")} error={fieldError("country")}>
        <select
          id={id("country")}
          autoComplete="country"
          aria-invalid={Boolean(fieldError("country"))}
          aria-describedby={describedBy(id("country"), false)}
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("country")}
        >
          <option value="">{t("form.countryPlaceholder")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" {...register("showName")} />
        <span>{t("form.showName")}</span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" {...register("subscribe")} />
        <span>{t("form.subscribe")}</span>
      </label>
      <Honeypot id={id("website")} field={register("website")} />
      <SubmitWithPrivacy pending={pending} label={t("form.submit")} privacyLabel={t("form.privacy")} />
    </form>
  );
}
