import { setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "./routing";

export type LocaleParams = Promise<{ locale: string }>;

/** Reads the locale of a page under app/[locale] and enables static rendering for it. */
export async function resolvePageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  const known = (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
  setRequestLocale(known);
  return known;
}
