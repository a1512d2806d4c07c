import Link from "next/link";
import { adminPath } from "@/lib/paths";

export interface PetitionCounts {
  slug: string;
  title: string;
  state: "OPEN" | "CLOSED";
  goal: number;
  confirmedCount: number;
  counts: { PENDING: number; CONFIRMED: number; FRAUDULENT: number; INVALIDATED: number };
}

const n = (value: number) => value.toLocaleString("en");

export function PetitionSignaturesTable({ petitions }: { petitions: PetitionCounts[] }) {
  return (
    <table className="w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:py-2 [&_td]:pr-4 [&_th]:pb-2 [&_th]:pr-4">
      <thead>
        <tr>
          <th scope="col">Petition</th>
          <th scope="col">Signing</th>
          <th scope="col">Confirmed</th>
          <th scope="col">Pending</th>
          <th scope="col">Invalidated</th>
        </tr>
      </thead>
      <tbody>
        {petitions.map((p) => (
          <tr key={p.slug} data-testid={`signatures-${p.slug}`}>
            <td>
              <Link href={adminPath.petitionSignatures(p.slug)} className="font-semibold underline">
                {p.title}
              </Link>
            </td>
            <td>{p.state === "OPEN" ? "Open" : "Closed"}</td>
            <td data-testid="confirmed-count">
              {n(p.confirmedCount)} <span className="text-muted">of {n(p.goal)}</span>
            </td>
            <td>{n(p.counts.PENDING)}</td>
            <td>{n(p.counts.INVALIDATED + p.counts.FRAUDULENT)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The keyed hashes of the addresses that signed a petition most: a bot wave stands out here. */
export function BusiestAddresses({ rows }: { rows: { ipHash: string; count: number }[] }) {
  if (rows.length === 0) return <p className="text-sm text-muted">No address has signed this petition more than once.</p>;
  return (
    <ol className="space-y-1 text-sm" data-testid="busiest-addresses">
      {rows.map((row) => (
        <li key={row.ipHash}>
          <code className="break-all rounded bg-white px-1 ring-1 ring-line">{row.ipHash}</code> — {n(row.count)} valid signatures
        </li>
      ))}
    </ol>
  );
}
