import { getTranslations } from "next-intl/server";
import { buildBirthdayCalendar } from "@/lib/birthdays/calendar";
import { listHeldBirthDates } from "@/lib/birthdays/queries";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { localePath, publicPath } from "@/lib/paths";

// /birthdays.ics, /be/birthdays.ics, /ru/birthdays.ics: every known birthday of the people held
// now, as a calendar to subscribe to. Only what the profiles show (name, birth date, letter page).
// Cached like the pages: rebuilt hourly and when staff save a profile.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [t, people] = await Promise.all([getTranslations({ locale, namespace: "birthdays" }), listHeldBirthDates()]);
  const name = (p: { nameLatin: string; nameBelarusian: string | null; nameRussian: string | null }) =>
    (locale === "be" ? p.nameBelarusian : locale === "ru" ? p.nameRussian : null) ?? p.nameLatin;
  const body = buildBirthdayCalendar(
    people.map((p) => ({ id: p.id, slug: p.slug, name: name(p), birthDate: p.birthDate })),
    {
      calendarName: t("calendarName"),
      title: (person) => t("eventTitle", { name: person }),
      description: (url) => t("eventDescription", { url }),
      letterUrl: (slug) => new URL(localePath(locale, publicPath.letter(slug)), env.APP_URL).toString(),
      uidDomain: new URL(env.APP_URL).hostname,
    },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="birthdays.ics"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
