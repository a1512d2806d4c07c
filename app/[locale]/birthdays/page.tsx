import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BirthdayList } from "@/components/birthdays/BirthdayList";
import { listUpcomingBirthdays } from "@/lib/birthdays/queries";
import { env } from "@/lib/env";
import { catalogueMetadata } from "@/lib/i18n/metadata";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";
import { localePath, publicPath } from "@/lib/paths";

// The window moves with the day: rebuilt at least daily, and at once when staff save a profile.
export const revalidate = 86400;

export function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return catalogueMetadata(params, "birthdays", "/birthdays");
}

export default async function BirthdaysPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const [t, entries] = await Promise.all([getTranslations({ locale, namespace: "birthdays" }), listUpcomingBirthdays()]);
  const feed = new URL(localePath(locale, publicPath.birthdayCalendar), env.APP_URL);
  const webcal = `webcal://${feed.host}${feed.pathname}`;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="max-w-2xl text-lg text-muted">{t("intro")}</p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={webcal} className="font-semibold text-accent underline" data-testid="calendar-webcal">
          {t("calendar")}
        </a>
        <a href={feed.toString()} className="font-semibold text-accent underline" data-testid="calendar-https" type="text/calendar">
          {t("calendarHttps")}
        </a>
        <span className="text-muted">{t("calendarHint")}</span>
      </p>
      {entries.length === 0 ? <p>{t("none")}</p> : <BirthdayList entries={entries} />}
    </div>
  );
}
