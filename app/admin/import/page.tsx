import type { Metadata } from "next";
import Link from "next/link";
import { ImportCounts, ImportPlanTables } from "@/components/admin/ImportPlan";
import { requireStaffPage } from "@/lib/auth/guards";
import { applyStagedImport, uploadImport } from "@/lib/import/actions";
import { planRefused } from "@/lib/import/plan";
import { appliedImport, stagedPlan } from "@/lib/import/queries";
import { REQUIRED_COLUMNS } from "@/lib/import/schema";
import { IMPORT_PATH } from "@/lib/paths";

export const metadata: Metadata = { title: "Import prisoners" };

const REFUSALS: Record<string, string> = {
  empty: "Choose a CSV or JSON file first.",
  "too-large": "The file is over 10 MB: at most 10 MB a file (split it). Nothing was read or written.",
  expired: "That upload is no longer kept (an hour has passed, or it was applied). Upload the file again.",
};

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

// Admins only: a CSV or JSON file of political prisoners, dry-run first, then applied as shown.
export default async function ImportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const staff = await requireStaffPage("ADMIN");
  const search = await searchParams;
  const fileHash = one(search.file);
  const appliedHash = one(search.applied);
  const refusal = REFUSALS[one(search.refused) ?? ""];
  const staged = fileHash ? await stagedPlan(staff.id, fileHash) : null;
  const applied = appliedHash ? await appliedImport(staff.id, appliedHash) : null;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Import prisoners</h1>
        <p className="max-w-prose text-muted">
          A CSV (UTF-8, the first line names the columns) or JSON file, at most 10 MB and 20,000 people. Required columns:{" "}
          {REQUIRED_COLUMNS.map((c) => (
            <code key={c} className="mx-0.5">
              {c}
            </code>
          ))}
          . A row finds the person already here by <code>slug</code> (made from the Latin name when empty). A field edited by hand is never
          overwritten: it is shown as a conflict and kept. A file with any refused row writes nothing.
        </p>
        <p className="text-sm">
          <a href={`${IMPORT_PATH}/sample`} download="import-sample.csv" className="underline">
            Download the sample file
          </a>{" "}
          (six synthetic people) ·{" "}
          <a href={`${IMPORT_PATH}/docs`} className="underline">
            Every column explained (docs/import.md)
          </a>
        </p>
      </div>

      {refusal && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {refusal}
        </p>
      )}
      {applied && (
        <section role="status" className="space-y-3 rounded border border-green-700 bg-green-50 p-4" data-testid="import-applied">
          <h2 className="font-serif text-xl font-bold">Imported{applied.name ? `: ${applied.name}` : ""}</h2>
          <ImportCounts counts={applied.counts} />
          <p>
            <Link href="/prisoners" className="underline">
              See the prisoners
            </Link>
          </p>
        </section>
      )}

      <form action={uploadImport} encType="multipart/form-data" className="space-y-3 rounded border border-line bg-white p-4">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-semibold">
            File (CSV or JSON)
          </label>
          <input id="import-file" name="file" type="file" required accept=".csv,.json,text/csv,application/json" />
        </div>
        <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-white">
          Dry run
        </button>
        <p className="text-xs text-muted">Nothing is written until you apply the plan shown next.</p>
      </form>

      {fileHash && !staged && !refusal && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {REFUSALS.expired}
        </p>
      )}
      {staged && (
        <section className="space-y-4" data-testid="import-plan">
          <h2 className="font-serif text-2xl font-bold">Dry run{staged.name ? `: ${staged.name}` : ""}</h2>
          {one(search.changed) && (
            <p role="alert" className="rounded border border-amber-700 bg-amber-50 p-3">
              The database changed since your dry run, so nothing was applied. This is the plan as it is now: check it and apply again.
            </p>
          )}
          {one(search["not-applied"]) && (
            <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
              This file has refused rows, so nothing was applied.
            </p>
          )}
          {staged.plan.fileRefused ? (
            <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900" data-testid="import-file-refused">
              The file is refused: {staged.plan.fileRefused}
            </p>
          ) : (
            <ImportCounts counts={staged.plan.counts} />
          )}
          <ImportPlanTables plan={staged.plan} />
          {planRefused(staged.plan) ? (
            <p className="font-semibold">A file with refused rows cannot be applied: fix those rows and upload the file again.</p>
          ) : (
            <form action={applyStagedImport}>
              <input type="hidden" name="file" value={staged.plan.fileHash} />
              <input type="hidden" name="plan" value={staged.digest} />
              <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-white">
                Apply this import
              </button>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
