import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { BirthdayEntry } from "@/lib/birthdays/schema";
import { publicPath } from "@/lib/paths";

type Named = { nameLatin: string; nameBelarusian: string | null; nameRussian: string | null };

function nameIn(locale: string, named: Named): string {
  if (locale === "be") return named.nameBelarusian ?? named.nameLatin;
  if (locale === "ru") return named.nameRussian ?? named.nameLatin;
  return named.nameLatin;
}

export function BirthdayList({ entries }: { entries: BirthdayEntry[] }) {
  const t = useTranslations("birthdays");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ol className="space-y-3" data-testid="birthday-list">
      {entries.map((entry) => {
        const name = nameIn(locale, entry);
        return (
          <li key={entry.slug} className="rounded border border-line bg-white p-4" data-testid="birthday">
            <p className="font-semibold">
              <time dateTime={entry.on.toISOString().slice(0, 10)}>
                {format.dateTime(entry.on, { day: "numeric", month: "long", timeZone: "UTC" })}
              </time>{" "}
              <span className="text-muted">({entry.inDays === 0 ? t("today") : t("inDays", { days: entry.inDays })})</span>
            </p>
            <h2 className="font-serif text-lg font-bold">
              <Link href={publicPath.prisoner(entry.slug)} className="hover:underline">
                {name}
              </Link>
              <span className="ml-2 text-base font-normal">{t("turns", { age: format.number(entry.turns) })}</span>
            </h2>
            {entry.prison && <p className="text-sm text-muted">{t("heldIn", { prison: nameIn(locale, entry.prison) })}</p>}
            <Link href={publicPath.letter(entry.slug)} className="font-semibold text-accent underline" data-testid="letter-link">
              {t("write", { name })}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
