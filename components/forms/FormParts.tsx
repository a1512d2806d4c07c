"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Link } from "@/lib/i18n/navigation";

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

/** The send button of a public form ("Sending…" while it posts) beside the link to the privacy page. */
export function SubmitWithPrivacy({ pending, label, privacyLabel }: { pending: boolean; label: string; privacyLabel: string }) {
  const t = useTranslations("forms");
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-5 py-2.5 font-semibold text-white hover:bg-accent-dark disabled:opacity-60"
      >
        {pending ? t("sending") : label}
      </button>
      <Link href="/privacy" className="text-sm underline">
        {privacyLabel}
      </Link>
    </div>
  );
}
