import { inEnglish, TranslatedText } from "@/components/i18n/TranslatedText";

// The title and summary of an article (an update, a petition), each marked where it is still the
// English original.
export function ArticleHeadline({
  article,
  width = "",
}: {
  article: { title: string; summary: string; untranslated?: readonly string[] };
  /** Extra width classes for the title and the summary. */
  width?: { title: string; summary: string } | "";
}) {
  return (
    <>
      <TranslatedText
        as="h1"
        english={inEnglish(article, "title")}
        className={`${width ? `${width.title} ` : ""}font-serif text-4xl font-bold leading-tight`}
      >
        {article.title}
      </TranslatedText>
      <TranslatedText as="p" english={inEnglish(article, "summary")} className={`${width ? `${width.summary} ` : ""}text-lg text-muted`}>
        {article.summary}
      </TranslatedText>
    </>
  );
}
