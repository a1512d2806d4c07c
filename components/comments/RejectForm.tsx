"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import { rejectComment } from "@/lib/comments/actions";
import { REJECT_REASONS, rejectSchema, type RejectInput, type StaffState } from "@/lib/comments/schema";
import { StaffAnswer } from "./StaffActionForm";

const INITIAL: StaffState = { status: "idle" };
const FAILED: StaffState = { status: "error", message: "The form could not be sent. Check your connection and try again." };

/** Reject one message with a reason from the fixed list. */
export function RejectForm({ commentId }: { commentId: string }) {
  const { state, formAction, pending, send } = useEnhancedAction(rejectComment, INITIAL, FAILED);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<RejectInput>({ resolver: zodResolver(rejectSchema), defaultValues: { comment: commentId } });
  const selectId = `reject-reason-${commentId}`;
  return (
    <form
      action={formAction}
      onSubmit={handleSubmit((_values, event) => send(event))}
      noValidate
      className="flex flex-wrap items-center gap-2"
      data-testid="reject-form"
    >
      <input type="hidden" value={commentId} {...register("comment")} />
      <label htmlFor={selectId} className="sr-only">
        Reason for rejecting
      </label>
      <select
        id={selectId}
        aria-invalid={Boolean(errors.reason)}
        className="rounded border border-muted bg-white px-2 py-1.5 text-sm"
        {...register("reason")}
      >
        <option value="">Reason…</option>
        {REJECT_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {reason}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      >
        Reject
      </button>
      {errors.reason && (
        <span role="alert" className="text-sm font-semibold text-accent">
          {errors.reason.message}
        </span>
      )}
      <StaffAnswer state={state} />
    </form>
  );
}
