// The public pages every reader can open, in each of the three languages: the accessibility and
// small-screen specs walk all of them. Slugs are the seed's (prisma/data/content.ts); the suite
// never imports the app's code, so they are written out here once.

export const LOCALES = ["en", "be", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

/** A detained person from the seed: their profile has the sign, subscribe and letter forms. */
export const SEED_PROFILE = "nasta-loika";
export const SEED_PETITION = "release-all-political-prisoners";
export const SEED_UPDATE = "belarus-releases-prominent-prisoners-2025-12-13";

/** Paths without a locale prefix. There is no petitions index: petitions are listed on /act. */
export const PUBLIC_PAGES = [
  "/",
  "/prisoners",
  "/prisoners?q=Loika",
  `/prisoners/${SEED_PROFILE}`,
  "/prisoners/maryia-kalesnikava",
  `/prisoners/${SEED_PROFILE}/letter`,
  `/petitions/${SEED_PETITION}`,
  "/updates",
  `/updates/${SEED_UPDATE}`,
  "/act",
  "/privacy",
  "/my-data",
  // The pages a mailed link opens, with a link that is not (or no longer) valid.
  "/confirm/not-a-token",
  "/subscriptions/confirm/not-a-token",
  "/unsubscribe/not-a-token",
  "/my-data/not-a-token",
  "/no-such-page",
] as const;

/** A public path in a language: English has no prefix. */
export function inLocale(locale: Locale, path: string): string {
  if (locale === "en") return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** Every public page in every language. */
export const PUBLIC_PAGES_IN_ALL_LOCALES = LOCALES.flatMap((locale) => PUBLIC_PAGES.map((path) => inLocale(locale, path)));
