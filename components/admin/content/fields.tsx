import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, Field } from "@/components/forms/Field";

// Labelled controls for the staff forms: the error beside the control, tied to it for screen readers.
// Each control gets its starting value as a default too: react-hook-form sets values in the browser,
// and a page rendered for a browser without JavaScript needs them in its HTML.

const CONTROL = "rounded border border-muted bg-white px-3 py-2";

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
}

export function TextField({ id, label, hint, error, registration, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, Boolean(hint))}
        className={CONTROL}
        {...input}
        {...registration}
      />
    </Field>
  );
}

export function TextArea({ id, label, hint, error, registration, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, Boolean(hint))}
        className={`${CONTROL} font-mono text-sm`}
        {...area}
        {...registration}
      />
    </Field>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  registration,
  defaultValue,
  children,
}: Common & { defaultValue: string; children: ReactNode }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, Boolean(hint))}
        className={CONTROL}
        defaultValue={defaultValue}
        {...registration}
      >
        {children}
      </select>
    </Field>
  );
}

/** A group of checkboxes, one per person, all posted under one name. */
export function PeopleField({
  idPrefix,
  legend,
  error,
  people,
  selected,
  registration,
}: {
  idPrefix: string;
  legend: string;
  error?: string;
  people: { slug: string; nameLatin: string }[];
  selected: readonly string[];
  registration: UseFormRegisterReturn;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={`${idPrefix}-people-error`}>
      <legend className="text-sm font-semibold">{legend}</legend>
      {people.length === 0 && <p className="text-sm text-muted">There are no profiles yet.</p>}
      <ul className="grid gap-1 sm:grid-cols-2">
        {people.map((person) => (
          <li key={person.slug}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={person.slug} defaultChecked={selected.includes(person.slug)} {...registration} />
              <span>
                {person.nameLatin} <span className="text-muted">({person.slug})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <span
        id={`${idPrefix}-people-error`}
        aria-live="polite"
        className="text-sm font-semibold text-accent"
        data-testid={`error-${idPrefix}-prisoners`}
      >
        {error}
      </span>
    </fieldset>
  );
}

/** What the action answered, above the form: refused, not saved, or what to correct. */
export function FormMessage({ status, message, hasFieldErrors }: { status: string; message?: string; hasFieldErrors?: boolean }) {
  const text =
    status === "forbidden"
      ? "Your role does not allow this change. Nothing was changed."
      : (message ?? (hasFieldErrors ? "Nothing was saved: please correct the fields marked below." : undefined));
  if (!text) return null;
  return (
    <p role="alert" className="rounded border border-accent bg-white p-3 text-sm font-semibold" data-testid="form-message">
      {text}
    </p>
  );
}

export function SubmitButton({ pending, label }: { pending: boolean; label: string }) {
  return (
    <button type="submit" disabled={pending} className="rounded bg-ink px-5 py-2.5 font-semibold text-white disabled:opacity-60">
      {pending ? "Saving…" : label}
    </button>
  );
}
