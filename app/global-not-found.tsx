import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/NotFoundContent";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { MainContent } from "@/components/layout/SkipLink";
import { requestLocale } from "@/lib/i18n/request-locale";
import { SITE_ICONS } from "@/lib/seo/icons";
import "./globals.css";

// Every 404 is served from here, as real HTML: Next 16 leaves a notFound() thrown inside a page
// blank without JavaScript (vercel/next.js#62228), so the page router (lib/routing/page-proxy.ts) sends unknown slugs to an unmatched
// path instead (lib/routing/missing-pages.ts). Its language is the path's prefix, which the proxy
// (or next-intl's middleware) passes in a request header: /be/nothing is a Belarusian 404.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await requestLocale(), namespace: "notFound" });
  return { title: t("title"), robots: { index: false }, icons: SITE_ICONS };
}

export default async function GlobalNotFound() {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <NextIntlClientProvider locale={locale} messages={{}}>
          <SiteHeader />
          <MainContent className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            <NotFoundContent />
          </MainContent>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
