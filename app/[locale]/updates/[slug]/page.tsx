import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CommentSection } from "@/components/comments/CommentSection";
import { SourceList } from "@/components/ui/SourceLinks";
import { JsonLd } from "@/components/seo/JsonLd";
import { inEnglish } from "@/components/i18n/TranslatedText";
import { ArticleHeadline } from "@/components/updates/ArticleHeadline";
import { ArticleBody } from "@/components/updates/ArticleBody";
import { getCommentSection } from "@/lib/comments/queries";
import { env } from "@/lib/env";
import { dateFormatFor } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { localePath } from "@/lib/paths";
import { ogImageFor } from "@/lib/og/cards";
import { updateJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { getUpdate } from "@/lib/updates/queries";

type Params = Promise<{ locale: string; slug: string }>;

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const update = await getUpdate(slug, locale);
  if (!update) return {};
  return pageMetadata({
    locale,
    path: `/updates/${update.slug}`,
    title: update.title,
    description: update.summary,
    type: "article",
    image: await ogImageFor("updates", update.slug, locale),
    dates: { published: update.publishedAt, modified: update.updatedAt },
  });
}

export default async function UpdatePage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const update = await getUpdate(slug, locale);
  if (!update) notFound();
  const [t, tSite, format, messages, image] = await Promise.all([
    getTranslations({ locale, namespace: "updates" }),
    getTranslations({ locale, namespace: "site" }),
    getFormatter({ locale }),
    getCommentSection({ kind: "update", slug: update.slug }),
    ogImageFor("updates", update.slug, locale),
  ]);
  const pageUrl = `${env.APP_URL}${localePath(locale, `/updates/${update.slug}`)}`;

  return (
    <article className="space-y-6">
      <JsonLd data={updateJsonLd(update, { url: pageUrl, locale }, image, { name: tSite("name"), url: env.APP_URL })} />
      <header className="space-y-2">
        <p className="text-sm text-muted">
          <time dateTime={update.publishedAt.toISOString().slice(0, 10)}>
            {t("published", { date: format.dateTime(update.publishedAt, dateFormatFor("DAY")) })}
          </time>
        </p>
        <ArticleHeadline article={update} width={{ title: "max-w-3xl", summary: "max-w-prose" }} />
      </header>
      {update.prisoners.length > 0 && (
        <section aria-labelledby="mentions-heading" className="space-y-2">
          <h2 id="mentions-heading" className="text-sm font-semibold uppercase text-muted">
            {t("mentions")}
          </h2>
          <ul className="flex flex-wrap gap-2" data-testid="update-prisoners">
            {update.prisoners.map((person) => (
              <li key={person.slug}>
                <Link
                  href={`/prisoners/${person.slug}`}
                  className="inline-block rounded border border-line bg-white px-3 py-1 font-semibold hover:border-ink"
                >
                  {person.nameLatin}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ArticleBody body={update.body} english={inEnglish(update, "body")} />
      <SourceList sources={update.sources} label={`${t("sources")}:`} />
      {messages && <CommentSection page={`update:${update.slug}`} moderation={messages.moderation} comments={messages.comments} />}
    </article>
  );
}
