import { defineRouting } from "next-intl/routing";

// English is served without a prefix, Belarusian and Russian as /be/... and /ru/...
export const routing = defineRouting({
  locales: ["en", "be", "ru"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  // The language follows the URL: a shared link shows the same page to everyone. Only the bare
  // home page "/" looks at the browser's languages (lib/routing/page-proxy.ts, lib/i18n/home-language.ts).
  localeDetection: false,
  // A public GET sets no cookie (it stays cacheable and leaves no trace of the visit).
  localeCookie: false,
  // The alternates are in each page's <head> and the sitemap. next-intl's Link header repeated
  // the request's path four times: a long address made a 32 kB header that clients refuse.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}

/** The language a path is in: its first segment when that names one (/be/..., /ru/...), else English. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : routing.defaultLocale;
}

/** Each language's own name, for the switcher (written in that language). */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", be: "Беларуская", ru: "Русский" };

/** Each language's name in English, for the staff pages. */
export const ENGLISH_LANGUAGE_NAMES: Record<Locale, string> = { en: "English", be: "Belarusian", ru: "Russian" };

/** The request header next-intl's middleware names a page's language in; the proxy sets it for the 404 page too. */
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";
