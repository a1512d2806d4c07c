import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CorrectionForm } from "@/components/corrections/CorrectionForm";
import { findReportablePrisoner } from "@/lib/corrections/queries";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { publicPath } from "@/lib/paths";
import { pageMetadata } from "@/lib/seo/metadata";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The form has its own page so the profile stays cached as it is (docs/decisions/049): this one
// renders per request (the thank-you state is ?sent=1, a refused post re-renders the form with
// its answer), and costs one small query.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const prisoner = await findReportablePrisoner(slug);
  if (!prisoner) return {};
  const t = await getTranslations({ locale, namespace: "corrections" });
  return {
    ...pageMetadata({
      locale,
      path: publicPath.reportInaccuracy(prisoner.slug),
      title: t("title", { name: prisoner.nameLatin }),
      description: t("description", { name: prisoner.nameLatin }),
    }),
    robots: { index: false },
  };
}

export default async function ReportInaccuracyPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const prisoner = await findReportablePrisoner(slug);
  if (!prisoner) notFound();
  const t = await getTranslations({ locale, namespace: "corrections" });
  const sent = (await searchParams).sent === "1";
  return (
    <article className="mx-auto max-w-2xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("title", { name: prisoner.nameLatin })}</h1>
      {sent ? (
        <p role="status" className="rounded border-l-4 border-free bg-white p-4 font-semibold" data-testid="correction-sent">
          {t("sent")}
        </p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <CorrectionForm prisoner={prisoner.slug} />
        </>
      )}
      <Link href={publicPath.prisoner(prisoner.slug)} className="underline">
        {t("back")}
      </Link>
    </article>
  );
}
