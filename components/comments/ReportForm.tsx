"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { REPORT_REASONS, reportSchema, type ReportInput } from "@/lib/comments/schema";
import { useReporting } from "./ReportScope";
import { useCommentErrorText } from "./useCommentErrorText";

// A disclosure with a small form under each message: it opens without JavaScript (<details>), and
// stays open to show the answer after a plain form post.
export function ReportForm({ commentId, authorName }: { commentId: string; authorName: string }) {
  const t = useTranslations("comments.report");
  const tf = useTranslations("forms");
  const errorText = useCommentErrorText();
  const { state, formAction, pending, send } = useReporting();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ReportInput>({ resolver: zodResolver(reportSchema), defaultValues: { comment: commentId } });
  const mine = state.status !== "idle" && state.comment === commentId;
  const id = (part: string) => `report-${commentId}-${part}`;
  const error = errorText(errors.reason?.message ?? (mine && state.status === "error" ? state.message : undefined));

  return (
    <details className="text-sm" open={mine ? true : undefined} data-testid="report">
      <summary className="inline-block cursor-pointer text-muted underline" aria-label={t("summaryLabel", { name: authorName })}>
        {t("summary")}
      </summary>
      {mine && state.status === "sent" ? (
        <p role="status" className="mt-2 font-semibold" data-testid="report-sent">
          {t("sent")}
        </p>
      ) : (
        <form
          action={formAction}
          onSubmit={handleSubmit((_values, event) => send(event))}
          noValidate
          className="mt-2 space-y-2 rounded border border-line p-3"
          data-testid="report-form"
        >
          <input type="hidden" value={commentId} {...register("comment")} />
          <fieldset className="space-y-1" aria-describedby={id("error")}>
            <legend className="font-semibold">{t("legend")}</legend>
            {REPORT_REASONS.map((reason) => (
              <label key={reason} className="flex items-center gap-2">
                <input type="radio" value={reason} {...register("reason")} />
                {t(`reasons.${reason}`)}
              </label>
            ))}
          </fieldset>
          <p id={id("error")} aria-live="polite" className="font-semibold text-accent">
            {error}
          </p>
          <button type="submit" disabled={pending} className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60">
            {pending ? tf("sending") : t("submit")}
          </button>
        </form>
      )}
    </details>
  );
}
