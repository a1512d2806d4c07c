"use client";

import type { ReactNode } from "react";
import type { DefaultValues, FieldValues, Path, UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { FormMessage, STAFF_SUBMIT, SubmitButton } from "@/components/forms/FormParts";
import { useServerForm, type ServerFormProps } from "@/components/forms/useServerForm";
import { echoedValues, type EditorFormState } from "@/lib/forms/editor";

const INITIAL: EditorFormState = { status: "idle" };
const FAILED: EditorFormState = { status: "error", message: "The form could not be sent. Check your connection and try again." };

type SaveAction = (previous: EditorFormState, formData: FormData) => Promise<EditorFormState>;

/**
 * The form kit set up for a staff content form (English messages, as the schemas write them).
 * The fields show what the server echoed after an error (so a form re-rendered without
 * JavaScript keeps what was typed), else the record. `field(name)` is what a text control needs:
 * its id (`idPrefix-name`), its error, its starting value and its registration.
 */
export function useEditorForm<Input extends FieldValues, Data, Values extends DefaultValues<Input> & { id: string }>(
  schema: z.ZodType<Data, Input>,
  action: SaveAction,
  initial: Values,
  idPrefix: string,
  rules?: Parameters<typeof echoedValues<Values>>[2],
) {
  const form = useServerForm(schema, action, INITIAL, FAILED, (state) =>
    echoedValues(initial, state.status === "error" ? state.values : undefined, rules),
  );
  const field = (name: Path<Input> & keyof Values) => ({
    id: `${idPrefix}-${name}`,
    error: form.error(name),
    defaultValue: String(form.defaults[name] ?? ""),
    registration: form.register(name),
  });
  /** What a group of checkboxes posted under one name needs: its error, its ticks, its registration. */
  const checkboxGroup = (name: Path<Input> & keyof Values) => ({
    error: form.error(name),
    selected: (form.defaults[name] ?? []) as readonly string[],
    registration: form.register(name),
  });
  // Every content schema has an id: empty for a new record.
  return { ...form, field, checkboxGroup, idField: form.register("id" as Path<Input>) };
}

/** What the action answered, above the form: refused, not saved, or what to correct. */
export function editorMessage(state: EditorFormState): string | undefined {
  if (state.status === "forbidden") return "Your role does not allow this change. Nothing was changed.";
  if (state.status !== "error") return undefined;
  return state.message ?? (state.fieldErrors ? "Nothing was saved: please correct the fields marked below." : undefined);
}

/** The form element of a staff content form: the hidden record id and the action's answer first. */
export function AdminForm({
  form,
  className,
  testId,
  children,
}: {
  form: { formProps: ServerFormProps; state: EditorFormState; defaults: { id: string }; idField: UseFormRegisterReturn };
  className: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <form {...form.formProps} className={className} data-testid={testId}>
      <input type="hidden" defaultValue={form.defaults.id} {...form.idField} />
      <FormMessage text={editorMessage(form.state)} />
      {children}
    </form>
  );
}

export function SaveButton({ pending, label }: { pending: boolean; label: string }) {
  return <SubmitButton pending={pending} label={label} pendingLabel="Saving…" className={STAFF_SUBMIT} />;
}
