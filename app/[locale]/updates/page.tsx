import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UpdateTeaser } from "@/components/updates/UpdateTeaser";
import { catalogueMetadata } from "@/lib/i18n/metadata";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";
import { listUpdates } from "@/lib/updates/queries";
import { FeedLink } from "@/components/updates/FeedLink";

export const revalidate = 3600;

export function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return catalogueMetadata(params, "updates", "/updates");
}

export default async function UpdatesPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const [t, updates] = await Promise.all([getTranslations({ locale, namespace: "updates" }), listUpdates(locale)]);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="text-sm">
        <FeedLink className="font-semibold text-accent underline">{t("feed")}</FeedLink> <span className="text-muted">{t("feedHint")}</span>
      </p>
      {updates.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="space-y-4">
          {updates.map((update) => (
            <UpdateTeaser key={update.slug} update={update} />
          ))}
        </div>
      )}
    </div>
  );
}
