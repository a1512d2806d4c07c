import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { routing, type Locale } from "./routing";

// The one place the browser's languages choose a page: the bare home page "/", opened from
// outside the site (typed, a bookmark, a link elsewhere). A reader who asks for Russian or
// Belarusian lands on /ru or /be. Every other address shows the language it names, so a shared
// link looks the same to everyone; and a click inside the site (the switcher's "English") is
// never sent back.

/** The home page's language for this request, or undefined to serve "/" as it is (English). */
export function homeLanguage(headers: Headers): Locale | undefined {
  if (headers.get("sec-fetch-site") === "same-origin") return undefined;
  const accept = headers.get("accept-language");
  if (!accept) return undefined;
  const requested = new Negotiator({ headers: { "accept-language": accept } }).languages();
  // "*" and malformed tags are not languages intl-localematcher can read.
  const tags = requested.filter((tag) => tag !== "*" && isLanguageTag(tag));
  if (tags.length === 0) return undefined;
  const locale = match(tags, routing.locales, routing.defaultLocale) as Locale;
  return locale === routing.defaultLocale ? undefined : locale;
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** What the answer to "/" varies by: a shared cache must keep one copy per value. */
export const HOME_VARY = "Accept-Language, Sec-Fetch-Site";
