import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LetterPage } from "@/components/letters/LetterPage";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { getLetterRecipient } from "@/lib/letters/queries";
import { templateLanguage } from "@/lib/letters/schema";
import { ogImageFor } from "@/lib/og/cards";
import { pageMetadata } from "@/lib/seo/metadata";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The chosen template is in the URL (?template=be), so this page renders per request: one small
// query. Only people still held have one; the proxy sends everyone else's to the 404 page.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const recipient = await getLetterRecipient(slug);
  if (!recipient) return {};
  const t = await getTranslations({ locale, namespace: "letters" });
  return pageMetadata({
    locale,
    path: `/prisoners/${recipient.slug}/letter`,
    title: t("title", { name: recipient.nameLatin }),
    description: t("description", { name: recipient.nameLatin }),
    // The person's own card: the letter page is shared as a way to reach them.
    image: await ogImageFor("prisoners", recipient.slug, locale),
  });
}

export default async function PrisonerLetterPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug } = await params;
  await resolvePageLocale(params);
  const recipient = await getLetterRecipient(slug);
  if (!recipient) notFound();
  return <LetterPage recipient={recipient} template={templateLanguage((await searchParams).template)} />;
}
