import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { buildAtomFeed } from "@/lib/updates/atom";
import { listUpdatesForFeed } from "@/lib/updates/queries";

// Cached like the pages; a way to follow the campaign that asks for no personal data.
export const revalidate = 3600;

export async function GET() {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: "updates" });
  const entries = await listUpdatesForFeed();
  const xml = buildAtomFeed({ appUrl: env.APP_URL, title: t("title"), subtitle: t("description"), updatesPath: "/updates" }, entries);
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
