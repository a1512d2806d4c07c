import "server-only";
import { db } from "../db";
import type { SignatureState } from "../generated/prisma/enums";

export type StateCounts = Record<SignatureState, number>;

const NO_SIGNATURES: StateCounts = { PENDING: 0, CONFIRMED: 0, FRAUDULENT: 0, INVALIDATED: 0 };

/** Petitions with their stored confirmed count and the signatures in each state. */
export async function listPetitionsWithCounts() {
  const [petitions, groups] = await Promise.all([
    db.petition.findMany({
      select: { id: true, slug: true, title: true, state: true, goal: true, confirmedCount: true },
      orderBy: { createdAt: "asc" },
    }),
    db.signature.groupBy({ by: ["petitionId", "state"], _count: { _all: true } }),
  ]);
  return petitions.map((petition) => {
    const counts = { ...NO_SIGNATURES };
    for (const group of groups) if (group.petitionId === petition.id) counts[group.state] = group._count._all;
    return { ...petition, counts };
  });
}

/** One petition for the signatures page: counts by state, and the IP hashes that signed it most. */
export async function getPetitionSignatures(slug: string) {
  const petition = await db.petition.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, state: true, goal: true, confirmedCount: true },
  });
  if (!petition) return null;
  const [groups, busiest] = await Promise.all([
    db.signature.groupBy({ by: ["state"], where: { petitionId: petition.id }, _count: { _all: true } }),
    db.signature.groupBy({
      by: ["ipHash"],
      where: { petitionId: petition.id, ipHash: { not: null }, state: { in: ["PENDING", "CONFIRMED"] } },
      _count: { _all: true },
      orderBy: { _count: { ipHash: "desc" } },
      having: { ipHash: { _count: { gt: 1 } } },
      take: 5,
    }),
  ]);
  const counts = { ...NO_SIGNATURES };
  for (const group of groups) counts[group.state] = group._count._all;
  return {
    ...petition,
    counts,
    busiestIpHashes: busiest.map((row) => ({ ipHash: row.ipHash ?? "", count: row._count._all })),
  };
}

/** The petition an invalidation is about, by slug. */
export async function findPetition(slug: string) {
  return db.petition.findUnique({ where: { slug }, select: { id: true, slug: true } });
}
