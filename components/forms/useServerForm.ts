"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { FormEventHandler } from "react";
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import {
  answerFieldErrors,
  useEnhancedAction,
  type ActionAnswer as Answer,
  type EnhancedAction,
  type ServerAction,
} from "./useEnhancedAction";

/** Turns an error as the schema or the action wrote it into the text shown: message keys on public forms, English on staff forms. */
export type ErrorText = (message: string | undefined) => string | undefined;

const asWritten: ErrorText = (message) => message;

/** Spread on the <form>: a native post without JavaScript, the checked call in place with it. */
export interface ServerFormProps {
  action: (formData: FormData) => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  noValidate: boolean;
}

/**
 * A form over an action that is already running (one report action shared by every message on a
 * page, say): the zod schema checks the fields in the browser first, and each field's error comes
 * from whichever side found it. `defaults` are what the fields start with, read from the action's
 * answer so a form re-rendered after a post keeps what was typed.
 */
export function useSchemaForm<Input extends FieldValues, Data, S extends Answer, Defaults extends DefaultValues<Input>>(
  schema: z.ZodType<Data, Input>,
  enhanced: EnhancedAction<S>,
  defaults: (state: Awaited<S>) => Defaults,
  errorText: ErrorText = asWritten,
) {
  const { state, formAction, pending, send } = enhanced;
  const startingValues = defaults(state);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<Input, unknown, Data>({ resolver: zodResolver(schema), mode: "onSubmit", defaultValues: startingValues });
  const serverErrors = answerFieldErrors(state);
  const error = (field: Path<Input>) => errorText((errors[field] as FieldError | undefined)?.message ?? serverErrors?.[field]?.[0]);
  return {
    state,
    pending,
    /** Posts a form in place, unchecked: for a second form over the same action (a confirmation step). */
    send,
    register,
    setValue,
    error,
    /** What the fields started with on this render: for `defaultValue`s a page without JavaScript needs in its HTML. */
    defaults: startingValues,
    formProps: { action: formAction, onSubmit: handleSubmit((_values, event) => send(event)), noValidate: true } satisfies ServerFormProps,
  };
}

/**
 * The form kit's hook: one server action for browsers with and without JavaScript
 * (useEnhancedAction), checked first in the browser by the same zod schema (react-hook-form).
 * `failure` is the answer shown when the post itself fails (network, oversized body).
 */
export function useServerForm<Input extends FieldValues, Data, S extends Answer, Defaults extends DefaultValues<Input>>(
  schema: z.ZodType<Data, Input>,
  action: ServerAction<S>,
  initial: Awaited<S>,
  failure: Awaited<S>,
  defaults: (state: Awaited<S>) => Defaults,
  errorText: ErrorText = asWritten,
) {
  return useSchemaForm(schema, useEnhancedAction(action, initial, failure), defaults, errorText);
}
