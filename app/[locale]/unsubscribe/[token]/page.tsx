import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkPanel, PressNoticeText, TokenButton } from "@/components/ui/LinkPanel";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { pressNotice } from "@/lib/server-action";
import { unsubscribeAction } from "@/lib/subscriptions/actions";
import { describeUnsubscribeLink } from "@/lib/subscriptions/queries";

type Params = Promise<{ locale: string; token: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Opening the link shows a button; only pressing it unsubscribes (link scanners open links too).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "subscriptions.unsubscribe" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function UnsubscribePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { token } = await params;
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "subscriptions.unsubscribe" });
  const state = await describeUnsubscribeLink(token);
  if (state === "invalid") {
    return (
      <LinkPanel heading={t("invalidHeading")} testId="unsubscribe-invalid">
        <p>{t("invalidText")}</p>
      </LinkPanel>
    );
  }
  if (state === "unsubscribed") {
    return (
      <LinkPanel heading={t("doneHeading")} testId="unsubscribe-done">
        <p>{t("doneText")}</p>
      </LinkPanel>
    );
  }
  return (
    <LinkPanel heading={t("subscribedHeading")} testId="unsubscribe-pending">
      <p>{t("subscribedText")}</p>
      <PressNoticeText locale={locale} notice={pressNotice(await searchParams)} />
      <TokenButton action={unsubscribeAction} token={token} label={t("button")} />
    </LinkPanel>
  );
}
