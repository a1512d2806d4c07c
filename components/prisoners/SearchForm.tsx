import { useTranslations } from "next-intl";
import type { PrisonerStatus } from "@/lib/generated/prisma/enums";

// A plain GET form: works without JavaScript and puts the search in the URL, so it can be shared.
export function SearchForm({
  action,
  query = "",
  status,
  statuses,
}: {
  action: string;
  query?: string;
  status?: PrisonerStatus;
  /** Shown as a filter when given. */
  statuses?: readonly PrisonerStatus[];
}) {
  const t = useTranslations();
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="prisoner-search" className="text-sm font-semibold">
          {t("search.label")}
        </label>
        <input
          id="prisoner-search"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={100}
          placeholder={t("search.placeholder")}
          aria-describedby="prisoner-search-hint"
          className="rounded border border-muted bg-white px-3 py-2"
        />
        <span id="prisoner-search-hint" className="text-xs text-muted">
          {t("search.hint")}
        </span>
      </div>
      {statuses && (
        <div className="flex flex-col gap-1">
          <label htmlFor="prisoner-status" className="text-sm font-semibold">
            {t("statusFilter.label")}
          </label>
          <select id="prisoner-status" name="status" defaultValue={status ?? ""} className="rounded border border-muted bg-white px-3 py-2">
            <option value="">{t("statusFilter.all")}</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="mb-5 rounded bg-ink px-4 py-2 font-semibold text-white">
        {t("search.submit")}
      </button>
    </form>
  );
}
