import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { localePath, publicPath } from "@/lib/paths";
import { buildAtomFeed } from "@/lib/updates/atom";
import { listUpdatesForFeed } from "@/lib/updates/queries";

// /updates/feed.xml, /be/updates/feed.xml, /ru/updates/feed.xml: the campaign's updates in one
// language, a way to follow the campaign that asks for no personal data. Cached like the pages;
// only GET and HEAD reach it (lib/routing/page-proxy.ts answers OPTIONS with 204 and any other method with 405).
export const revalidate = 3600;

// Rendered on first request, as the pages are: building the app never needs the database.
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const t = await getTranslations({ locale, namespace: "updates" });
  const entries = await listUpdatesForFeed(locale);
  const info = {
    appUrl: env.APP_URL,
    locale,
    title: t("title"),
    subtitle: t("description"),
    updatesPath: localePath(locale, publicPath.updates),
  };
  return new Response(buildAtomFeed(info, entries), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
