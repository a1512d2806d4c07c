"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/forms/Field";
import { FormMessage, Honeypot, SubmitWithPrivacy } from "@/components/forms/FormParts";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import { postComment } from "@/lib/comments/actions";
import { MESSAGE_MAX, NAME_MAX } from "@/lib/comments/checks";
import { commentSchema, type CommentFormState, type CommentInput } from "@/lib/comments/schema";
import { useCommentErrorText } from "./useCommentErrorText";

const INITIAL: CommentFormState = { status: "idle" };
const FAILED: CommentFormState = { status: "error", message: "network" };

// A plain form post without JavaScript (useActionState renders the answer); with JavaScript the
// same zod schema checks each field first. The server runs the message checks either way.
export function CommentForm({ page }: { page: string }) {
  const t = useTranslations("comments");
  const errorText = useCommentErrorText();
  const { state, formAction, pending, send } = useEnhancedAction(postComment, INITIAL, FAILED);
  const echoed = state.status === "error" ? state.values : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CommentInput>({
    resolver: zodResolver(commentSchema),
    mode: "onSubmit",
    defaultValues: { page, name: echoed?.name ?? "", message: echoed?.message ?? "", website: "" },
  });

  if (state.status === "pending" || state.status === "published") {
    return (
      <p role="status" className="rounded border-l-4 border-free bg-white p-4 font-semibold" data-testid="comment-sent">
        {t(`sent.${state.status}`)}
      </p>
    );
  }

  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const fieldError = (field: keyof CommentInput) => errorText(errors[field]?.message ?? serverErrors?.[field]?.[0]);

  return (
    <form
      action={formAction}
      onSubmit={handleSubmit((_values, event) => send(event))}
      noValidate
      className="space-y-4"
      data-testid="comment-form"
    >
      <input type="hidden" value={page} {...register("page")} />
      <FormMessage text={state.status === "error" ? errorText(state.message) : undefined} />
      <Field id="comment-name" label={t("form.name")} hint={t("form.nameHint")} error={fieldError("name")}>
        <input
          id="comment-name"
          autoComplete="nickname"
          defaultValue={echoed?.name}
          maxLength={NAME_MAX}
          aria-invalid={Boolean(fieldError("name"))}
          aria-describedby={describedBy("comment-name", true)}
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("name")}
        />
      </Field>
      <Field id="comment-message" label={t("form.message")} hint={t("form.messageHint")} error={fieldError("message")}>
        <textarea
          id="comment-message"
          rows={5}
          defaultValue={echoed?.message}
          maxLength={MESSAGE_MAX}
          aria-invalid={Boolean(fieldError("message"))}
          aria-describedby={describedBy("comment-message", true)}
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("message")}
        />
      </Field>
      <Honeypot id="comment-website" field={register("website")} />
      <SubmitWithPrivacy pending={pending} label={t("form.submit")} privacyLabel={t("form.privacy")} />
    </form>
  );
}
