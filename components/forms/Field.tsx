"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** Translates a field error key from the shared schemas; unknown keys fall back to a generic text. */
export function useErrorText() {
  const t = useTranslations("forms.errors");
  return (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("invalid")) : undefined);
}

// A labelled control with its hint and error beside it; the error is tied to the control
// (aria-describedby) and announced when it appears.
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

export function describedBy(id: string, hasHint: boolean): string {
  return [`${id}-error`, hasHint ? `${id}-hint` : ""].filter(Boolean).join(" ");
}
