"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="space-y-4" data-testid="error-page">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="text-muted">{t("text")}</p>
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-accent px-4 py-2 font-semibold text-white">
          {t("retry")}
        </button>
        <Link href="/" className="px-4 py-2 font-semibold underline">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
