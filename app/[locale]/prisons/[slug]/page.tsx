import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PrisonerCard } from "@/components/prisoners/PrisonerCard";
import { CopyButton } from "@/components/prisons/CopyButton";
import { PrisonKind } from "@/components/prisons/PrisonKind";
import { FactRow } from "@/components/prisoners/FactRow";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { publicPath } from "@/lib/paths";
import { listPrisonersHeldAt } from "@/lib/prisoners/queries";
import { getPrisonPage } from "@/lib/prisons/queries";
import { prisonName } from "@/lib/prisons/schema";
import { pageMetadata } from "@/lib/seo/metadata";

type Params = Promise<{ locale: string; slug: string }>;

// Rendered on first visit and cached, like the profiles; staff writes to the place or to a person
// held there revalidate it at once.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const prison = await getPrisonPage(slug);
  if (!prison) return {};
  const t = await getTranslations({ locale, namespace: "prisonPages" });
  const kind = `${t(`type.${prison.type}`)}${prison.regime ? `, ${t(`regime.${prison.regime}`)}` : ""}`;
  return pageMetadata({
    locale,
    path: publicPath.prison(prison.slug),
    title: prisonName(prison, locale),
    description:
      `${kind}. ${t(`region.${prison.region}`)}. ${prison.postalAddress ? `${t("address")}: ${prison.postalAddress}` : ""}`.trim(),
  });
}

export default async function PrisonPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const prison = await getPrisonPage(slug);
  if (!prison) notFound();
  const [t, held] = await Promise.all([getTranslations({ locale, namespace: "prisonPages" }), listPrisonersHeldAt(prison.id)]);
  const names = [
    { lang: "en", label: t("nameIn.en"), value: prison.nameLatin },
    { lang: "be", label: t("nameIn.be"), value: prison.nameBelarusian },
    { lang: "ru", label: t("nameIn.ru"), value: prison.nameRussian },
  ].filter((name): name is { lang: string; label: string; value: string } => Boolean(name.value));

  return (
    <article className="space-y-8">
      <nav className="text-sm">
        <Link href={publicPath.prisons} className="underline">
          {t("allPlaces")}
        </Link>
      </nav>
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-bold">{prisonName(prison, locale)}</h1>
        <p className="text-muted">
          <PrisonKind type={prison.type} regime={prison.regime} /> · {t(`region.${prison.region}`)}
        </p>
      </header>

      <section aria-labelledby="prison-facts" className="space-y-3">
        <h2 id="prison-facts" className="font-serif text-2xl font-bold">
          {t("facts")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]" data-testid="prison-facts">
          {names.map((name) => (
            <FactRow key={name.lang} label={name.label} lang={name.lang}>
              {name.value}
            </FactRow>
          ))}
          <FactRow label={t("typeLabel")}>{t(`type.${prison.type}`)}</FactRow>
          {prison.regime && <FactRow label={t("regimeLabel")}>{t(`regime.${prison.regime}`)}</FactRow>}
          <FactRow label={t("regionLabel")}>{t(`region.${prison.region}`)}</FactRow>
        </dl>
      </section>

      <section aria-labelledby="prison-address" className="space-y-3 rounded bg-white p-6 ring-1 ring-line">
        <h2 id="prison-address" className="font-serif text-2xl font-bold">
          {t("address")}
        </h2>
        {prison.postalAddress ? (
          <>
            <p className="max-w-prose text-sm">{t("addressHint")}</p>
            <pre lang="ru" className="whitespace-pre-wrap font-sans text-lg select-all" data-testid="prison-address">
              {prison.postalAddress}
            </pre>
            <CopyButton text={prison.postalAddress} label={t("copy")} copiedLabel={t("copied")} />
          </>
        ) : (
          <p data-testid="prison-no-address">{t("noAddress")}</p>
        )}
      </section>

      <section aria-labelledby="prison-held" className="space-y-3">
        <h2 id="prison-held" className="font-serif text-2xl font-bold">
          {t("heldHeading")} <span className="text-base font-normal text-muted">({t("held", { count: held.length })})</span>
        </h2>
        {held.length === 0 ? (
          <p>{t("heldNone")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2" data-testid="prison-people">
            {held.map((person) => (
              <li key={person.slug}>
                <PrisonerCard {...person} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
