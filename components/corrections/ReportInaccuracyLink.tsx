import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { publicPath } from "@/lib/paths";

/** The end of a profile: where to report an error on it (its own page keeps the profile cached). */
export function ReportInaccuracyLink({ slug }: { slug: string }) {
  const t = useTranslations("corrections");
  return (
    <p className="border-t border-stone-200 pt-4 text-sm">
      <Link href={publicPath.reportInaccuracy(slug)} className="underline" data-testid="report-inaccuracy">
        {t("link")}
      </Link>
    </p>
  );
}
