import { useFormatter, useTranslations } from "next-intl";
import { CommentForm } from "./CommentForm";
import { ReportForm } from "./ReportForm";
import { ReportScope } from "./ReportScope";

export interface ShownComment {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

// "Messages of solidarity" under a profile or an update. Messages are React text, never HTML: markup
// and addresses show as typed, and line breaks are kept by CSS (whitespace-pre-line).
export function CommentSection({
  page,
  moderation,
  comments,
}: {
  /** "prisoner:<slug>" or "update:<slug>" */
  page: string;
  moderation: "PRE" | "POST";
  comments: ShownComment[];
}) {
  const t = useTranslations("comments");
  const format = useFormatter();
  return (
    <section aria-labelledby="comments-heading" className="space-y-6" data-testid="comments">
      <div className="space-y-2">
        <h2 id="comments-heading" className="font-serif text-2xl font-bold">
          {t("heading")}
        </h2>
        <p className="max-w-prose text-muted">{moderation === "PRE" ? t("introPre") : t("introPost")}</p>
      </div>
      <ReportScope commentIds={comments.map((comment) => comment.id)}>
        {comments.length === 0 ? (
          <p className="text-sm text-muted" data-testid="comments-none">
            {t("none")}
          </p>
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-muted">{t("latest", { count: comments.length })}</p>
            <ol className="space-y-4" data-testid="comment-list">
              {comments.map((comment) => (
                <li key={comment.id} className="space-y-2 rounded border border-line bg-white p-4" data-testid="comment">
                  <p className="text-sm">
                    <span className="font-semibold" data-testid="comment-author">
                      {comment.authorName}
                    </span>
                    <span className="text-muted">
                      {" · "}
                      <time dateTime={comment.createdAt.toISOString()}>
                        {format.dateTime(comment.createdAt, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })}
                      </time>
                    </span>
                  </p>
                  <p className="max-w-prose break-words whitespace-pre-line" data-testid="comment-body">
                    {comment.body}
                  </p>
                  <ReportForm commentId={comment.id} authorName={comment.authorName} />
                </li>
              ))}
            </ol>
          </div>
        )}
      </ReportScope>
      <div className="space-y-3 rounded border border-line bg-white p-5">
        <h3 className="font-serif text-xl font-bold">{t("form.heading")}</h3>
        <p className="text-sm text-muted">{t("rules")}</p>
        <CommentForm page={page} />
      </div>
    </section>
  );
}
