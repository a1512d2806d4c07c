import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkPanel, PressNoticeText, TokenButton } from "@/components/ui/LinkPanel";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { pressNotice } from "@/lib/server-action";
import { confirmSubscriptionAction } from "@/lib/subscriptions/actions";
import { describeSubscriptionConfirmLink } from "@/lib/subscriptions/queries";

type Params = Promise<{ locale: string; token: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "subscriptions.confirm" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function ConfirmSubscriptionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { token } = await params;
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "subscriptions.confirm" });
  const state = await describeSubscriptionConfirmLink(token);
  if (state !== "pending") {
    return (
      <LinkPanel heading={t(`${state}Heading`)} testId={`subscription-${state}`}>
        <p>{t(`${state}Text`)}</p>
      </LinkPanel>
    );
  }
  return (
    <LinkPanel heading={t("pendingHeading")} testId="subscription-pending">
      <p>{t("pendingText")}</p>
      <PressNoticeText locale={locale} notice={pressNotice(await searchParams)} />
      <TokenButton action={confirmSubscriptionAction} token={token} label={t("button")} />
    </LinkPanel>
  );
}
