import { resolve } from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy } from "./server/csp";
// Importing the env module validates the environment: a bad value fails the build, not a request.
import "./lib/env";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Set on every response. The Content-Security-Policy of pages is set by the custom server
// (server/index.ts) with the hashes of each page's own inline scripts; this one, without them,
// is the fallback for a response the server did not rewrite, so no inline script runs there
// (docs/decisions/017). The app is served through server/index.ts only (`npm start`): a bare
// `next start` of this build is not supported (public pages answered 307 to themselves there).
const securityHeaders = [
  // Nothing is loaded from a third party: scripts, styles, fonts and images come from this origin.
  {
    key: "Content-Security-Policy",
    value: contentSecurityPolicy({ scriptHashes: [] }),
  },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  // Tests build into their own folder so their page cache never mixes with a local run's.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The custom server compresses, after it has read each page to hash its scripts (017).
  compress: false,
  experimental: {
    // Next's own cap on a server action's body (1 MB by default) is per app, not per page. The
    // custom server caps every body at 64 KB before Next sees it, except the staff import page's
    // (server/body-limit.ts): this only has to let that one through (docs/decisions/051).
    serverActions: { bodySizeLimit: "16mb" },
    // One styled 404 (app/global-not-found.tsx) for every unmatched URL, with real HTML.
    globalNotFound: true,
    // The stylesheet (~5 kB gzipped) comes inside the HTML: on a slow link each extra request costs
    // seconds before the first paint (docs/decisions/038).
    inlineCss: true,
  },
  // Pages stay in each instance's memory; invalidations reach every instance through the database
  // (server/page-cache.mjs, docs/decisions/040).
  cacheHandler: resolve("server/page-cache.mjs"),
  // Metadata in <head> for every client, never streamed after the page: the custom server holds
  // each answer whole anyway (for its CSP hashes), link previews need it there (Telegram's bot is
  // not on Next's list), and a streamed part would come with React inline scripts the CSP refuses.
  htmlLimitedBots: /.*/,
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
