import type { Metadata } from "next";
import Link from "next/link";
import { Pagination, staffPageLabels } from "@/components/ui/Pagination";
import { requireStaffPage } from "@/lib/auth/guards";
import { auditFilterOptions, listAuditEntries, parseAuditFilter, prettyJson, SYSTEM_ACTOR, type AuditFilter } from "@/lib/audit/queries";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function hrefFor(filter: AuditFilter, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["action", "entityType", "actor", "from", "to"] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const qs = query.toString();
  return qs ? `/admin/audit?${qs}` : "/admin/audit";
}

const CONTROL = "rounded border border-muted bg-white px-3 py-2";

// Who did what, to what, when: newest first, filtered through the URL (a GET form, no JavaScript needed).
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage("ADMIN");
  const { filter, error } = parseAuditFilter(await searchParams);
  const [result, options] = await Promise.all([listAuditEntries(filter), auditFilterOptions()]);
  const filtered = Boolean(filter.action || filter.entityType || filter.actor || filter.from || filter.to);

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <form method="get" action="/admin/audit" className="grid items-end gap-4 sm:grid-cols-3 lg:grid-cols-6" data-testid="audit-filter">
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Action
          <select name="action" defaultValue={filter.action ?? ""} className={CONTROL}>
            <option value="">Any</option>
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Entity
          <select name="entityType" defaultValue={filter.entityType ?? ""} className={CONTROL}>
            <option value="">Any</option>
            {options.entityTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Who
          <select name="actor" defaultValue={filter.actor ?? ""} className={CONTROL}>
            <option value="">Anyone</option>
            <option value={SYSTEM_ACTOR}>system</option>
            {options.actors.map((actor) => (
              <option key={actor.value} value={actor.value}>
                {actor.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          From (UTC)
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={CONTROL} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          To (UTC, inclusive)
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={CONTROL} />
        </label>
        <div className="flex gap-3">
          <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">
            Filter
          </button>
          {filtered && (
            <Link href="/admin/audit" className="self-center text-sm underline">
              Clear
            </Link>
          )}
        </div>
      </form>

      {error && (
        <p role="alert" className="rounded border border-accent bg-white p-3 text-sm" data-testid="audit-filter-error">
          That filter could not be read ({error}). Showing every entry instead.
        </p>
      )}
      <p className="font-semibold" data-testid="audit-count">
        {result.total.toLocaleString("en")} {result.total === 1 ? "entry" : "entries"}
      </p>

      {result.items.length > 0 && (
        <ol className="divide-y divide-line rounded bg-white ring-1 ring-line" data-testid="audit-entries">
          {result.items.map((entry) => {
            const before = prettyJson(entry.before);
            const after = prettyJson(entry.after);
            return (
              <li key={entry.id} className="space-y-2 p-4" data-testid="audit-entry">
                <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <time dateTime={entry.createdAt.toISOString()} className="text-muted">
                    {entry.createdAt.toISOString().slice(0, 19).replace("T", " ")} UTC
                  </time>
                  <span className="font-semibold" data-testid="audit-actor">
                    {entry.actor}
                  </span>
                  <code data-testid="audit-action">{entry.action}</code>
                  <span>
                    {entry.entityType} <code className="text-xs text-muted">{entry.entityId}</code>
                  </span>
                </p>
                {(before || after) && (
                  <details className="text-sm">
                    <summary className="cursor-pointer font-semibold">Before and after</summary>
                    <div className="mt-2 grid gap-4 lg:grid-cols-2">
                      <div>
                        <p className="text-xs font-semibold uppercase text-muted">Before</p>
                        <pre
                          className="overflow-x-auto whitespace-pre-wrap break-words rounded bg-paper p-2 text-xs"
                          data-testid="audit-before"
                        >
                          {before ?? "—"}
                        </pre>
                      </div>
                      <div>
                        <p className="text-xs font-semibold uppercase text-muted">After</p>
                        <pre
                          className="overflow-x-auto whitespace-pre-wrap break-words rounded bg-paper p-2 text-xs"
                          data-testid="audit-after"
                        >
                          {after ?? "—"}
                        </pre>
                      </div>
                    </div>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}

      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => hrefFor(filter, page)}
        labels={staffPageLabels(result.page, result.pageCount, { previous: "Newer entries", next: "Older entries" })}
      />
    </div>
  );
}
