import { useTranslations } from "next-intl";

// Page links keep the rest of the search in the URL.
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("prisoners");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className="font-semibold underline">
          {t("previous")}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className="font-semibold underline">
          {t("next")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
