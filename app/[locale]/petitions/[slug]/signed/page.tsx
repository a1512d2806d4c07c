import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SignSent } from "@/components/petitions/SignSent";
import { PetitionShare } from "@/components/petitions/PetitionShare";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { localePath, publicPath } from "@/lib/paths";
import { getPetition } from "@/lib/petitions/queries";

type Params = Promise<{ locale: string; slug: string }>;

// Where a signature taken without JavaScript lands (lib/petitions/actions.ts): the same page for
// every supporter, so it is cached, and a reload does not post the form again. It names no one.
// Staff edits to the petition clear it with the petition's page (pathsShowingPetition).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "petitions" });
  return { title: t("sent.heading"), robots: { index: false, follow: false } };
}

export default async function PetitionSignedPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const petition = await getPetition(slug, locale);
  if (!petition) notFound();
  const t = await getTranslations({ locale, namespace: "petitions" });

  return (
    <article className="mx-auto max-w-2xl space-y-6">
      <SignSent />
      <p>
        <Link href={publicPath.petition(petition.slug)} className="font-semibold text-accent underline">
          {t("sent.back", { title: petition.title })}
        </Link>
      </p>
      <PetitionShare url={`${env.APP_URL}${localePath(locale, publicPath.petition(petition.slug))}`} title={petition.title} />
    </article>
  );
}
