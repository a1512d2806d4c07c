import { useFormatter, useTranslations } from "next-intl";
import { dateFormatFor } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";
import { publicPath } from "@/lib/paths";
import { inEnglish, TranslatedText } from "@/components/i18n/TranslatedText";

export interface UpdateTeaserData {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  untranslated?: readonly string[];
}

export function UpdateTeaser({ update }: { update: UpdateTeaserData }) {
  const t = useTranslations("updates");
  const format = useFormatter();
  return (
    <article className="space-y-2 rounded border border-line bg-white p-5" data-testid="update-teaser">
      <p className="text-sm text-muted">
        <time dateTime={update.publishedAt.toISOString().slice(0, 10)}>
          {t("published", { date: format.dateTime(update.publishedAt, dateFormatFor("DAY")) })}
        </time>
      </p>
      <TranslatedText as="h3" english={inEnglish(update, "title")} className="font-serif text-xl font-bold">
        <Link href={publicPath.update(update.slug)} className="hover:underline">
          {update.title}
        </Link>
      </TranslatedText>
      <TranslatedText as="p" english={inEnglish(update, "summary")}>
        {update.summary}
      </TranslatedText>
      <Link href={publicPath.update(update.slug)} className="font-semibold text-accent underline">
        {t("readMore")}
        <span className="sr-only">: {update.title}</span>
      </Link>
    </article>
  );
}
