import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonKind } from "@/components/prisons/PrisonKind";
import { catalogueMetadata } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";
import { publicPath } from "@/lib/paths";
import { listPrisonsByRegion } from "@/lib/prisons/queries";
import { prisonName } from "@/lib/prisons/schema";

// Cached like the other lists; staff writes to a place or a person revalidate it at once.
export const revalidate = 3600;

export function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return catalogueMetadata(params, "prisonPages", publicPath.prisons);
}

export default async function PrisonsPage({ params }: { params: LocaleParams }) {
  const locale = await resolvePageLocale(params);
  const [t, groups] = await Promise.all([getTranslations({ locale, namespace: "prisonPages" }), listPrisonsByRegion()]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
        <p className="max-w-prose">{t("intro")}</p>
      </header>
      {groups.length === 0 && <p>{t("none")}</p>}
      {groups.map((group) => (
        <section key={group.region} aria-labelledby={`region-${group.region}`} className="space-y-3" data-testid="prison-region">
          <h2 id={`region-${group.region}`} className="font-serif text-2xl font-bold">
            {t(`region.${group.region}`)}
          </h2>
          <ul className="divide-y divide-line rounded border border-line bg-white">
            {group.prisons.map((prison) => (
              <li key={prison.slug} className="flex flex-wrap items-baseline justify-between gap-2 p-4" data-testid="prison-item">
                <div>
                  <Link href={publicPath.prison(prison.slug)} className="font-semibold underline" lang={locale}>
                    {prisonName(prison, locale)}
                  </Link>
                  <p className="text-sm text-muted">
                    <PrisonKind type={prison.type} regime={prison.regime} />
                  </p>
                </div>
                <p className="text-sm font-semibold" data-testid="prison-held">
                  {t("held", { count: prison.held })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
