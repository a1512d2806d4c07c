import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { publicPath } from "@/lib/paths";
import { FeedLink } from "@/components/updates/FeedLink";

export function SiteFooter() {
  const t = useTranslations("site");
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between">
        <div className="space-y-1">
          <p>{t("footer.openData")}</p>
          <p>{t("footer.noTrackers")}</p>
        </div>
        <ul className="flex gap-4">
          <li>
            <Link href={publicPath.privacy} className="underline">
              {t("footer.privacy")}
            </Link>
          </li>
          <li>
            <Link href={publicPath.myData} className="underline">
              {t("footer.myData")}
            </Link>
          </li>
          <li>
            <FeedLink className="underline">{t("footer.feed")}</FeedLink>
          </li>
        </ul>
      </div>
    </footer>
  );
}
