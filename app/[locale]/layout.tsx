import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { MainContent } from "@/components/layout/SkipLink";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { feedPath } from "@/lib/paths";
import { SITE_ICONS } from "@/lib/seo/icons";
import "../globals.css";

// Pages render on their first visit and are then cached, so building the app never needs a
// database (docs/decisions/022-rendering-and-caching.md).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    icons: SITE_ICONS,
    // Pages built by pageMetadata name their alternates themselves (lib/seo/metadata.ts), the feed among them.
    alternates: { types: { "application/atom+xml": feedPath(locale) } },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Only the texts client components need travel to the browser; server components read the rest.
  const {
    error,
    forms,
    petitions,
    subscriptions,
    myData,
    comments,
    letters: allLetters,
    corrections: allCorrections,
  } = await getMessages({
    locale,
  });
  // Of the letter texts, the counter is the only client component.
  const letters = { count: allLetters.count, counter: allLetters.counter, errors: allLetters.errors };
  // Of the correction texts, the report form's.
  const corrections = {
    form: allCorrections.form,
    fields: allCorrections.fields,
    errors: allCorrections.errors,
    sent: allCorrections.sent,
  };
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <NextIntlClientProvider messages={{ error, forms, petitions, subscriptions, myData, comments, letters, corrections }}>
          <SiteHeader />
          <MainContent className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">{children}</MainContent>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
