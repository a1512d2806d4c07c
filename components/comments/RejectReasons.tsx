import { REJECT_REASONS } from "@/lib/comments/schema";

/** The choices of a reject reason, after an empty "Reason…" that the action refuses. */
export function RejectReasonOptions() {
  return (
    <>
      <option value="">Reason…</option>
      {REJECT_REASONS.map((reason) => (
        <option key={reason} value={reason}>
          {reason}
        </option>
      ))}
    </>
  );
}
