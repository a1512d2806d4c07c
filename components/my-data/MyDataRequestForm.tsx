"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { describedBy, Field, useErrorText } from "@/components/forms/Field";
import { FormMessage, Honeypot } from "@/components/forms/FormParts";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import { requestMyDataLink } from "@/lib/my-data/actions";
import { myDataRequestSchema, type MyDataRequestInput, type MyDataRequestState } from "@/lib/my-data/schema";

const INITIAL: MyDataRequestState = { status: "idle" };
const FAILED: MyDataRequestState = { status: "error", message: "network" };

export function MyDataRequestForm() {
  const t = useTranslations("myData");
  const tf = useTranslations("forms");
  const errorText = useErrorText();
  const { state, formAction, pending, send } = useEnhancedAction(requestMyDataLink, INITIAL, FAILED);
  const echoed = state.status === "error" ? state.values : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<MyDataRequestInput>({
    resolver: zodResolver(myDataRequestSchema),
    mode: "onSubmit",
    defaultValues: { email: echoed?.email ?? "" },
  });

  if (state.status === "sent") {
    return (
      <div role="status" className="rounded border-l-4 border-free bg-white p-4" data-testid="my-data-sent">
        <p className="font-semibold">{t("sentHeading")}</p>
        <p className="text-sm">{t("sentText")}</p>
      </div>
    );
  }
  const emailError = errorText(errors.email?.message ?? (state.status === "error" ? state.fieldErrors?.email?.[0] : undefined));
  return (
    <form
      action={formAction}
      onSubmit={handleSubmit((_values, event) => send(event))}
      noValidate
      className="space-y-3"
      data-testid="my-data-form"
    >
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <Field id="my-data-email" label={t("email")} error={emailError}>
        <input
          id="my-data-email"
          type="email"
          autoComplete="email"
          maxLength={254}
          aria-invalid={Boolean(emailError)}
          aria-describedby={describedBy("my-data-email", false)}
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("email")}
        />
      </Field>
      <Honeypot id="my-data-website" field={register("website")} />
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? tf("sending") : t("submit")}
      </button>
    </form>
  );
}
