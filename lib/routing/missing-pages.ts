import { existsSync } from "node:fs";
import { join } from "node:path";
import { processDatabase } from "../db/client";
import { env } from "../env";
import { routing } from "../i18n/routing";
import { HELD_STATUS } from "../letters/held";
import { FEED_PATH, publicPath } from "../paths";

// Decides, before routing, whether a request is for a page that does not exist, so the proxy can
// send it to Next's unmatched-route 404 (real HTML) rather than letting a page call notFound()
// (a blank page without JavaScript in Next 16: vercel/next.js#62228).

/** A path no route matches: Next answers it with app/global-not-found.tsx and status 404. */
export const UNMATCHED_PATH = "/__not-found__/page";

type ContentKind = "prisoners" | "updates" | "petitions" | "prisons";

// Slugs are reloaded on a miss at most once per interval, so a flood of unknown slugs costs one
// small query per interval. Staff edits forget them at once (forgetKnownPages), so a new profile
// or a release shows on its next request; edits made by another process show within the interval.
const RELOAD_INTERVAL_MS = 2000;

interface KnownPages {
  slugIndex: Map<ContentKind, { slugs: Set<string>; loadedAt: number }>;
  held?: { slugs: Set<string>; loadedAt: number };
}
// On globalThis: the proxy and the server actions are bundled apart but run in one process.
const KNOWN_PAGES = Symbol.for("free-them.known-pages");
const known: KnownPages = ((globalThis as { [KNOWN_PAGES]?: KnownPages })[KNOWN_PAGES] ??= { slugIndex: new Map() });
const slugIndex = known.slugIndex;

/** Called after staff change content: the next request reloads the lists. */
export function forgetKnownPages() {
  known.slugIndex.clear();
  known.held = undefined;
}

// The app's own client (lib/db.ts), fetched on first use: the proxy runs in the app's process.
const database = () => processDatabase(env.DATABASE_URL);

async function loadSlugs(kind: ContentKind): Promise<Set<string>> {
  const db = database();
  const query = { select: { slug: true } } as const;
  const rows =
    kind === "prisoners"
      ? await db.prisoner.findMany(query)
      : kind === "updates"
        ? await db.update.findMany(query)
        : kind === "prisons"
          ? await db.prison.findMany(query)
          : await db.petition.findMany(query);
  return new Set(rows.map((row) => row.slug));
}

async function slugExists(kind: ContentKind, slug: string): Promise<boolean> {
  const cached = slugIndex.get(kind);
  if (cached?.slugs.has(slug)) return true;
  if (cached && Date.now() - cached.loadedAt < RELOAD_INTERVAL_MS) return false;
  const slugs = await loadSlugs(kind);
  slugIndex.set(kind, { slugs, loadedAt: Date.now() });
  return slugs.has(slug);
}

// Letter pages exist only for people still held (docs/decisions/012). A release must close the page
// within the interval too, so this list is reloaded once it is older than that, on a hit as on a miss.
async function isHeld(slug: string): Promise<boolean> {
  if (!known.held || Date.now() - known.held.loadedAt >= RELOAD_INTERVAL_MS) {
    const rows = await database().prisoner.findMany({ where: { status: HELD_STATUS }, select: { slug: true } });
    known.held = { slugs: new Set(rows.map((row) => row.slug)), loadedAt: Date.now() };
  }
  return known.held.slugs.has(slug);
}

// Routes outside the [locale] segment; they and the files under public/ pass the proxy untouched.
const ROUTES_OUTSIDE_LOCALE = new Set(["/sitemap.xml", "/robots.txt", "/manifest.webmanifest"]);

// Link-preview images (app/og/): their route answers 404 for unknown slugs itself.
const PREFIXES_OUTSIDE_LOCALE = ["/og/"];

function stripLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  return first && (routing.locales as readonly string[]).includes(first) ? `/${rest.join("/")}` : pathname;
}

export type PathKind = "missing" | "outside-locale" | "localized" | "feed";

/** What the proxy should do with a path: 404 it, leave it alone, map it to a locale, or serve a language's feed. */
export async function classifyPath(
  pathname: string,
  publicDir = join(/*turbopackIgnore: true*/ process.cwd(), "public"),
): Promise<PathKind> {
  if (ROUTES_OUTSIDE_LOCALE.has(pathname) || PREFIXES_OUTSIDE_LOCALE.some((prefix) => pathname.startsWith(prefix))) return "outside-locale";
  const path = stripLocale(pathname);
  // /updates/feed.xml, /be/updates/feed.xml, /birthdays.ics: routes under [locale] whose path looks like a file.
  if (path === FEED_PATH || path === publicPath.birthdayCalendar) return "feed";
  const letter = path.match(/^\/prisoners\/([^/]+)\/letter\/?$/);
  if (letter) return (await isHeld(decodeURIComponent(letter[1]!))) ? "localized" : "missing";
  const signed = path.match(/^\/petitions\/([^/]+)\/signed\/?$/);
  if (signed) return (await slugExists("petitions", decodeURIComponent(signed[1]!))) ? "localized" : "missing";
  const content = path.match(/^\/(prisoners|updates|petitions|prisons)\/([^/]+)\/?$/);
  if (content) {
    return (await slugExists(content[1] as ContentKind, decodeURIComponent(content[2]!))) ? "localized" : "missing";
  }
  if (/\.[^/]+$/.test(pathname)) {
    return existsSync(/*turbopackIgnore: true*/ join(publicDir, decodeURIComponent(pathname))) ? "outside-locale" : "missing";
  }
  return "localized";
}
