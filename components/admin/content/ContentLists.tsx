import Link from "next/link";
import type { ReactNode } from "react";
import { adminPath, type EditorKind } from "@/lib/paths";
import { STATUS_LABELS } from "@/lib/prisoners/schema";
import { PRISON_TYPE_LABELS, REGION_LABELS } from "@/lib/prisons/schema";
import type { PetitionState, PrisonerStatus, PrisonType, Region } from "@/lib/generated/prisma/enums";

interface Lists {
  prisoners: { slug: string; nameLatin: string; status: PrisonerStatus; featured: boolean }[];
  updates: { slug: string; title: string; publishedAt: Date }[];
  petitions: { slug: string; title: string; state: PetitionState; confirmedCount: number; goal: number }[];
  prisons: { slug: string; nameLatin: string; type: PrisonType; region: Region; held: number }[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** One record's line: its name links to its editor; the cells between come from the caller. */
interface Row {
  slug: string;
  name: string;
  note?: ReactNode;
  cells: ReactNode[];
}

const TABLE = "w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:py-2 [&_td]:pr-4 [&_th]:pb-2 [&_th]:pr-4";

// One kind of record: a link to create one, then a table whose first column opens the editor and
// whose last shows the public page. Admin and public addresses are both named after the kind.
function ContentSection({
  kind,
  title,
  newLabel,
  headings,
  rows,
}: {
  kind: EditorKind;
  title: string;
  newLabel: string;
  headings: string[];
  rows: Row[];
}) {
  return (
    <section aria-labelledby={`${kind}-heading`} className="space-y-3" data-testid={`content-${kind}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h2 id={`${kind}-heading`} className="font-serif text-2xl font-bold">
          {title}
        </h2>
        <Link href={adminPath.newRecord(kind)} className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white">
          {newLabel}
        </Link>
      </div>
      <table className={TABLE}>
        <thead>
          <tr>
            {[...headings, "Public page"].map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td>
                <Link href={adminPath.editor(kind, row.slug)} className="font-semibold underline">
                  {row.name}
                </Link>
                {row.note}
              </td>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
              <td>
                <a href={`/${kind}/${row.slug}`} className="underline">
                  {`/${kind}/${row.slug}`}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ContentLists({ prisoners, updates, petitions, prisons }: Lists) {
  return (
    <div className="space-y-10">
      <ContentSection
        kind="prisoners"
        title="Prisoners"
        newLabel="New prisoner"
        headings={["Name", "Status"]}
        rows={prisoners.map((p) => ({
          slug: p.slug,
          name: p.nameLatin,
          note: p.featured && <span className="ml-2 text-xs uppercase text-muted">featured</span>,
          cells: [STATUS_LABELS[p.status]],
        }))}
      />
      <ContentSection
        kind="prisons"
        title="Places of detention"
        newLabel="New place of detention"
        headings={["Name", "Type", "Region", "Held now"]}
        rows={prisons.map((p) => ({
          slug: p.slug,
          name: p.nameLatin,
          cells: [PRISON_TYPE_LABELS[p.type], REGION_LABELS[p.region], p.held.toLocaleString("en")],
        }))}
      />
      <ContentSection
        kind="updates"
        title="Campaign updates"
        newLabel="New update"
        headings={["Title", "Published"]}
        rows={updates.map((u) => ({ slug: u.slug, name: u.title, cells: [day(u.publishedAt)] }))}
      />
      <ContentSection
        kind="petitions"
        title="Petitions"
        newLabel="New petition"
        headings={["Title", "Signing", "Confirmed"]}
        rows={petitions.map((p) => ({
          slug: p.slug,
          name: p.title,
          cells: [p.state === "OPEN" ? "Open" : "Closed", `${p.confirmedCount.toLocaleString("en")} of ${p.goal.toLocaleString("en")}`],
        }))}
      />
    </div>
  );
}
