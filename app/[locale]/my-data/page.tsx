import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyDataRequestForm } from "@/components/my-data/MyDataRequestForm";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Shows the outcome of an erase or a bad link from the URL: rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "myData" });
  return { title: t("title"), description: t("intro") };
}

export default async function MyDataPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "myData" });
  const { erased, link } = await searchParams;
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      {erased === "1" && (
        <p className="rounded border-l-4 border-free bg-white p-4 font-semibold" role="status" data-testid="my-data-erased">
          {t("erased")}
        </p>
      )}
      {link === "invalid" && (
        <p className="rounded border-l-4 border-accent bg-white p-4 font-semibold" data-testid="my-data-link-invalid">
          {t("linkInvalid")}
        </p>
      )}
      <p>{t("intro")}</p>
      <MyDataRequestForm />
    </div>
  );
}
