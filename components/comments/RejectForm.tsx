"use client";

import { SubmitButton } from "@/components/forms/FormParts";
import { useServerForm } from "@/components/forms/useServerForm";
import { rejectComment } from "@/lib/comments/actions";
import { rejectSchema } from "@/lib/comments/schema";
import { RejectReasonOptions } from "./RejectReasons";
import { STAFF_FAILED, STAFF_IDLE, StaffAnswer } from "./StaffActionForm";

/** Reject one message with a reason from the fixed list. */
export function RejectForm({ commentId }: { commentId: string }) {
  const { state, pending, register, error, formProps } = useServerForm(rejectSchema, rejectComment, STAFF_IDLE, STAFF_FAILED, () => ({
    comment: commentId,
  }));
  const reasonError = error("reason");
  const selectId = `reject-reason-${commentId}`;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2" data-testid="reject-form">
      <input type="hidden" value={commentId} {...register("comment")} />
      <label htmlFor={selectId} className="sr-only">
        Reason for rejecting
      </label>
      <select
        id={selectId}
        aria-invalid={Boolean(reasonError)}
        className="rounded border border-muted bg-white px-2 py-1.5 text-sm"
        {...register("reason")}
      >
        <RejectReasonOptions />
      </select>
      <SubmitButton
        pending={pending}
        label="Reject"
        className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      />
      {reasonError && (
        <span role="alert" className="text-sm font-semibold text-accent">
          {reasonError}
        </span>
      )}
      <StaffAnswer state={state} />
    </form>
  );
}
