"use client";

import { useTranslations } from "next-intl";
import { TextArea, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormParts";
import { Honeypot, SubmitWithPrivacy } from "@/components/forms/PublicParts";
import { useServerForm } from "@/components/forms/useServerForm";
import { postComment } from "@/lib/comments/actions";
import { MESSAGE_MAX, NAME_MAX } from "@/lib/comments/checks";
import { commentSchema, type CommentFormState } from "@/lib/comments/schema";
import { useCommentErrorText } from "./useCommentErrorText";

const INITIAL: CommentFormState = { status: "idle" };
const FAILED: CommentFormState = { status: "error", message: "network" };

// A plain form post without JavaScript (useActionState renders the answer); with JavaScript the
// same zod schema checks each field first. The server runs the message checks either way.
export function CommentForm({ page }: { page: string }) {
  const t = useTranslations("comments");
  const errorText = useCommentErrorText();
  const { state, pending, register, error, defaults, formProps } = useServerForm(
    commentSchema,
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
      <input type="hidden" value={page} {...register("page")} />
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <TextField
        id="comment-name"
        label={t("form.name")}
        hint={t("form.nameHint")}
        error={error("name")}
        autoComplete="nickname"
        defaultValue={defaults.name}
        maxLength={NAME_MAX}
        registration={register("name")}
      />
      <TextArea
        id="comment-message"
        label={t("form.message")}
        hint={t("form.messageHint")}
        error={error("message")}
        rows={5}
        defaultValue={defaults.message}
        maxLength={MESSAGE_MAX}
        registration={register("message")}
      />
      <Honeypot id="comment-website" field={register("website")} />
      <SubmitWithPrivacy pending={pending} label={t("form.submit")} privacyLabel={t("form.privacy")} />
    </form>
  );
}
