import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Importing the env module validates the environment: a bad value fails the build, not a request.
import "./lib/env";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  // Nothing is loaded from a third party: scripts, styles, fonts and images come from this origin.
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "base-uri 'self'",
    ].join("; "),
  },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  // Tests build into their own folder so their page cache never mixes with a local run's.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // One styled 404 (app/global-not-found.tsx) for every unmatched URL, with real HTML.
  experimental: { globalNotFound: true },
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
