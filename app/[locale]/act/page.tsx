import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionHub } from "@/components/act/ActionHub";
import { catalogueMetadata } from "@/lib/i18n/metadata";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";

export function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return catalogueMetadata(params, "act", "/act");
}

export default async function ActPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "act" });
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="max-w-2xl text-lg text-muted">{t("intro")}</p>
      <ActionHub />
    </div>
  );
}
