"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ControlBinding } from "./Field";
import { SubmitButton } from "./FormParts";

// The parts only public forms have: translated texts (next-intl), the honeypot, the privacy link.

/** Translates a field error key from the shared schemas; unknown keys fall back to a generic text. */
export function useErrorText() {
  const t = useTranslations("forms.errors");
  return (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("invalid")) : undefined);
}

/** An off-screen field bots fill and people never reach; a filled one is answered like success. */
export function Honeypot({ id, field }: { id: string; field: ControlBinding }) {
  const t = useTranslations("forms");
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={id}>{t("honeypot")}</label>
      <input id={id} tabIndex={-1} autoComplete="off" {...field} />
    </div>
  );
}

/** The send button of a public form ("Sending…" while it posts) in the form's language. */
export function SendButton({ pending, label, className }: { pending: boolean; label: string; className?: string }) {
  const t = useTranslations("forms");
  return <SubmitButton pending={pending} label={label} pendingLabel={t("sending")} className={className} />;
}

/** The send button of a public form beside the link to the privacy page. */
export function SubmitWithPrivacy({ pending, label, privacyLabel }: { pending: boolean; label: string; privacyLabel: string }) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <SendButton
        pending={pending}
        label={label}
        className="rounded bg-accent px-5 py-2.5 font-semibold text-white hover:bg-accent-dark disabled:opacity-60"
      />
      <Link href="/privacy" className="text-sm underline">
        {privacyLabel}
      </Link>
    </div>
  );
}
