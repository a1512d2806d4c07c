import { routing } from "../i18n/routing";
import type { PageRef } from "./schema";

/**
 * Every path under which a page with messages is cached: the English URL without a prefix and
 * each locale's internal path (next-intl rewrites "/prisoners/x" to "/en/prisoners/x").
 */
export function publicPaths(page: PageRef): string[] {
  const path = `/${page.kind === "prisoner" ? "prisoners" : "updates"}/${page.slug}`;
  return [path, ...routing.locales.map((locale) => `/${locale}${path}`)];
}

export const MODERATION_PATH = "/admin/moderation";
export const WORDS_PATH = "/admin/words";
