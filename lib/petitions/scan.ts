import "server-only";
import type { Prisma } from "../generated/prisma/client";

// Reads signatures page by page with a keyset cursor (never OFFSET, never everything at once), so a
// petition with a million signatures costs one page of memory. Each phase is ordered by a key an
// index serves: by confirmation time for confirmed signatures (petitionId, state, confirmedAt), by
// signing time for pending ones (state, createdAt), by id for the odd row without a time. Ordering
// by id alone would make SQLite sort the petition's whole set for every page.

export const PAGE_SIZE = 1000;

export interface KeyRow {
  id: string;
  confirmedAt: Date | null;
  createdAt: Date;
}

export interface ScanPhase {
  where: Prisma.SignatureWhereInput;
  key: "id" | "confirmedAt" | "createdAt";
}

export type PageQuery<Row extends KeyRow> = (args: {
  where: Prisma.SignatureWhereInput;
  orderBy: Prisma.SignatureOrderByWithRelationInput[];
  take: number;
}) => Promise<Row[]>;

function after(phase: ScanPhase, last: KeyRow | undefined): Prisma.SignatureWhereInput {
  if (!last) return phase.where;
  if (phase.key === "id") return { AND: [phase.where, { id: { gt: last.id } }] };
  const at = phase.key === "confirmedAt" ? last.confirmedAt : last.createdAt;
  // Rows in this phase always have the key (the phase's where says so); without one, stop by id.
  if (!at) return { AND: [phase.where, { id: { gt: last.id } }] };
  return { AND: [phase.where, { [phase.key]: { gte: at } }, { OR: [{ [phase.key]: { gt: at } }, { id: { gt: last.id } }] }] };
}

/** The rows of each phase in turn, one page at a time. */
export async function* signaturePages<Row extends KeyRow>(
  query: PageQuery<Row>,
  phases: readonly ScanPhase[],
  pageSize: number = PAGE_SIZE,
): AsyncGenerator<Row[]> {
  for (const phase of phases) {
    const orderBy: Prisma.SignatureOrderByWithRelationInput[] =
      phase.key === "id" ? [{ id: "asc" }] : [{ [phase.key]: "asc" }, { id: "asc" }];
    let last: Row | undefined;
    for (;;) {
      const rows = await query({ where: after(phase, last), orderBy, take: pageSize });
      if (rows.length > 0) yield rows;
      if (rows.length < pageSize) break;
      last = rows.at(-1);
    }
  }
}

/** A petition's confirmed signatures: those without a confirmation time first (there should be none), then in confirmation order. */
export function confirmedPhases(petitionId: string): ScanPhase[] {
  return [
    { where: { petitionId, state: "CONFIRMED", confirmedAt: null }, key: "id" },
    { where: { petitionId, state: "CONFIRMED", confirmedAt: { not: null } }, key: "confirmedAt" },
  ];
}
