import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { publicPath } from "@/lib/paths";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { SkipLink } from "./SkipLink";

export function SiteHeader() {
  const t = useTranslations("site");
  const tPrisons = useTranslations("prisonPages");
  const tBirthdays = useTranslations("birthdays");
  return (
    <header className="border-b border-line bg-white">
      <SkipLink label={t("skipToContent")} />
      <div className="mx-auto flex max-w-5xl justify-end px-4 pt-2">
        <LanguageSwitcher label={t("languages")} />
      </div>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 pb-4 pt-1">
        <Link href={publicPath.home} className="font-serif text-2xl font-bold tracking-tight text-ink no-underline">
          <span aria-hidden="true" className="mr-1 text-accent">
            ●
          </span>
          {t("name")}
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
            <li>
              <Link href={publicPath.prisoners} className="hover:underline">
                {t("nav.prisoners")}
              </Link>
            </li>
            <li>
              <Link href={publicPath.prisons} className="hover:underline">
                {tPrisons("nav")}
              </Link>
            </li>
            <li>
              <Link href={publicPath.updates} className="hover:underline">
                {t("nav.updates")}
              </Link>
            </li>
            <li>
              <Link href={publicPath.birthdays} className="hover:underline">
                {tBirthdays("nav")}
              </Link>
            </li>
            <li>
              <Link href={publicPath.act} className="rounded bg-accent px-3 py-1.5 text-white hover:bg-accent-dark">
                {t("nav.act")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
