import Link from "next/link";
import { bulkModerate } from "@/lib/comments/actions";
import { QUEUE_TABS, type QueueTab } from "@/lib/comments/schema";
import { MODERATION_PATH } from "@/lib/paths";
import { Pagination, staffPageLabels } from "@/components/ui/Pagination";
import { ModerationCard, type ModerationItem } from "./ModerationCard";
import { RejectReasonOptions } from "./RejectReasons";
import { StaffActionForm } from "./StaffActionForm";

const TAB_LABELS: Record<QueueTab, string> = { pending: "Pending", reported: "Reported", approved: "Approved", rejected: "Rejected" };
const EMPTY: Record<QueueTab, string> = {
  pending: "Nothing waits for a moderator.",
  reported: "No message has open reports.",
  approved: "No approved messages.",
  rejected: "No rejected messages.",
};

const BULK_FORM = "bulk-moderation";

function queueHref(tab: QueueTab, page = 1, q = ""): string {
  const params = new URLSearchParams({ tab });
  if (page > 1) params.set("page", String(page));
  if (q) params.set("q", q);
  return `${MODERATION_PATH}?${params}`;
}

// The queue: tabs with counts, a search, one bulk form fed by every card's checkbox (the HTML form
// attribute, so it needs no JavaScript), the cards, and page links.
export function ModerationQueue({
  tab,
  counts,
  items,
  page,
  pageCount,
  q,
}: {
  tab: QueueTab;
  counts: Record<QueueTab, number>;
  items: ModerationItem[];
  page: number;
  pageCount: number;
  q: string;
}) {
  return (
    <div className="space-y-6">
      <nav aria-label="Queue">
        <ul className="flex flex-wrap gap-2 border-b border-line">
          {QUEUE_TABS.map((name) => (
            <li key={name}>
              <Link
                href={queueHref(name, 1, q)}
                aria-current={name === tab ? "page" : undefined}
                className={`inline-block rounded-t border border-b-0 px-4 py-2 font-semibold ${name === tab ? "border-line bg-white" : "border-transparent text-muted hover:text-ink"}`}
                data-testid={`tab-${name}`}
              >
                {TAB_LABELS[name]} ({counts[name]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action={MODERATION_PATH} className="flex flex-wrap items-end gap-2" role="search">
        <input type="hidden" name="tab" value={tab} />
        <div className="flex flex-col gap-1">
          <label htmlFor="queue-q" className="text-sm font-semibold">
            Author or text contains
          </label>
          <input id="queue-q" name="q" defaultValue={q} maxLength={100} className="rounded border border-muted bg-white px-3 py-1.5" />
        </div>
        <button type="submit" className="rounded border border-ink px-3 py-1.5 font-semibold">
          Search
        </button>
        {q && (
          <Link href={queueHref(tab)} className="px-2 py-1.5 text-sm underline">
            Clear
          </Link>
        )}
      </form>

      {items.length === 0 ? (
        <p className="text-muted" data-testid="queue-empty">
          {q ? "No message here matches that search." : EMPTY[tab]}
        </p>
      ) : (
        <>
          <StaffActionForm
            action={bulkModerate}
            id={BULK_FORM}
            className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3"
            testId="bulk-form"
          >
            <p className="w-full text-sm text-muted">Tick messages below, then decide for all of them at once.</p>
            <div className="flex flex-col gap-1">
              <label htmlFor="bulk-decision" className="text-sm font-semibold">
                With the selected messages
              </label>
              <select id="bulk-decision" name="decision" className="rounded border border-muted bg-white px-2 py-1.5">
                <option value="approve">Approve</option>
                <option value="reject">Reject</option>
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="bulk-reason" className="text-sm font-semibold">
                Reason (when rejecting)
              </label>
              <select id="bulk-reason" name="reason" className="rounded border border-muted bg-white px-2 py-1.5">
                <RejectReasonOptions />
              </select>
            </div>
            <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-white">
              Apply to selected
            </button>
          </StaffActionForm>
          <ul className="space-y-4" data-testid="moderation-list">
            {items.map((item) => (
              <ModerationCard key={item.id} item={item} bulkFormId={BULK_FORM} />
            ))}
          </ul>
        </>
      )}

      <Pagination page={page} pageCount={pageCount} hrefFor={(to) => queueHref(tab, to, q)} labels={staffPageLabels(page, pageCount)} />
    </div>
  );
}
