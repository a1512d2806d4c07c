"use client";

import { useTranslations } from "next-intl";
import { TextArea, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormParts";
import { Honeypot, SubmitWithPrivacy } from "@/components/forms/PublicParts";
import { usePublicForm } from "@/components/forms/usePublicForm";
import { postComment } from "@/lib/comments/actions";
import { MESSAGE_MAX, NAME_MAX } from "@/lib/comments/checks";
import type { CommentFormState } from "@/lib/comments/schema";
import { useCommentErrorText } from "./useCommentErrorText";

const INITIAL: CommentFormState = { status: "idle" };
const FAILED: CommentFormState = { status: "error", message: "network" };

// A plain form post without JavaScript (useActionState renders the answer); with JavaScript it
// posts in place. The server's schema and message checks answer either way.
export function CommentForm({ page }: { page: string }) {
  const t = useTranslations("comments");
  const errorText = useCommentErrorText();
  const { state, pending, field, error, values, formProps } = usePublicForm(
    postComment,
    INITIAL,
    FAILED,
    (answer) => {
      const echoed = answer.status === "error" ? answer.values : undefined;
      return { page, name: echoed?.name ?? "", message: echoed?.message ?? "", website: "" };
    },
    errorText,
  );

  if (state.status === "pending" || state.status === "published") {
    return (
      <p role="status" className="rounded border-l-4 border-free bg-white p-4 font-semibold" data-testid="comment-sent">
        {t(`sent.${state.status}`)}
      </p>
    );
  }

  return (
    <form {...formProps} className="space-y-4" data-testid="comment-form">
      <input type="hidden" value={page} {...field("page")} />
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <TextField
        id="comment-name"
        label={t("form.name")}
        hint={t("form.nameHint")}
        error={error("name")}
        autoComplete="nickname"
        required
        defaultValue={values.name}
        maxLength={NAME_MAX}
        registration={field("name")}
      />
      <TextArea
        id="comment-message"
        label={t("form.message")}
        hint={t("form.messageHint")}
        error={error("message")}
        rows={5}
        required
        defaultValue={values.message}
        maxLength={MESSAGE_MAX}
        registration={field("message")}
      />
      <Honeypot id="comment-website" field={field("website")} />
      <SubmitWithPrivacy pending={pending} label={t("form.submit")} privacyLabel={t("form.privacy")} />
    </form>
  );
}
