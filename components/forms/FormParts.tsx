"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

/** The form-level message (rate limit, closed petition, network) above the fields. */
export function FormMessage({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="rounded border border-accent bg-white p-3 text-sm font-semibold" data-testid="form-message" aria-live="assertive">
      {text}
    </p>
  );
}

/** An off-screen field bots fill and people never reach; a filled one is answered like success. */
export function Honeypot({ id, field }: { id: string; field: UseFormRegisterReturn }) {
  const t = useTranslations("forms");
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={id}>{t("honeypot")}</label>
      <input id={id} tabIndex={-1} autoComplete="off" {...field} />
    </div>
  );
}
