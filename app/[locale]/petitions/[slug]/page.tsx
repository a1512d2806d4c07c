import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PetitionProgress } from "@/components/petitions/PetitionProgress";
import { SignForm } from "@/components/petitions/SignForm";
import { PetitionShare } from "@/components/petitions/PetitionShare";
import { inEnglish } from "@/components/i18n/TranslatedText";
import { ArticleHeadline } from "@/components/updates/ArticleHeadline";
import { ArticleBody } from "@/components/updates/ArticleBody";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { localePath, publicPath } from "@/lib/paths";
import { ogImageFor } from "@/lib/og/cards";
import { getPetition } from "@/lib/petitions/queries";
import { pageMetadata } from "@/lib/seo/metadata";
import { countryName, countryOptions } from "@/lib/supporters/countries";

type Params = Promise<{ locale: string; slug: string }>;

// The count is stored, not counted; a page at most 10 seconds old is fine under any load.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const petition = await getPetition(slug, locale);
  if (!petition) return {};
  return pageMetadata({
    locale,
    path: `/petitions/${petition.slug}`,
    title: petition.title,
    description: petition.summary,
    image: await ogImageFor("petitions", petition.slug, locale),
  });
}

export default async function PetitionPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const petition = await getPetition(slug, locale);
  if (!petition) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "petitions" }), getFormatter({ locale })]);

  return (
    <article className="grid gap-10 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-6">
        <header className="space-y-2">
          <p className="text-sm font-semibold uppercase text-muted">{t("target", { target: petition.target })}</p>
          <ArticleHeadline article={petition} />
        </header>
        <PetitionProgress count={petition.confirmedCount} goal={petition.goal} />
        <ArticleBody body={petition.body} english={inEnglish(petition, "body")} />
        {petition.prisoners.length > 0 && (
          <section className="space-y-2">
            <h2 className="text-sm font-semibold uppercase text-muted">{t("concerns")}</h2>
            <ul className="flex flex-wrap gap-2">
              {petition.prisoners.map((person) => (
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
        <section className="space-y-2" aria-labelledby="signers-heading">
          <h2 id="signers-heading" className="font-serif text-xl font-bold">
            {t("recentSigners")}
          </h2>
          {petition.signatures.length === 0 ? (
            <p className="text-sm text-muted">{t("noRecentSigners")}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="recent-signers">
              {petition.signatures.map((signer, index) => (
                <li key={index}>
                  {t("recentSigner", { name: signer.publicName ?? "", country: countryName(signer.country, locale) })}
                  {signer.confirmedAt && <span className="text-muted"> · {format.relativeTime(signer.confirmedAt)}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <aside className="space-y-4" aria-labelledby="sign-heading">
        <h2 id="sign-heading" className="font-serif text-2xl font-bold">
          {t("signHeading")}
        </h2>
        {petition.state === "OPEN" ? (
          <div className="rounded border border-line bg-white p-5">
            <SignForm petitionSlug={petition.slug} countries={countryOptions(locale)} />
          </div>
        ) : (
          <p className="font-semibold" data-testid="petition-closed">
            {t("closed")}
          </p>
        )}
        <PetitionShare url={`${env.APP_URL}${localePath(locale, publicPath.petition(petition.slug))}`} title={petition.title} />
      </aside>
    </article>
  );
}
