import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { catalogueMetadata } from "@/lib/i18n/metadata";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";

export function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return catalogueMetadata(params, "privacy", "/privacy");
}

const SECTIONS = ["reading", "signing", "messages", "why", "howLong", "whoSees", "yourData", "feed", "contact"] as const;

export default async function PrivacyPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="text-lg">{t("intro")}</p>
      {SECTIONS.map((section) => (
        <section key={section} className="space-y-2">
          <h2 className="font-serif text-xl font-bold">{t(`sections.${section}.title`)}</h2>
          <p>{t(`sections.${section}.text`)}</p>
        </section>
      ))}
      <Link href="/my-data" className="font-semibold text-accent underline">
        {t("myDataLink")}
      </Link>
    </div>
  );
}
