import { hasLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import { routing, type Locale } from "./routing";

/** The language of the page a server action was posted from (its URL's prefix, via the proxy). */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}
