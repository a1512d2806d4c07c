import { env } from "./env";
import { routing, type Locale } from "./i18n/routing";

// Every address the app builds, in one module: public pages (without a locale prefix), staff
// pages, and the absolute links mails and share buttons carry.

export const publicPath = {
  home: "/",
  prisoners: "/prisoners",
  prisoner: (slug: string) => `/prisoners/${slug}`,
  letter: (slug: string) => `/prisoners/${slug}/letter`,
  prisons: "/prisons",
  prison: (slug: string) => `/prisons/${slug}`,
  /** "Report an inaccuracy" on a profile; `?sent=1` is its thank-you state. */
  reportInaccuracy: (slug: string) => `/prisoners/${slug}/report`,
  updates: "/updates",
  update: (slug: string) => `/updates/${slug}`,
  act: "/act",
  birthdays: "/birthdays",
  /** The iCalendar feed of the birthdays of people held now (one a language). */
  birthdayCalendar: "/birthdays.ics",
  petition: (slug: string) => `/petitions/${slug}`,
  /** Where a signature taken without JavaScript lands: "check your inbox", the same page for everyone. */
  petitionSigned: (slug: string) => `/petitions/${slug}/signed`,
  confirmSignature: (token: string) => `/confirm/${token}`,
  confirmSubscription: (token: string) => `/subscriptions/confirm/${token}`,
  unsubscribe: (token: string) => `/unsubscribe/${token}`,
  oneClickUnsubscribe: (token: string) => `/api/unsubscribe/${token}`,
  privacy: "/privacy",
  myData: "/my-data",
  myDataLink: (token: string) => `/my-data/${token}`,
  /** The page a message of solidarity is on. */
  page: (page: { kind: "prisoner" | "update"; slug: string }) =>
    page.kind === "prisoner" ? publicPath.prisoner(page.slug) : publicPath.update(page.slug),
};

/** The Atom feed, one per language like the pages (/be/updates/feed.xml): link it with feedPath(locale). */
export const FEED_PATH = "/updates/feed.xml";

/** The record kinds of the staff content editor, named as their admin and public addresses are. */
export type EditorKind = "prisoners" | "updates" | "petitions" | "prisons";

export const adminPath = {
  home: "/admin",
  signIn: "/admin/sign-in",
  forbidden: "/admin/forbidden",
  content: "/admin/content",
  newRecord: (kind: EditorKind) => `/admin/content/${kind}/new`,
  editor: (kind: EditorKind, slug: string) => `/admin/content/${kind}/${slug}`,
  /** The translations of one page of content into Belarusian or Russian (campaign facts: slug "all"). */
  translation: (kind: string, slug: string, locale: string) => `/admin/content/translations/${kind}/${slug}/${locale}`,
  /** Where a save lands: the editor again, saying it was saved. */
  saved: (kind: EditorKind, slug: string) => `${adminPath.editor(kind, slug)}?saved=1`,
  signatures: "/admin/signatures",
  petitionSignatures: (slug: string) => `/admin/signatures/${slug}`,
  signatureExport: (slug: string) => `/admin/signatures/${slug}/export`,
  audit: "/admin/audit",
};

export const MODERATION_PATH = "/admin/moderation";
export const CORRECTIONS_PATH = "/admin/corrections";
export const WORDS_PATH = "/admin/words";
export const IMPORT_PATH = "/admin/import";

// Public pages are cached (docs/decisions/004); a change revalidates every page it shows on.
// next-intl rewrites "/prisoners/x" to "/en/prisoners/x", so a page is cached under its locale's
// internal path; the path without a prefix is revalidated too.

/** Every path under which the pages at these public paths are cached, without repeats. */
export function cachedPaths(paths: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const path of paths) {
    all.add(path);
    for (const locale of routing.locales) all.add(path === "/" ? `/${locale}` : `/${locale}${path}`);
  }
  return [...all];
}

/** The path of a page in a locale: English has no prefix. */
export function localePath(locale: Locale, path: string): string {
  const clean = path === "/" ? "" : path;
  return locale === routing.defaultLocale ? clean || "/" : `/${locale}${clean}`;
}

/** The Atom feed of a language's updates. */
export function feedPath(locale: Locale): string {
  return localePath(locale, FEED_PATH);
}

const absolute = (path: string) => `${env.APP_URL}${path}`;

// Absolute links for mails and share buttons, always on the public origin, in the reader's
// language (a mail in Russian links the Russian pages).
export const links = {
  petition: (slug: string, locale: Locale) => absolute(localePath(locale, publicPath.petition(slug))),
  confirmSignature: (token: string, locale: Locale) => absolute(localePath(locale, publicPath.confirmSignature(token))),
  confirmSubscription: (token: string, locale: Locale) => absolute(localePath(locale, publicPath.confirmSubscription(token))),
  unsubscribe: (token: string, locale: Locale) => absolute(localePath(locale, publicPath.unsubscribe(token))),
  /** The endpoint mail providers POST to (RFC 8058): not a page, so no language. */
  oneClickUnsubscribe: (token: string) => absolute(publicPath.oneClickUnsubscribe(token)),
  myData: (token: string, locale: Locale) => absolute(localePath(locale, publicPath.myDataLink(token))),
};
