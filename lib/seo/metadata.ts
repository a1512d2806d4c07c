import type { Metadata } from "next";
import { createTranslator } from "next-intl";
import { env } from "../env";
import { CATALOGUES } from "../i18n/catalogues";
import { routing, type Locale } from "../i18n/routing";
import { siteOgImage, type OgImage } from "../og/cards";
import { feedPath, localePath } from "../paths";

// The one place a public page's title, description, canonical URL, Open Graph and Twitter card
// tags are built (docs/decisions/011): pages pass what is theirs, this adds the rest.

const OG_LOCALE: Record<Locale, string> = { en: "en_GB", be: "be_BY", ru: "ru_RU" };

/**
 * The page in every language, for `<link rel="alternate" hreflang>` and the sitemap: English,
 * unprefixed, is also the page for readers of any other language (x-default).
 */
export function languageAlternates(path: string): Record<string, string> {
  const urls = Object.fromEntries(routing.locales.map((locale) => [locale, `${env.APP_URL}${localePath(locale, path)}`]));
  return { ...urls, "x-default": urls[routing.defaultLocale]! };
}

/** Shares show about two lines; search engines cut near 160 characters. */
const DESCRIPTION_LENGTH = 200;

export interface PageSeo {
  locale: Locale;
  /** The page's path without a locale prefix, e.g. "/prisoners/maryia-kalesnikava". */
  path: string;
  title: string | { absolute: string };
  description: string;
  /** profile for a person, article for an update, website for everything else. */
  type?: "website" | "profile" | "article";
  /** The page's image in its own language (lib/og/cards.ts); defaults to the site's. */
  image?: OgImage | null;
  /** For articles. */
  dates?: { published: Date; modified: Date };
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= DESCRIPTION_LENGTH) return clean;
  const cut = clean.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}

export function pageMetadata(page: PageSeo): Metadata {
  const t = createTranslator({ locale: page.locale, messages: CATALOGUES[page.locale], namespace: "site" });
  const path = localePath(page.locale, page.path);
  const title = typeof page.title === "string" ? page.title : page.title.absolute;
  const description = shorten(page.description);
  const image = page.image ?? siteOgImage(page.locale);
  const shared = {
    title,
    description,
    url: `${env.APP_URL}${path}`,
    siteName: t("name"),
    locale: OG_LOCALE[page.locale],
    alternateLocale: routing.locales.filter((locale) => locale !== page.locale).map((locale) => OG_LOCALE[locale]),
    images: [{ url: image.url, width: image.width, height: image.height, alt: image.alt }],
  };
  const openGraph: Metadata["openGraph"] =
    page.type === "article" && page.dates
      ? { ...shared, type: "article", publishedTime: page.dates.published.toISOString(), modifiedTime: page.dates.modified.toISOString() }
      : { ...shared, type: page.type ?? "website" };
  return {
    title: page.title,
    description,
    // The page's own alternates replace the layout's: the feed of its language is named again here.
    alternates: { canonical: path, languages: languageAlternates(page.path), types: { "application/atom+xml": feedPath(page.locale) } },
    openGraph,
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}
