import Link from "next/link";
import type { ReactNode } from "react";
import { STATUS_LABELS } from "@/lib/content/schema";
import type { PetitionState, PrisonerStatus } from "@/lib/generated/prisma/enums";

interface Lists {
  prisoners: { slug: string; nameLatin: string; status: PrisonerStatus; featured: boolean }[];
  updates: { slug: string; title: string; publishedAt: Date }[];
  petitions: { slug: string; title: string; state: PetitionState; confirmedCount: number; goal: number }[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function Section({
  id,
  title,
  newHref,
  newLabel,
  children,
}: {
  id: string;
  title: string;
  newHref: string;
  newLabel: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3" data-testid={`content-${id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h2 id={`${id}-heading`} className="font-serif text-2xl font-bold">
          {title}
        </h2>
        <Link href={newHref} className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white">
          {newLabel}
        </Link>
      </div>
      {children}
    </section>
  );
}

const TABLE = "w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:py-2 [&_td]:pr-4 [&_th]:pb-2 [&_th]:pr-4";

export function ContentLists({ prisoners, updates, petitions }: Lists) {
  return (
    <div className="space-y-10">
      <Section id="prisoners" title="Prisoners" newHref="/admin/content/prisoners/new" newLabel="New prisoner">
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {prisoners.map((p) => (
              <tr key={p.slug}>
                <td>
                  <Link href={`/admin/content/prisoners/${p.slug}`} className="font-semibold underline">
                    {p.nameLatin}
                  </Link>
                  {p.featured && <span className="ml-2 text-xs uppercase text-muted">featured</span>}
                </td>
                <td>{STATUS_LABELS[p.status]}</td>
                <td>
                  <a href={`/prisoners/${p.slug}`} className="underline">
                    /prisoners/{p.slug}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="updates" title="Campaign updates" newHref="/admin/content/updates/new" newLabel="New update">
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Published</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {updates.map((u) => (
              <tr key={u.slug}>
                <td>
                  <Link href={`/admin/content/updates/${u.slug}`} className="font-semibold underline">
                    {u.title}
                  </Link>
                </td>
                <td>{day(u.publishedAt)}</td>
                <td>
                  <a href={`/updates/${u.slug}`} className="underline">
                    /updates/{u.slug}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="petitions" title="Petitions" newHref="/admin/content/petitions/new" newLabel="New petition">
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Signing</th>
              <th scope="col">Confirmed</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {petitions.map((p) => (
              <tr key={p.slug}>
                <td>
                  <Link href={`/admin/content/petitions/${p.slug}`} className="font-semibold underline">
                    {p.title}
                  </Link>
                </td>
                <td>{p.state === "OPEN" ? "Open" : "Closed"}</td>
                <td>
                  {p.confirmedCount.toLocaleString("en")} of {p.goal.toLocaleString("en")}
                </td>
                <td>
                  <a href={`/petitions/${p.slug}`} className="underline">
                    /petitions/{p.slug}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </div>
  );
}
