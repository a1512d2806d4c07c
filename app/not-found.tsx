import { NotFoundContent } from "@/components/layout/NotFoundContent";
import { routing } from "@/lib/i18n/routing";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

// Paths outside the [locale] segment (a file that does not exist) land here.
export default async function GlobalNotFound() {
  const messages = await getMessages({ locale: routing.defaultLocale });
  return (
    <html lang={routing.defaultLocale}>
      <body className="font-sans">
        <NextIntlClientProvider locale={routing.defaultLocale} messages={messages}>
          <main className="mx-auto max-w-3xl px-4 py-16">
            <NotFoundContent />
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
