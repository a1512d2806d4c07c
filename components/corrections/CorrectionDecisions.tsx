"use client";

import { StaffAnswer, STAFF_FAILED, STAFF_IDLE } from "@/components/comments/StaffActionForm";
import { SubmitButton } from "@/components/forms/FormParts";
import { useServerForm } from "@/components/forms/useServerForm";
import { rejectCorrectionReport, resolveCorrectionReport } from "@/lib/corrections/actions";
import { rejectSchema, resolveSchema } from "@/lib/corrections/schema";

const INPUT = "w-full rounded border border-muted bg-white px-2 py-1.5 text-sm";
const BUTTON = "rounded px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60";

/** Resolve one report with its source; `canApply`: the field is one the queue can set on the profile. */
export function ResolveForm({ reportId, proposedValue, canApply }: { reportId: string; proposedValue: string; canApply: boolean }) {
  const { state, pending, register, error, formProps } = useServerForm(
    resolveSchema,
    resolveCorrectionReport,
    STAFF_IDLE,
    STAFF_FAILED,
    () => ({
      report: reportId,
      source: "",
      note: "",
      apply: canApply,
      value: proposedValue,
    }),
  );
  return (
    <form {...formProps} className="space-y-2" data-testid="resolve-form">
      <input type="hidden" value={reportId} {...register("report")} />
      <label className="block text-sm">
        Source that confirms it (URL or title)
        <input className={INPUT} {...register("source")} aria-invalid={Boolean(error("source"))} />
      </label>
      {error("source") && (
        <span role="alert" className="text-sm font-semibold text-accent">
          {error("source")}
        </span>
      )}
      <label className="block text-sm">
        Note (optional)
        <input className={INPUT} {...register("note")} />
      </label>
      {canApply && (
        <>
          <label className="block text-sm">
            Value to set on the profile
            <input className={INPUT} defaultValue={proposedValue} {...register("value")} />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" defaultChecked {...register("apply")} /> Apply this value to the profile
          </label>
        </>
      )}
      <SubmitButton pending={pending} label="Resolve" className={`${BUTTON} bg-free`} />
      <StaffAnswer state={state} />
    </form>
  );
}

export function RejectCorrectionForm({ reportId }: { reportId: string }) {
  const { state, pending, register, error, formProps } = useServerForm(
    rejectSchema,
    rejectCorrectionReport,
    STAFF_IDLE,
    STAFF_FAILED,
    () => ({
      report: reportId,
      reason: "",
    }),
  );
  return (
    <form {...formProps} className="space-y-2" data-testid="reject-correction-form">
      <input type="hidden" value={reportId} {...register("report")} />
      <label className="block text-sm">
        Reason for rejecting
        <input className={INPUT} {...register("reason")} aria-invalid={Boolean(error("reason"))} />
      </label>
      {error("reason") && (
        <span role="alert" className="text-sm font-semibold text-accent">
          {error("reason")}
        </span>
      )}
      <SubmitButton pending={pending} label="Reject" className={`${BUTTON} bg-accent`} />
      <StaffAnswer state={state} />
    </form>
  );
}
