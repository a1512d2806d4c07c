import type { ReactNode } from "react";

/** The form-level message (refused, rate limit, closed petition, network) above the fields. */
export function FormMessage({ text }: { text: ReactNode }) {
  if (!text) return null;
  return (
    <p role="alert" className="rounded border border-accent bg-white p-3 text-sm font-semibold" data-testid="form-message">
      {text}
    </p>
  );
}

const SUBMIT = "rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60";

/** The larger button that ends a staff page's main form (sign-in, the content editor). */
export const STAFF_SUBMIT = "rounded bg-ink px-5 py-2.5 font-semibold text-white disabled:opacity-60";

/** The send button: disabled while the form posts, `pendingLabel` ("Sending…", "Saving…") meanwhile. */
export function SubmitButton({
  pending,
  label,
  pendingLabel = label,
  className = SUBMIT,
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  className?: string;
}) {
  return (
    <button type="submit" disabled={pending} className={className}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/** What a form shows instead of itself once its action is done: "check your inbox". */
export function SentNotice({ heading, text, testId }: { heading: string; text: string; testId: string }) {
  return (
    <div role="status" className="space-y-1 rounded border-l-4 border-free bg-white p-4" data-testid={testId}>
      <p className="font-semibold">{heading}</p>
      <p className="text-sm">{text}</p>
    </div>
  );
}
