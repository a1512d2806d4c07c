import type { Metadata, MetadataRoute } from "next";

// The site's mark (white-red-white, the colours of Belarus's democratic movement) as files under
// public/: served as they are, before any locale routing (lib/routing/missing-pages.ts).

/** The <link> tags of every page: the ICO for old browsers, the SVG for the rest, the home-screen tile for iOS. */
export const SITE_ICONS: Metadata["icons"] = {
  icon: [
    { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
    { url: "/icon.svg", type: "image/svg+xml" },
  ],
  apple: [{ url: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" }],
};

/** The web app manifest's icons; the maskable one is full-bleed, so a platform can cut any shape. */
export const MANIFEST_ICONS: MetadataRoute.Manifest["icons"] = [
  { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
  { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
  { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
];
