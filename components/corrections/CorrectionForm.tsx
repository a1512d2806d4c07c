"use client";

import { useTranslations } from "next-intl";
import { EmailField, SelectField, TextArea, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormParts";
import { Honeypot, SubmitWithPrivacy, useErrorText } from "@/components/forms/PublicParts";
import { usePublicForm } from "@/components/forms/usePublicForm";
import { reportInaccuracy } from "@/lib/corrections/actions";
import { CORRECTION_FIELDS } from "@/lib/corrections/fields";
import { PROBLEM_MAX, URL_MAX, VALUE_MAX, type CorrectionFormState } from "@/lib/corrections/schema";

const INITIAL: CorrectionFormState = { status: "idle" };
const FAILED: CorrectionFormState = { status: "error", message: "network" };

// A plain form post without JavaScript (a success goes on, 303, to the page's thank-you state);
// with JavaScript it posts in place. The server's one schema answers either way.
export function CorrectionForm({ prisoner }: { prisoner: string }) {
  const t = useTranslations("corrections");
  const own = useTranslations("corrections.errors");
  const shared = useErrorText();
  const errorText = (key: string | undefined) => (key ? (own.has(key) ? own(key) : shared(key)) : undefined);
  const { state, pending, field, error, values, formProps } = usePublicForm(
    reportInaccuracy,
    INITIAL,
    FAILED,
    (answer) => {
      const echoed = answer.status === "error" ? answer.values : undefined;
      return {
        prisoner,
        field: echoed?.field ?? "",
        problem: echoed?.problem ?? "",
        proposedValue: echoed?.proposedValue ?? "",
        sourceUrl: echoed?.sourceUrl ?? "",
        email: echoed?.email ?? "",
        website: "",
      };
    },
    errorText,
  );

  if (state.status === "sent") {
    return (
      <p role="status" className="rounded border-l-4 border-free bg-white p-4 font-semibold" data-testid="correction-sent">
        {t("sent")}
      </p>
    );
  }

  return (
    <form {...formProps} className="space-y-4" data-testid="correction-form">
      <input type="hidden" value={prisoner} {...field("prisoner")} />
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <SelectField
        id="correction-field"
        label={t("form.field")}
        error={error("field")}
        required
        defaultValue={values.field}
        registration={field("field")}
      >
        <option value="">{t("form.choose")}</option>
        {CORRECTION_FIELDS.map((name) => (
          <option key={name} value={name}>
            {t(`fields.${name}`)}
          </option>
        ))}
      </SelectField>
      <TextArea
        id="correction-problem"
        label={t("form.problem")}
        error={error("problem")}
        rows={4}
        required
        defaultValue={values.problem}
        maxLength={PROBLEM_MAX}
        registration={field("problem")}
      />
      <TextField
        id="correction-value"
        label={t("form.proposedValue")}
        hint={t("form.proposedValueHint")}
        error={error("proposedValue")}
        required
        defaultValue={values.proposedValue}
        maxLength={VALUE_MAX}
        registration={field("proposedValue")}
      />
      <TextField
        id="correction-source"
        type="url"
        label={t("form.sourceUrl")}
        error={error("sourceUrl")}
        defaultValue={values.sourceUrl}
        maxLength={URL_MAX}
        registration={field("sourceUrl")}
      />
      <EmailField
        id="correction-email"
        label={t("form.email")}
        hint={t("form.emailHint")}
        error={error("email")}
        defaultValue={values.email}
        registration={field("email")}
      />
      <Honeypot id="correction-website" field={field("website")} />
      <SubmitWithPrivacy pending={pending} label={t("form.submit")} privacyLabel={t("form.privacy")} />
    </form>
  );
}
