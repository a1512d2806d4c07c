import { inEnglish, TranslatedText } from "@/components/i18n/TranslatedText";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionHub } from "@/components/act/ActionHub";
import { CampaignFactCard } from "@/components/campaign/CampaignFactCard";
import { PrisonerCard } from "@/components/prisoners/PrisonerCard";
import { SearchForm } from "@/components/prisoners/SearchForm";
import { UpdateTeaser } from "@/components/updates/UpdateTeaser";
import { getCampaignHeadline } from "@/lib/campaign/queries";
import { dateFormatFor } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";
import { localePath } from "@/lib/paths";
import { listFeaturedPrisoners } from "@/lib/prisoners/queries";
import { pageMetadata } from "@/lib/seo/metadata";
import { getLatestUpdate } from "@/lib/updates/queries";

// Rendered on first visit, then served from cache; refreshed hourly so day counts keep growing.
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return pageMetadata({ locale, path: "/", title: { absolute: `${t("name")}: ${t("tagline")}` }, description: t("description") });
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const [t, format, headline, featured, latestUpdate] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getFormatter({ locale }),
    getCampaignHeadline(locale),
    listFeaturedPrisoners(),
    getLatestUpdate(locale),
  ]);
  const { heldCount, latestRelease } = headline;

  return (
    <div className="space-y-12">
      <section className="space-y-6">
        <h1 className="max-w-3xl font-serif text-4xl font-bold leading-tight">{t("heading")}</h1>
        <p className="max-w-2xl text-lg text-muted">{t("intro")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          {heldCount && (
            <CampaignFactCard testId="held-count" accent="held" sources={heldCount.sources} sourceLabel={t("source")}>
              <p className="font-serif text-3xl font-bold">{t("heldCount", { count: heldCount.peopleCount })}</p>
              <p>{t("heldAsOf", { date: format.dateTime(heldCount.occurredOn, dateFormatFor(heldCount.precision)) })}</p>
            </CampaignFactCard>
          )}
          {latestRelease && (
            <CampaignFactCard testId="latest-release" accent="released" sources={latestRelease.sources} sourceLabel={t("source")}>
              <p className="text-sm font-semibold uppercase text-muted">{t("latestRelease")}</p>
              <p className="font-serif text-2xl font-bold">{t("releaseCount", { count: latestRelease.peopleCount })}</p>
              <p>{t("releaseOn", { date: format.dateTime(latestRelease.occurredOn, dateFormatFor(latestRelease.precision)) })}</p>
              <TranslatedText as="p" english={inEnglish(latestRelease, "text")} className="text-sm">
                {latestRelease.text}
              </TranslatedText>
            </CampaignFactCard>
          )}
        </div>
        <SearchForm action={localePath(locale, "/prisoners")} />
      </section>

      <section className="space-y-4" aria-labelledby="featured-heading">
        <div className="flex items-baseline justify-between">
          <h2 id="featured-heading" className="font-serif text-2xl font-bold">
            {t("featured")}
          </h2>
          <Link href="/prisoners" className="font-semibold underline">
            {t("allPrisoners")}
          </Link>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {featured.map((person) => (
            <PrisonerCard key={person.slug} {...person} />
          ))}
        </div>
      </section>

      {latestUpdate && (
        <section className="space-y-4" aria-labelledby="latest-update-heading">
          <div className="flex items-baseline justify-between">
            <h2 id="latest-update-heading" className="font-serif text-2xl font-bold">
              {t("latestUpdate")}
            </h2>
            <Link href="/updates" className="font-semibold underline">
              {t("allUpdates")}
            </Link>
          </div>
          <UpdateTeaser update={latestUpdate} />
        </section>
      )}

      <section className="space-y-4" aria-labelledby="act-heading">
        <h2 id="act-heading" className="font-serif text-2xl font-bold">
          {(await getTranslations({ locale, namespace: "act" }))("heading")}
        </h2>
        <ActionHub />
      </section>
    </div>
  );
}
