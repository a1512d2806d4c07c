"use client";

import { useTranslations } from "next-intl";
import { SendButton } from "@/components/forms/PublicParts";
import { usePublicFormOver } from "@/components/forms/usePublicForm";
import { REPORT_REASONS } from "@/lib/comments/report-reasons";
import { useReporting } from "./ReportScope";
import { useCommentErrorText } from "./useCommentErrorText";

// A disclosure with a small form under each message: it opens without JavaScript (<details>), and
// stays open to show the answer after a plain form post.
export function ReportForm({ commentId, authorName }: { commentId: string; authorName: string }) {
  const t = useTranslations("comments.report");
  const errorText = useCommentErrorText();
  const { state, pending, field, error, formProps } = usePublicFormOver(
    useReporting(),
    () => ({ comment: commentId, reason: "" }),
    errorText,
    (answer) => answer.status !== "idle" && answer.comment === commentId,
  );
  const mine = state.status !== "idle" && state.comment === commentId;
  const id = (part: string) => `report-${commentId}-${part}`;
  // The one report action answers for every message: its refusal belongs to this form only if it is about this message.
  const reasonError = error("reason") ?? (mine && state.status === "error" ? errorText(state.message) : undefined);

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
        <form {...formProps} className="mt-2 space-y-2 rounded border border-line p-3" data-testid="report-form">
          <input type="hidden" value={commentId} {...field("comment")} />
          <fieldset className="space-y-1" aria-describedby={id("error")}>
            <legend className="font-semibold">{t("legend")}</legend>
            {REPORT_REASONS.map((reason) => (
              <label key={reason} className="flex items-center gap-2">
                <input type="radio" value={reason} {...field("reason")} />
                {t(`reasons.${reason}`)}
              </label>
            ))}
          </fieldset>
          <p id={id("error")} aria-live="polite" className="font-semibold text-accent">
            {reasonError}
          </p>
          <SendButton
            pending={pending}
            label={t("submit")}
            className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60"
          />
        </form>
      )}
    </details>
  );
}
