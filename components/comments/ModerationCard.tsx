import { approveComment, blockAuthor, restoreComment } from "@/lib/comments/actions";
import { ENGLISH_LANGUAGE_NAMES, isLocale } from "@/lib/i18n/routing";
import { publicPath } from "@/lib/paths";
import { RejectForm } from "./RejectForm";
import { StaffActionForm } from "./StaffActionForm";

export interface ModerationItem {
  id: string;
  authorName: string;
  body: string;
  /** The language of the page it was written on. */
  locale: string;
  state: "PENDING" | "APPROVED" | "REJECTED";
  flagReason: string | null;
  reportCount: number;
  createdAt: Date;
  prisoner: { slug: string; nameLatin: string } | null;
  update: { slug: string; title: string } | null;
  reports: { reason: string; createdAt: Date }[];
  decisions: { action: string; reason: string | null; createdAt: Date; staff: { email: string } | null }[];
  authorBlocked: boolean;
  hasAddress: boolean;
}

const DECISIONS: Record<string, string> = {
  approve: "Approved",
  reject: "Rejected",
  restore: "Back to pending",
  "block-author": "Author blocked",
  "auto-blocked": "Rejected automatically: the author is blocked",
  "auto-hidden": "Hidden automatically after reports",
};

const STATES: Record<ModerationItem["state"], string> = { PENDING: "Pending", APPROVED: "Approved", REJECTED: "Rejected" };

/** A stored language's English name; a value from outside the site's languages shows as stored. */
function writtenIn(locale: string): string {
  return isLocale(locale) ? ENGLISH_LANGUAGE_NAMES[locale] : locale;
}

export function staffTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const button = "rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60";

// One message in the queue: where it was posted, by whom, what it says, why it is here, what was
// decided before, and what a moderator can do now. The text is React text: markup shows as typed.
export function ModerationCard({ item, bulkFormId }: { item: ModerationItem; bulkFormId: string }) {
  const page = item.prisoner
    ? { label: `Profile: ${item.prisoner.nameLatin}`, href: publicPath.prisoner(item.prisoner.slug) }
    : item.update
      ? { label: `Update: ${item.update.title}`, href: publicPath.update(item.update.slug) }
      : null;
  const reasons = Object.entries(
    item.reports.reduce<Record<string, number>>((all, report) => ({ ...all, [report.reason]: (all[report.reason] ?? 0) + 1 }), {}),
  );
  return (
    <li className="space-y-3 rounded border border-line bg-white p-4" data-testid="moderation-item" aria-labelledby={`item-${item.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <p id={`item-${item.id}`} className="font-semibold">
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" name="comments" value={item.id} form={bulkFormId} className="h-4 w-4" />
              <span data-testid="moderation-author">{item.authorName}</span>
            </label>
          </p>
          <p className="text-sm text-muted">
            {page ? (
              <a href={page.href} className="underline">
                {page.label}
              </a>
            ) : (
              "Page removed"
            )}
            {" · "}
            <time dateTime={item.createdAt.toISOString()}>{staffTime(item.createdAt)}</time>
            {" · "}
            <span data-testid="moderation-state">{STATES[item.state]}</span>
            {" · "}
            <span data-testid="moderation-language">Written in {writtenIn(item.locale)}</span>
          </p>
        </div>
        {item.authorBlocked && <span className="rounded bg-ink px-2 py-1 text-xs font-semibold text-white">Author blocked</span>}
      </div>

      <p className="break-words whitespace-pre-line rounded bg-paper p-3" data-testid="moderation-body">
        {item.body}
      </p>

      {item.flagReason && (
        <p className="text-sm font-semibold text-accent" data-testid="moderation-flag">
          Flagged: {item.flagReason}
        </p>
      )}
      {item.reports.length > 0 && (
        <div className="text-sm" data-testid="moderation-reports">
          <p className="font-semibold">
            {item.reportCount === 1 ? "1 open report" : `${item.reportCount} open reports`}
            {item.reports.length !== item.reportCount && ` (${item.reports.length} in all)`}
          </p>
          <ul className="list-disc pl-5">
            {reasons.map(([reason, count]) => (
              <li key={reason}>
                {reason}: {count}
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.decisions.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold">History ({item.decisions.length})</summary>
          <ol className="mt-1 space-y-1 pl-5" data-testid="moderation-history">
            {item.decisions.map((decision, index) => (
              <li key={index} className="list-decimal">
                {DECISIONS[decision.action] ?? decision.action}
                {decision.reason && `: ${decision.reason}`} — {decision.staff?.email ?? "automatic"},{" "}
                <time dateTime={decision.createdAt.toISOString()}>{staffTime(decision.createdAt)}</time>
              </li>
            ))}
          </ol>
        </details>
      )}

      <div className="flex flex-wrap items-start gap-4 border-t border-line pt-3">
        {(item.state !== "APPROVED" || item.reportCount > 0) && (
          <StaffActionForm action={approveComment}>
            <input type="hidden" name="comment" value={item.id} />
            <button type="submit" className={`${button} bg-free text-white`}>
              {item.state === "APPROVED" ? "Keep (dismiss reports)" : "Approve"}
            </button>
          </StaffActionForm>
        )}
        {item.state !== "REJECTED" && <RejectForm commentId={item.id} />}
        {item.state !== "PENDING" && (
          <StaffActionForm action={restoreComment}>
            <input type="hidden" name="comment" value={item.id} />
            <button type="submit" className={`${button} border border-ink`}>
              Back to pending
            </button>
          </StaffActionForm>
        )}
        {item.hasAddress && !item.authorBlocked && (
          <StaffActionForm action={blockAuthor}>
            <input type="hidden" name="comment" value={item.id} />
            <button type="submit" className={`${button} border border-accent text-accent`}>
              Block the author
            </button>
          </StaffActionForm>
        )}
      </div>
    </li>
  );
}
