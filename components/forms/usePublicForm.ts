"use client";

import { useEffect, useRef, type FormEvent } from "react";
import {
  answerFieldErrors,
  useEnhancedAction,
  type ActionAnswer as Answer,
  type EnhancedAction,
  type ServerAction,
} from "./useEnhancedAction";
import type { ErrorText } from "./useServerForm";

/**
 * A supporter's form over an action that is already running (one report action shared by every
 * message on a page, say). The server's schema is the only check (docs/decisions/035): without
 * JavaScript the form posts natively and the answer is a page; with it the same action is called
 * in place, its answer is shown beside the fields, and focus moves to the first field it refused.
 * No schema library runs in the browser: the controls carry the limits (maxLength, type, required)
 * the schema's constants set, and `defaults` reads what the answer echoes back, so a page rendered
 * after a refused post still holds what was typed.
 */
export function usePublicFormOver<S extends Answer, Values extends Record<string, string | boolean>>(
  enhanced: EnhancedAction<S>,
  defaults: (state: Awaited<S>) => Values,
  errorText: ErrorText,
  /** Whether the answer is about this form: false for the other forms sharing the action. */
  owns: (state: Awaited<S>) => boolean = () => true,
) {
  const { state, formAction, pending, send } = enhanced;
  const formRef = useRef<HTMLFormElement>(null);
  const values = defaults(state);
  const fieldErrors = owns(state) ? answerFieldErrors(state) : undefined;

  useEffect(() => {
    const first = fieldErrors && Object.keys(fieldErrors)[0];
    const control = first ? formRef.current?.elements.namedItem(first) : null;
    if (control instanceof HTMLElement) control.focus();
  }, [fieldErrors]);

  return {
    state,
    pending,
    /** What each field starts with: for the control's defaultValue (or defaultChecked). */
    values,
    error: (name: keyof Values & string) => errorText(fieldErrors?.[name]?.[0]),
    /** The control's name, typed against the form's fields. */
    field: (name: keyof Values & string) => ({ name }),
    formProps: {
      ref: formRef,
      action: formAction,
      onSubmit: (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        send(event);
      },
      // The server's words, in the page's language, for both kinds of browser (not the browser's own bubbles).
      noValidate: true,
    },
  };
}

/** A supporter's form and its own action: `failure` is the answer shown when the post itself fails (network, oversized body). */
export function usePublicForm<S extends Answer, Values extends Record<string, string | boolean>>(
  action: ServerAction<S>,
  initial: Awaited<S>,
  failure: Awaited<S>,
  defaults: (state: Awaited<S>) => Values,
  errorText: ErrorText,
) {
  return usePublicFormOver(useEnhancedAction(action, initial, failure), defaults, errorText);
}
