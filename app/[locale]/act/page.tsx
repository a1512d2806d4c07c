import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionHub } from "@/components/act/ActionHub";
import { catalogueMetadata } from "@/lib/i18n/metadata";
import { SignBlock } from "@/components/petitions/SignBlock";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";
import { listOpenPetitions } from "@/lib/petitions/queries";
import { countryOptions } from "@/lib/supporters/countries";

// Petition counts on this page may be at most 10 seconds old.
export const revalidate = 10;

export function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return catalogueMetadata(params, "act", "/act");
}

export default async function ActPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const [t, petitions] = await Promise.all([getTranslations({ locale, namespace: "act" }), listOpenPetitions(locale)]);
  const countries = countryOptions(locale);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="max-w-2xl text-lg text-muted">{t("intro")}</p>
      <ActionHub />
      <section id="petitions" className="scroll-mt-4 space-y-4" aria-labelledby="petitions-heading">
        <h2 id="petitions-heading" className="font-serif text-2xl font-bold">
          {t("petitions.title")}
        </h2>
        <p className="text-muted">{t("petitions.text")}</p>
        <div className="grid gap-6 lg:grid-cols-2">
          {petitions.map((petition) => (
            <SignBlock key={petition.slug} petition={petition} countries={countries} />
          ))}
        </div>
      </section>
    </div>
  );
}
