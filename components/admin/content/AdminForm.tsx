"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { FormEventHandler, ReactNode } from "react";
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Path, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import type { ContentFormState, FormValues } from "@/lib/content/schema";
import { FormMessage } from "./fields";

const INITIAL: ContentFormState = { status: "idle" };
const FAILED: ContentFormState = { status: "error", message: "The form could not be sent. Check your connection and try again." };

type SaveAction = (previous: ContentFormState, formData: FormData) => Promise<ContentFormState>;

/**
 * What every staff content form shares: one server action for posts with and without JavaScript,
 * the same zod schema checked in the browser first, and each field's error from either side.
 * `startingValues` chooses what the fields show: what the server echoed after an error (so a form
 * re-rendered without JavaScript keeps what was typed), else the record.
 */
export function useAdminForm<Input extends FieldValues, Data, Values extends DefaultValues<Input> & { id: string }>(
  schema: z.ZodType<Data, Input>,
  action: SaveAction,
  initial: Values,
  startingValues: (initial: Values, echoed: FormValues | undefined) => Values,
) {
  const { state, formAction, pending, send } = useEnhancedAction(action, INITIAL, FAILED);
  const start = startingValues(initial, state.status === "error" ? state.values : undefined);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Input, unknown, Data>({ resolver: zodResolver(schema), mode: "onSubmit", defaultValues: start });
  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const error = (field: keyof Input & string) => (errors[field] as FieldError | undefined)?.message ?? serverErrors?.[field]?.[0];
  return {
    state,
    formAction,
    pending,
    start,
    register,
    error,
    submit: handleSubmit((_values, event) => send(event)),
    // Every content schema has an id: empty for a new record.
    idField: register("id" as Path<Input>),
  };
}

/** The form element of a staff content form: the hidden record id and the action's answer first. */
export function AdminForm({
  form,
  className,
  testId,
  children,
}: {
  form: {
    state: ContentFormState;
    formAction: (formData: FormData) => void;
    submit: FormEventHandler<HTMLFormElement>;
    start: { id: string };
    idField: UseFormRegisterReturn;
  };
  className: string;
  testId: string;
  children: ReactNode;
}) {
  const { state } = form;
  return (
    <form action={form.formAction} onSubmit={form.submit} noValidate className={className} data-testid={testId}>
      <input type="hidden" defaultValue={form.start.id} {...form.idField} />
      <FormMessage
        status={state.status}
        message={state.status === "error" ? state.message : undefined}
        hasFieldErrors={Boolean(state.status === "error" && state.fieldErrors)}
      />
      {children}
    </form>
  );
}
