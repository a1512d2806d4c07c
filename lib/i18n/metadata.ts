import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "../seo/metadata";
import { resolvePageLocale, type LocaleParams } from "./page-params";

type PageNamespace = "act" | "privacy" | "updates" | "prisoners" | "prisonPages" | "birthdays";

/** Title, description and canonical URL of a page whose texts are `<namespace>.title/description`. */
export async function catalogueMetadata(params: LocaleParams, namespace: PageNamespace, path: string): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace });
  return pageMetadata({ locale, path, title: t("title"), description: t("description") });
}
