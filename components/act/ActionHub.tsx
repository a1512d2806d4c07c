import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { publicPath } from "@/lib/paths";
import { SubscribeForm } from "@/components/subscriptions/SubscribeForm";
import { ActionCard } from "./ActionCard";
import { FeedLink } from "@/components/updates/FeedLink";

// Every action that works today; later flows (petitions, messages, letters) join this list when
// they work, so no card ever leads nowhere.
export function ActionHub() {
  const t = useTranslations("act");
  const tBirthdays = useTranslations("birthdays");
  return (
    <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4" data-testid="action-hub">
      <ActionCard title={t("petitions.title")}>
        <p className="text-sm text-muted">{t("petitions.text")}</p>
        <Link href={`${publicPath.act}#petitions`} className="mt-auto font-semibold text-accent underline">
          {t("petitions.link")}
        </Link>
      </ActionCard>
      <ActionCard title={t("learn.title")}>
        <p className="text-sm text-muted">{t("learn.text")}</p>
        <Link href={publicPath.prisoners} className="mt-auto font-semibold text-accent underline">
          {t("learn.link")}
        </Link>
      </ActionCard>
      <ActionCard title={tBirthdays("hubTitle")}>
        <p className="text-sm text-muted">{tBirthdays("hubText")}</p>
        <Link href={publicPath.birthdays} className="mt-auto font-semibold text-accent underline">
          {tBirthdays("hubLink")}
        </Link>
      </ActionCard>
      <ActionCard title={t("share.title")}>
        <p className="text-sm text-muted">{t("share.text")}</p>
        <Link href={publicPath.prisoners} className="mt-auto font-semibold text-accent underline">
          {t("share.link")}
        </Link>
      </ActionCard>
      <ActionCard title={t("follow.title")}>
        <p className="text-sm text-muted">{t("follow.text")}</p>
        <SubscribeForm idPrefix="hub" />
        <div className="mt-auto flex flex-wrap gap-4">
          <FeedLink className="font-semibold text-accent underline">{t("follow.link")}</FeedLink>
          <Link href={publicPath.updates} className="font-semibold text-accent underline">
            {t("follow.updates")}
          </Link>
        </div>
      </ActionCard>
    </div>
  );
}
