import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// The fields of every form, public and staff: each writes its label, hint and error once, and ties
// the error and the hint to the control (aria-invalid, aria-describedby) so a screen reader hears
// them. A control takes its starting value as a default too when given one: react-hook-form sets
// values in the browser, and a page rendered for a browser without JavaScript needs them in its HTML.

/**
 * What ties a control to its form: its name, and on staff forms react-hook-form's handlers and ref
 * (`register(name)`); supporters' forms post names only (components/forms/usePublicForm.ts).
 */
export interface ControlBinding {
  name: string;
}

// Full width of its field, and free to shrink below its content (a select as wide as its longest
// country name would otherwise push a phone's page sideways).
const CONTROL = "w-full min-w-0 rounded border border-muted bg-white px-3 py-2";

/** A labelled control with its hint and error beside it; the error is announced when it appears. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </span>
      )}
      <span id={`${id}-error`} aria-live="polite" className="text-sm font-semibold text-accent" data-testid={`error-${id}`}>
        {error}
      </span>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: ControlBinding;
}

/**
 * Splits a field's props into the frame's (label, hint, error) and the control's: its own
 * attributes after the ones that tie it to its error and hint, so a form can still override them.
 */
function split<Rest extends object>({ id, label, hint, error, registration, ...rest }: FieldProps & Rest) {
  const described = [`${id}-error`, hint ? `${id}-hint` : ""].filter(Boolean).join(" ");
  return {
    frame: { id, label, hint, error },
    control: { id, "aria-invalid": Boolean(error), "aria-describedby": described, ...rest, ...registration },
  };
}

export function TextField(props: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { frame, control } = split({ className: CONTROL, ...props });
  return (
    <Field {...frame}>
      <input {...control} />
    </Field>
  );
}

/** An email address: the browser's keyboard and autofill for one, and no longer than an address can be. */
export function EmailField(props: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <TextField type="email" autoComplete="email" maxLength={254} {...props} />;
}

/** `monospace`: for the staff editor's plain-text bodies, where the marks (“## ”, “* ”) must line up. */
export function TextArea({
  monospace = false,
  ...props
}: FieldProps & { monospace?: boolean } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { frame, control } = split({ className: monospace ? `${CONTROL} font-mono text-sm` : CONTROL, ...props });
  return (
    <Field {...frame}>
      <textarea {...control} />
    </Field>
  );
}

export function SelectField({ children, ...props }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const { frame, control } = split({ className: CONTROL, ...props });
  return (
    <Field {...frame}>
      <select {...control}>{children}</select>
    </Field>
  );
}

/** A checkbox inside its label, so the whole text is the click target. */
export function Checkbox({
  label,
  registration,
  labelClassName = "flex items-start gap-2 text-sm",
  ...input
}: { label: ReactNode; registration: ControlBinding; labelClassName?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type"
>) {
  return (
    <label className={labelClassName}>
      <input type="checkbox" {...input} {...registration} />
      <span>{label}</span>
    </label>
  );
}
