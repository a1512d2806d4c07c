import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkPanel as Panel, PressNoticeText, TokenButton } from "@/components/ui/LinkPanel";
import { ShareLinks } from "@/components/ui/ShareLinks";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { confirmSignatureAction } from "@/lib/petitions/actions";
import { describeConfirmationLink } from "@/lib/petitions/queries";
import { links } from "@/lib/paths";
import { pressNotice } from "@/lib/server-action";

type Params = Promise<{ locale: string; token: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Personal and changing: never cached. Opening the link changes nothing (mail scanners open
// links too); the button does.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "petitions.confirm" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function ConfirmSignaturePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { token } = await params;
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "petitions.confirm" });
  const link = await describeConfirmationLink(token);
  const notice = pressNotice(await searchParams);

  if (link.state === "invalid") {
    return (
      <Panel heading={t("invalidHeading")} testId="confirm-invalid">
        <p>{t("invalidText")}</p>
      </Panel>
    );
  }
  const petitionLink = (
    <Link href={`/petitions/${link.petition.slug}`} className="font-semibold text-accent underline">
      {t("backToPetition")}
    </Link>
  );
  if (link.state === "expired" || link.state === "closed") {
    return (
      <Panel heading={t(`${link.state}Heading`)} testId={`confirm-${link.state}`}>
        <p>{t(`${link.state}Text`, { petition: link.petition.title })}</p>
        {petitionLink}
      </Panel>
    );
  }
  if (link.state === "confirmed") {
    return (
      <Panel heading={t("confirmedHeading")} testId="confirm-done">
        <p>{t("confirmedText", { petition: link.petition.title })}</p>
        <h2 className="font-serif text-xl font-bold">{t("shareHeading")}</h2>
        <p className="text-sm text-muted">{t("shareText")}</p>
        <ShareLinks url={links.petition(link.petition.slug, locale)} text={link.petition.title} referralCode={link.shareCode} />
        <p className="font-semibold" data-testid="referred-count">
          {t("referred", { count: link.referredCount })}
        </p>
        {petitionLink}
      </Panel>
    );
  }
  return (
    <Panel heading={t("pendingHeading")} testId="confirm-pending">
      <p>{t("pendingText", { petition: link.petition.title })}</p>
      <PressNoticeText locale={locale} notice={notice} />
      <TokenButton action={confirmSignatureAction} token={token} label={t("button")} />
    </Panel>
  );
}
