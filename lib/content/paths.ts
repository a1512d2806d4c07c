import { routing } from "../i18n/routing";

// Public pages are cached (docs/decisions/004); a staff change revalidates every page it shows on.
// next-intl rewrites "/prisoners/x" to "/en/prisoners/x", so a page is cached under its locale's
// internal path; the path without a prefix is revalidated too.

export const publicPath = {
  home: "/",
  prisoners: "/prisoners",
  prisoner: (slug: string) => `/prisoners/${slug}`,
  updates: "/updates",
  update: (slug: string) => `/updates/${slug}`,
  act: "/act",
  petition: (slug: string) => `/petitions/${slug}`,
};

/** The Atom feed: a cached route outside the [locale] segment. */
export const FEED_PATH = "/updates/feed.xml";

/** Every path under which the pages at these public paths are cached, without repeats. */
export function cachedPaths(paths: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const path of paths) {
    if (path === FEED_PATH) {
      all.add(path);
      continue;
    }
    all.add(path);
    for (const locale of routing.locales) all.add(path === "/" ? `/${locale}` : `/${locale}${path}`);
  }
  return [...all];
}
