import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LinkPanel, PressNoticeText, TokenButton } from "@/components/ui/LinkPanel";
import { dateFormatFor } from "@/lib/i18n/dates";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { eraseMyData } from "@/lib/my-data/actions";
import { collectSupporterData, emailHashForLink } from "@/lib/my-data/queries";
import { publicPath } from "@/lib/paths";
import { pressNotice } from "@/lib/server-action";
import { countryName } from "@/lib/supporters/countries";

type Params = Promise<{ locale: string; token: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Personal: rendered per request, never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "same-origin" };

export default async function MyDataLinkPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { token } = await params;
  const locale = await resolvePageLocale(params);
  const emailHash = await emailHashForLink(token);
  if (!emailHash) redirect(`${publicPath.myData}?link=invalid`);
  const [t, tStatus, format, data] = await Promise.all([
    getTranslations({ locale, namespace: "myData" }),
    getTranslations({ locale, namespace: "myData.states" }),
    getFormatter({ locale }),
    collectSupporterData(emailHash),
  ]);
  const day = (date: Date | null) => (date ? format.dateTime(date, dateFormatFor("DAY")) : "");

  return (
    <LinkPanel heading={t("listHeading")} testId="my-data-list">
      <h2 className="font-serif text-xl font-bold">{t("signatures")}</h2>
      {data.signatures.length === 0 ? (
        <p>{t("noSignatures")}</p>
      ) : (
        <ul className="space-y-2" data-testid="my-data-signatures">
          {data.signatures.map((signature, index) => (
            <li key={index} className="rounded border border-line p-3 text-sm">
              <p className="font-semibold">{signature.petition.title}</p>
              <p>
                {signature.name} · {countryName(signature.country, locale)} · {tStatus(signature.state)} ·{" "}
                {day(signature.confirmedAt ?? signature.createdAt)}
              </p>
              <p className="text-muted">{signature.showName ? t("shown") : t("notShown")}</p>
            </li>
          ))}
        </ul>
      )}
      <h2 className="font-serif text-xl font-bold">{t("subscriptions")}</h2>
      {data.subscriptions.length === 0 ? (
        <p>{t("noSubscriptions")}</p>
      ) : (
        <ul className="space-y-2" data-testid="my-data-subscriptions">
          {data.subscriptions.map((subscription, index) => (
            <li key={index} className="rounded border border-line p-3 text-sm">
              {subscription.prisoner ? t("scopePerson", { name: subscription.prisoner.nameLatin }) : t("scopeAll")} ·{" "}
              {tStatus(subscription.state)} · {day(subscription.confirmedAt ?? subscription.createdAt)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/api/my-data/${token}`} className="font-semibold text-accent underline" download>
          {t("export")}
        </a>
      </p>
      <h2 className="font-serif text-xl font-bold">{t("eraseHeading")}</h2>
      <p>{t("eraseText")}</p>
      <PressNoticeText locale={locale} notice={pressNotice(await searchParams)} />
      <TokenButton action={eraseMyData} token={token} label={t("eraseButton")} />
    </LinkPanel>
  );
}
