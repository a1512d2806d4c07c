import type { Metadata } from "next";
import { RejectCorrectionForm, ResolveForm } from "@/components/corrections/CorrectionDecisions";
import { requireStaffPage } from "@/lib/auth/guards";
import { isSimpleField } from "@/lib/corrections/fields";
import { openCorrections } from "@/lib/corrections/queries";
import { dayValue } from "@/lib/dates";

export const metadata: Metadata = { title: "Corrections" };

const shown = (value: unknown) => (value instanceof Date ? dayValue(value) : typeof value === "string" && value !== "" ? value : "—");

// Moderators and admins: reported inaccuracies, oldest first. Resolving needs a source; a simple
// text or date field can be set on the profile in the same step.
export default async function CorrectionsPage() {
  await requireStaffPage("MODERATOR");
  const reports = await openCorrections();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Corrections</h1>
      {reports.length === 0 && <p data-testid="corrections-empty">No open reports.</p>}
      <ol className="space-y-6">
        {reports.map((report) => {
          const current = isSimpleField(report.field) ? shown(report.prisoner[report.field]) : "—";
          return (
            <li key={report.id} className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid="correction-report">
              <h2 className="font-semibold">
                <a href={`/prisoners/${report.prisoner.slug}`} className="underline">
                  {report.prisoner.nameLatin}
                </a>{" "}
                · <span data-testid="correction-field">{report.field}</span> ·{" "}
                {report.createdAt.toISOString().slice(0, 16).replace("T", " ")}
              </h2>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                <dt>Current value</dt>
                <dd data-testid="correction-current">{current}</dd>
                <dt>Proposed value</dt>
                <dd data-testid="correction-proposed">{report.proposedValue}</dd>
                <dt>What is wrong</dt>
                <dd className="whitespace-pre-line">{report.problem}</dd>
                <dt>Source given</dt>
                <dd>
                  {report.sourceUrl ? (
                    <a href={report.sourceUrl} rel="noopener noreferrer nofollow" className="underline">
                      {report.sourceUrl}
                    </a>
                  ) : (
                    "—"
                  )}
                </dd>
              </dl>
              <div className="grid gap-4 md:grid-cols-2">
                <ResolveForm reportId={report.id} proposedValue={report.proposedValue} canApply={isSimpleField(report.field)} />
                <RejectCorrectionForm reportId={report.id} />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
