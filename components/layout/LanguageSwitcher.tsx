"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LANGUAGE_NAMES, routing } from "@/lib/i18n/routing";

// Plain links to the same page in each language: they work without JavaScript. The query (a
// search, a page number) comes along where the page was rendered for its request; a cached page
// has none to keep. Rendered in the server's HTML, so nothing here waits for the browser.

function Languages({ query }: { query: Record<string, string> }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <ul className="flex gap-3 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" lang={locale} className="font-semibold">
              {LANGUAGE_NAMES[locale]}
            </span>
          ) : (
            <Link href={{ pathname, query }} locale={locale} lang={locale} hrefLang={locale} className="underline hover:no-underline">
              {LANGUAGE_NAMES[locale]}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

function LanguagesWithQuery() {
  const query = Object.fromEntries(useSearchParams().entries());
  return <Languages query={query} />;
}

export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <nav aria-label={label}>
      <Suspense fallback={<Languages query={{}} />}>
        <LanguagesWithQuery />
      </Suspense>
    </nav>
  );
}
