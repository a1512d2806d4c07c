"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Checkbox, EmailField, SelectField, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormParts";
import { Honeypot, SubmitWithPrivacy, useErrorText } from "@/components/forms/PublicParts";
import { usePublicForm } from "@/components/forms/usePublicForm";
import { signPetition } from "@/lib/petitions/actions";
import { NAME_MAX } from "@/lib/petitions/limits";
import type { SignState } from "@/lib/petitions/schema";
import { CHANNEL_PARAM, REFERRAL_PARAM } from "@/lib/referrals/referral";
import { SignSent } from "./SignSent";

const INITIAL: SignState = { status: "idle" };
const FAILED: SignState = { status: "error", message: "network" };

// Works as a plain form post without JavaScript (a refusal re-renders the page with the answer;
// a signature taken goes on to the petition's cached "signed" page); with JavaScript it posts in
// place and shows the server's answer beside the fields.
export function SignForm({ petitionSlug, countries }: { petitionSlug: string; countries: { code: string; name: string }[] }) {
  const t = useTranslations("petitions");
  const errorText = useErrorText();
  const { state, pending, values, field, error, formProps } = usePublicForm(
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
  // the page is cached and the same for every visitor. The server drops anything malformed.
  // (Without JavaScript the action reads the cookie the proxy set from the same link.)
  const referralCode = useRef<HTMLInputElement>(null);
  const referralChannel = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    if (referralCode.current) referralCode.current.value = query.get(REFERRAL_PARAM) ?? "";
    if (referralChannel.current) referralChannel.current.value = query.get(CHANNEL_PARAM) ?? "";
  }, []);

  if (state.status === "sent") return <SignSent />;

  const id = (field: string) => `${petitionSlug}-${field}`;

  return (
    <form {...formProps} className="space-y-4" data-testid="sign-form">
      <input type="hidden" value={petitionSlug} {...field("petition")} />
      <input type="hidden" ref={referralCode} defaultValue="" {...field("ref")} />
      <input type="hidden" ref={referralChannel} defaultValue="" {...field("ch")} />
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <TextField
        id={id("name")}
        label={t("form.name")}
        error={error("name")}
        autoComplete="name"
        maxLength={NAME_MAX}
        required
        defaultValue={String(values.name)}
        registration={field("name")}
      />
      <EmailField
        id={id("email")}
        label={t("form.email")}
        hint={t("form.emailHint")}
        error={error("email")}
        required
        defaultValue={String(values.email)}
        registration={field("email")}
      />
      <SelectField
        id={id("country")}
        label={t("form.country")}
        error={error("country")}
        autoComplete="country"
        required
        defaultValue={String(values.country)}
        registration={field("country")}
      >
        <option value="">{t("form.countryPlaceholder")}</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <Checkbox label={t("form.showName")} className="mt-1" defaultChecked={values.showName === true} registration={field("showName")} />
      <Checkbox label={t("form.subscribe")} className="mt-1" defaultChecked={values.subscribe === true} registration={field("subscribe")} />
      <Honeypot id={id("website")} field={field("website")} />
      <SubmitWithPrivacy pending={pending} label={t("form.submit")} privacyLabel={t("form.privacy")} />
    </form>
  );
}
