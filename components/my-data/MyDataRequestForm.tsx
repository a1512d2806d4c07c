"use client";

import { useTranslations } from "next-intl";
import { EmailField } from "@/components/forms/Field";
import { FormMessage, SentNotice } from "@/components/forms/FormParts";
import { Honeypot, SendButton, useErrorText } from "@/components/forms/PublicParts";
import { usePublicForm } from "@/components/forms/usePublicForm";
import { requestMyDataLink } from "@/lib/my-data/actions";
import type { MyDataRequestState } from "@/lib/my-data/schema";

const INITIAL: MyDataRequestState = { status: "idle" };
const FAILED: MyDataRequestState = { status: "error", message: "network" };

export function MyDataRequestForm() {
  const t = useTranslations("myData");
  const errorText = useErrorText();
  const { state, pending, field, values, error, formProps } = usePublicForm(
    requestMyDataLink,
    INITIAL,
    FAILED,
    (answer) => ({ email: answer.status === "error" ? (answer.values?.email ?? "") : "", website: "" }),
    errorText,
  );

  if (state.status === "sent") {
    return <SentNotice heading={t("sentHeading")} text={t("sentText")} testId="my-data-sent" />;
  }
  return (
    <form {...formProps} className="space-y-3" data-testid="my-data-form">
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <EmailField id="my-data-email" label={t("email")} error={error("email")} required defaultValue={values.email} registration={field("email")} />
      <Honeypot id="my-data-website" field={field("website")} />
      <SendButton pending={pending} label={t("submit")} />
    </form>
  );
}
