import type { ImportPlan, PlannedRow } from "@/lib/import/plan";

// The dry run of an import as a table staff can read: the counts, then every refused row, every
// conflict and every update with its changed fields (long lists folded into <details>).

const KINDS: { kind: PlannedRow["kind"]; label: string }[] = [
  { kind: "create", label: "To create" },
  { kind: "update", label: "To update" },
  { kind: "unchanged", label: "Unchanged" },
  { kind: "conflict", label: "Conflicts" },
  { kind: "refused", label: "Refused" },
];

const FOLD_ABOVE = 20;
const show = (value: string | null) => (value === null || value === "" ? "(empty)" : value);

export function ImportCounts({ counts }: { counts: ImportPlan["counts"] }) {
  return (
    <dl className="flex flex-wrap gap-3" data-testid="import-counts">
      {KINDS.map(({ kind, label }) => (
        <div key={kind} className="min-w-28 rounded border border-line bg-white px-4 py-2" data-kind={kind}>
          <dt className="text-sm text-muted">{label}</dt>
          <dd className="text-2xl font-bold">{counts[kind]}</dd>
        </div>
      ))}
    </dl>
  );
}

function Folded({ count, title, children }: { count: number; title: string; children: React.ReactNode }) {
  if (count <= FOLD_ABOVE) {
    return (
      <section className="space-y-2">
        <h2 className="font-serif text-xl font-bold">{title}</h2>
        {children}
      </section>
    );
  }
  return (
    <details className="space-y-2">
      <summary className="cursor-pointer font-serif text-xl font-bold">
        {title} ({count})
      </summary>
      {children}
    </details>
  );
}

const TABLE =
  "w-full border-collapse bg-white text-left text-sm [&_td]:border [&_td]:border-line [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-line [&_th]:px-2 [&_th]:py-1";

interface FieldChangeRow {
  line: number;
  where: string;
  slug: string;
  fields: readonly { field: string; from: string | null; to: string | null }[];
}

/** One table row per changed field of each person: the conflicts and the updates read alike. */
function FieldChanges({ testId, before, after, rows }: { testId: string; before: string; after: string; rows: FieldChangeRow[] }) {
  return (
    <table className={TABLE} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Person</th>
          <th scope="col">Field</th>
          <th scope="col">{before}</th>
          <th scope="col">{after}</th>
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((r) =>
          r.fields.map((c) => (
            <tr key={`${r.line}-${c.field}`}>
              <td>{r.where}</td>
              <td>{r.slug}</td>
              <td>{c.field}</td>
              <td>{show(c.from)}</td>
              <td>{show(c.to)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

export function ImportPlanTables({ plan }: { plan: ImportPlan }) {
  const refused = plan.rows.filter((r) => r.kind === "refused");
  const conflicts = plan.rows.filter((r) => r.kind === "conflict");
  const updates = plan.rows.filter((r) => r.kind === "update");
  return (
    <div className="space-y-6">
      {refused.length > 0 && (
        <Folded count={refused.length} title="Refused rows">
          <table className={TABLE} data-testid="import-refused">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {refused.map((r) => (
                <tr key={r.line}>
                  <td>{r.where}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Folded>
      )}
      {conflicts.length > 0 && (
        <Folded count={conflicts.length} title="Conflicts (edited by hand: kept)">
          <FieldChanges
            testId="import-conflicts"
            before="Current value (kept)"
            after="File value"
            rows={conflicts.map((r) => ({ line: r.line, where: r.where, slug: r.slug, fields: r.conflicts }))}
          />
        </Folded>
      )}
      {updates.length > 0 && (
        <Folded count={updates.length} title="Updates">
          <FieldChanges
            testId="import-updates"
            before="Now"
            after="After the import"
            rows={updates.map((r) => ({ line: r.line, where: r.where, slug: r.slug, fields: r.changes }))}
          />
        </Folded>
      )}
    </div>
  );
}
