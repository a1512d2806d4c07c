"use client";

import { useActionState, useState, useTransition, type BaseSyntheticEvent } from "react";

export type ServerAction<S> = (previous: Awaited<S>, formData: FormData) => Promise<S>;

export type EnhancedAction<S> = ReturnType<typeof useEnhancedAction<S>>;

/** What every form action answers: "idle", "sent", "saved", "error" ... */
export type ActionAnswer = { status: string };

/** The field errors of an action's answer: only an "error" answer carries them. */
export function answerFieldErrors(state: ActionAnswer): Partial<Record<string, string[]>> | undefined {
  if (state.status !== "error" || !("fieldErrors" in state)) return undefined;
  return state.fieldErrors as Partial<Record<string, string[]>> | undefined;
}

/**
 * One server action serving two kinds of browser. Without JavaScript the form posts natively and
 * useActionState renders the answer. With JavaScript the action is called here (after
 * react-hook-form's check on staff forms), so a network failure or an oversized body shows a message instead of an
 * error page.
 */
export function useEnhancedAction<S>(action: ServerAction<S>, initial: Awaited<S>, failure: Awaited<S>) {
  const [actionState, formAction] = useActionState(action, initial);
  const [clientState, setClientState] = useState<Awaited<S> | null>(null);
  const [pending, startTransition] = useTransition();

  function send(event: BaseSyntheticEvent | undefined) {
    const form = event?.target as HTMLFormElement | undefined;
    if (!form) return;
    startTransition(async () => {
      try {
        setClientState(await action(initial, new FormData(form)));
      } catch {
        setClientState(failure);
      }
    });
  }

  return { state: clientState ?? actionState, formAction, pending, send };
}
