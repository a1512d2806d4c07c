"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Checkbox, EmailField, SelectField, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormParts";
import { Honeypot, SubmitWithPrivacy, useErrorText } from "@/components/forms/PublicParts";
import { useServerForm } from "@/components/forms/useServerForm";
import { signPetition } from "@/lib/petitions/actions";
import { signSchema, type SignState } from "@/lib/petitions/schema";
import { referralFromSearchParams } from "@/lib/referrals/referral";

const INITIAL: SignState = { status: "idle" };
const FAILED: SignState = { status: "error", message: "network" };

// Works as a plain form post without JavaScript (useActionState renders the answer); with
// JavaScript the same zod schema checks each field before anything is sent.
export function SignForm({ petitionSlug, countries }: { petitionSlug: string; countries: { code: string; name: string }[] }) {
  const t = useTranslations("petitions");
  const errorText = useErrorText();
  const { state, pending, register, setValue, error, formProps } = useServerForm(
    signSchema,
    signPetition,
    INITIAL,
    FAILED,
    (answer) => {
      const echoed = answer.status === "error" ? answer.values : undefined;
      return {
        petition: petitionSlug,
        name: String(echoed?.name ?? ""),
        email: String(echoed?.email ?? ""),
        country: String(echoed?.country ?? ""),
        showName: echoed?.showName === true,
        subscribe: echoed?.subscribe === true,
        website: "",
        ref: "",
        ch: "",
      };
    },
    errorText,
  );

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

  const id = (field: string) => `${petitionSlug}-${field}`;

  return (
    <form {...formProps} className="space-y-4" data-testid="sign-form">
      <input type="hidden" value={petitionSlug} {...register("petition")} />
      <input type="hidden" {...register("ref")} />
      <input type="hidden" {...register("ch")} />
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <TextField
        id={id("name")}
        label={t("form.name")}
        error={error("name")}
        autoComplete="name"
        maxLength={100}
        registration={register("name")}
      />
      <EmailField
        id={id("email")}
        label={t("form.email")}
        hint={t("form.emailHint")}
        error={error("email")}
        registration={register("email")}
      />
      <SelectField
        id={id("country")}
        label={t("form.country")}
        error={error("country")}
        autoComplete="country"
        registration={register("country")}
      >
        <option value="">{t("form.countryPlaceholder")}</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <Checkbox label={t("form.showName")} className="mt-1" registration={register("showName")} />
      <Checkbox label={t("form.subscribe")} className="mt-1" registration={register("subscribe")} />
      <Honeypot id={id("website")} field={register("website")} />
      <SubmitWithPrivacy pending={pending} label={t("form.submit")} privacyLabel={t("form.privacy")} />
    </form>
  );
}
