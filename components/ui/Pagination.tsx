/** The words of a page list, in the page's language: public lists translate them, staff lists are English. */
export interface PaginationLabels {
  /** The name of the navigation landmark, e.g. "Pages". */
  nav: string;
  previous: string;
  next: string;
  /** Where the reader is, e.g. "Page 2 of 5". */
  current: string;
}

// Previous and next page links for every paginated list; the links keep the rest of the search
// in the URL (hrefFor), so they work without JavaScript and can be shared.
export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: PaginationLabels;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className="font-semibold underline">
          {labels.previous}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{labels.current}</span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className="font-semibold underline">
          {labels.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The labels of a staff list (staff pages are English). */
export function staffPageLabels(
  page: number,
  pageCount: number,
  words = { previous: "Previous page", next: "Next page" },
): PaginationLabels {
  return { nav: "Pages", current: `Page ${page} of ${pageCount}`, ...words };
}
