import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { publicPath } from "@/lib/paths";

export function NotFoundContent() {
  const t = useTranslations("notFound");
  return (
    <div className="space-y-4" data-testid="not-found">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="text-muted">{t("text")}</p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href={publicPath.home} className="font-semibold text-accent underline">
            {t("home")}
          </Link>
        </li>
        <li>
          <Link href={publicPath.prisoners} className="font-semibold text-accent underline">
            {t("prisoners")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
