import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerCard } from "@/components/prisoners/PrisonerCard";
import { SearchForm } from "@/components/prisoners/SearchForm";
import { Pagination } from "@/components/ui/Pagination";
import { catalogueMetadata } from "@/lib/i18n/metadata";
import { resolvePageLocale, type LocaleParams } from "@/lib/i18n/page-params";
import { localePath } from "@/lib/paths";
import { searchPrisoners } from "@/lib/prisoners/queries";
import { parsePrisonerSearch, PRISONER_STATUSES, type PrisonerSearch } from "@/lib/prisoners/schema";

// The search lives in the URL, so this page renders per request (one indexed query).
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return catalogueMetadata(params, "prisoners", "/prisoners");
}

function searchHref(base: string, search: PrisonerSearch, page: number): string {
  const query = new URLSearchParams();
  if (search.q) query.set("q", search.q);
  if (search.status) query.set("status", search.status);
  if (page > 1) query.set("page", String(page));
  const qs = query.toString();
  return qs ? `${base}?${qs}` : base;
}

export default async function PrisonersPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "prisoners" });
  const tf = await getTranslations({ locale, namespace: "finding" });
  const { search, error } = parsePrisonerSearch(await searchParams);
  const result = await searchPrisoners(search);
  const base = localePath(locale, "/prisoners");
  const filtered = Boolean(search.q || search.status);

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <SearchForm action={base} query={search.q} status={search.status} statuses={PRISONER_STATUSES} />
      {error && (
        <p className="rounded border border-accent bg-white p-3 text-sm" data-testid="search-error">
          {t("invalidSearch", { reason: error })}
        </p>
      )}
      <div aria-live="polite" className="flex flex-wrap items-baseline gap-2">
        <p className="font-semibold" data-testid="result-count">
          {t("resultCount", { count: result.total })} {search.q && t("resultsFor", { query: search.q })}
        </p>
        {filtered && (
          <a href={base} className="text-sm underline">
            {t("clear")}
          </a>
        )}
      </div>
      {result.total === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="prisoner-results">
          {result.items.map((person) => (
            <li key={person.slug}>
              <PrisonerCard {...person} />
              {person.matched && (
                <p className="mt-1 text-sm text-muted" data-testid="matched-name">
                  {tf("matched", { name: person.matched })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => searchHref(base, search, page)}
        labels={{
          nav: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          current: t("pageOf", { page: result.page, pageCount: result.pageCount }),
        }}
      />
    </div>
  );
}
