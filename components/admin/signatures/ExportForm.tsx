import { adminPath } from "@/lib/paths";

// A plain GET form: the browser downloads the CSV, with or without JavaScript.
export function ExportForm({ petitionSlug }: { petitionSlug: string }) {
  return (
    <form method="get" action={adminPath.signatureExport(petitionSlug)} className="space-y-3" data-testid="export-form">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="email" value="1" className="mt-1" />
        <span>
          <span className="font-semibold">Include email addresses</span>{" "}
          <span className="text-muted">— only when the delivery needs them; your choice is recorded in the audit log.</span>
        </span>
      </label>
      <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">
        Download CSV
      </button>
      <p className="text-xs text-muted">Columns: name, country, confirmed_at (UTC) and email when asked. Only confirmed signatures.</p>
    </form>
  );
}
