import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { MANIFEST_ICONS } from "@/lib/seo/icons";

// Served at /manifest.webmanifest and linked from every page by Next. The whole origin is the
// app; it opens on the home page. Colours: --color-paper and --color-accent of app/globals.css.
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: "site" });
  return {
    id: "/",
    name: t("name"),
    short_name: t("name"),
    description: t("description"),
    lang: routing.defaultLocale,
    start_url: "/",
    scope: "/",
    // Back and reload stay at hand where the platform has them; elsewhere it opens standalone.
    display: "minimal-ui",
    background_color: "#fbfaf7",
    theme_color: "#b3261e",
    icons: MANIFEST_ICONS,
  };
}
