import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

type Tag = "p" | "span" | "h1" | "h2" | "h3" | "div" | "li" | "blockquote";

/**
 * A text staff may have translated. Where they have not, the English original shows, marked
 * lang="en" (a screen reader reads it in English) with a short note in the reader's language.
 */
export function TranslatedText({
  as: Element = "span",
  english,
  className,
  children,
}: {
  as?: Tag;
  /** True when this text is the English original on a Belarusian or Russian page. */
  english: boolean;
  className?: string;
  children: ReactNode;
}) {
  const t = useTranslations("site");
  const locale = useLocale();
  if (!english) return <Element className={className}>{children}</Element>;
  const inline = Element === "span" || Element === "li";
  const note = (
    <span
      lang={locale}
      className="ms-2 inline-block rounded bg-paper px-1.5 py-0.5 align-middle text-xs font-normal text-muted ring-1 ring-line"
      data-testid="not-translated"
    >
      {t("notTranslated")}
    </span>
  );
  return (
    <>
      <Element lang="en" className={className}>
        {children}
        {inline && note}
      </Element>
      {!inline && <p>{note}</p>}
    </>
  );
}

/** Whether a row's field shows its English original (the row's queries list those fields). */
export function inEnglish(row: { untranslated?: readonly string[] }, field: string): boolean {
  return row.untranslated?.includes(field) ?? false;
}
