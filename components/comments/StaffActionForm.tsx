"use client";

import type { ReactNode } from "react";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import type { StaffState } from "@/lib/comments/schema";

type StaffAction = (previous: StaffState, formData: FormData) => Promise<StaffState>;

export const STAFF_IDLE: StaffState = { status: "idle" };
export const STAFF_FAILED: StaffState = { status: "error", message: "The form could not be sent. Check your connection and try again." };

/** The answer of a staff action, announced where the form is. */
export function StaffAnswer({ state, testId }: { state: StaffState; testId?: string }) {
  if (state.status === "idle") return null;
  const text = state.status === "forbidden" ? "Your role does not allow this, or your session ended. Sign in again." : state.message;
  return (
    <p
      role={state.status === "done" ? "status" : "alert"}
      className={`text-sm font-semibold ${state.status === "done" ? "text-free" : "text-accent"}`}
      data-testid={testId ?? "staff-answer"}
    >
      {text}
    </p>
  );
}

// A staff form of buttons and fixed choices: a plain form post without JavaScript, the same
// server action called in place with it. Nothing here needs checking in the browser (react-hook-form
// is used where people type: RejectForm, WordForm); the action validates everything.
export function StaffActionForm({
  action,
  id,
  className,
  testId,
  children,
}: {
  action: StaffAction;
  id?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const { state, formAction, pending, send } = useEnhancedAction(action, STAFF_IDLE, STAFF_FAILED);
  return (
    <form
      id={id}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        send(event);
      }}
      aria-busy={pending}
      className={className}
      data-testid={testId}
    >
      {children}
      <StaffAnswer state={state} />
    </form>
  );
}
