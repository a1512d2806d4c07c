import "server-only";
import type { MetadataRoute } from "next";
import { env } from "../env";
import { routing } from "../i18n/routing";
import { localePath, publicPath } from "../paths";
import { listPetitionsForSitemap } from "../petitions/queries";
import { listPrisonersForSitemap } from "../prisoners/queries";
import { listPrisonsForSitemap } from "../prisons/queries";
import { languageAlternates } from "./metadata";
import { listUpdatesForSitemap } from "../updates/queries";

// sitemap.xml and robots.txt, built from APP_URL at request time (never at build time, which has
// no database): every public page in every language, and the personal pages kept out.

const STATIC_PAGES = [publicPath.home, publicPath.prisoners, publicPath.prisons, publicPath.updates, publicPath.act, publicPath.privacy];

/** Pages a search engine must not crawl: staff pages and links that belong to one supporter. */
const PRIVATE_PATHS = ["/admin", "/api/my-data", "/confirm", "/my-data", "/unsubscribe", "/subscriptions/confirm"];

/** One entry per language, each naming the others (xhtml:link rel="alternate" hreflang). */
function inEveryLocale(path: string, lastModified?: Date): MetadataRoute.Sitemap {
  const languages = languageAlternates(path);
  return routing.locales.map((locale) => ({ url: languages[locale]!, lastModified, alternates: { languages } }));
}

export async function buildSitemap(): Promise<MetadataRoute.Sitemap> {
  const [prisoners, petitions, updates, prisons] = await Promise.all([
    listPrisonersForSitemap(),
    listPetitionsForSitemap(),
    listUpdatesForSitemap(),
    listPrisonsForSitemap(),
  ]);
  const content = [
    ...prisoners.map((row) => ({ path: publicPath.prisoner(row.slug), lastModified: row.updatedAt })),
    ...petitions.map((row) => ({ path: publicPath.petition(row.slug), lastModified: row.updatedAt })),
    ...updates.map((row) => ({ path: publicPath.update(row.slug), lastModified: row.updatedAt })),
    ...prisons.map((row) => ({ path: publicPath.prison(row.slug), lastModified: row.updatedAt })),
  ];
  return [
    ...STATIC_PAGES.flatMap((path) => inEveryLocale(path)),
    ...content.flatMap(({ path, lastModified }) => inEveryLocale(path, lastModified)),
  ];
}

export function buildRobots(): MetadataRoute.Robots {
  const disallow = [...new Set(PRIVATE_PATHS.flatMap((path) => [path, ...routing.locales.map((locale) => localePath(locale, path))]))];
  return { rules: [{ userAgent: "*", allow: "/", disallow }], sitemap: `${env.APP_URL}/sitemap.xml` };
}
