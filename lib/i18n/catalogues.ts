import be from "./messages/be.json";
import en from "./messages/en.json";
import ru from "./messages/ru.json";
import { routing, type Locale } from "./routing";

// The public catalogues, for code that runs outside a page's request (metadata, link-preview
// images, the feed, refusals sent before routing) and so picks its language itself.

export type Catalogue = typeof en;

export const CATALOGUES: Record<Locale, Catalogue> = { en, be, ru };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}

/** The language a path is in: its first segment when that names one (/be/..., /ru/...), else English. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : routing.defaultLocale;
}
