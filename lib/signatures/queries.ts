import "server-only";
import { databaseKind } from "../database-url";
import { db } from "../db";
import { env } from "../env";
import { Prisma } from "../generated/prisma/client";
import { chartDays, dailySeries, type DayCount } from "./daily-series";
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

// Confirmed signatures by UTC day. Dates are ISO text in SQLite (see lib/db/sqlite.ts) and
// timestamps in PostgreSQL, so the day is cut differently.
async function confirmedPerDay(petitionId: string): Promise<DayCount[]> {
  const day =
    databaseKind(env.DATABASE_URL) === "sqlite"
      ? Prisma.sql`substr("confirmedAt", 1, 10)`
      : Prisma.sql`to_char("confirmedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const rows = await db.$queryRaw<{ day: string; count: bigint | number }[]>`
    SELECT ${day} AS "day", COUNT(*) AS "count" FROM "Signature"
    WHERE "petitionId" = ${petitionId} AND "state" = 'CONFIRMED' AND "confirmedAt" IS NOT NULL
    GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => ({ day: row.day, count: Number(row.count) }));
}

const TOP_SOURCES = 10;

/**
 * Where a petition's confirmed signatures came from: per day, by referral code (the supporters
 * whose links brought them; "direct" is no code) and by the channel the link was shared on.
 */
export async function getSignatureSources(petitionId: string, today: Date = new Date()) {
  const confirmed = { petitionId, state: "CONFIRMED" } as const;
  const [perDay, byCode, byChannel, direct] = await Promise.all([
    confirmedPerDay(petitionId),
    db.signature.groupBy({
      by: ["referralCode"],
      where: { ...confirmed, referralCode: { not: null } },
      _count: { _all: true },
      orderBy: [{ _count: { referralCode: "desc" } }, { referralCode: "asc" }],
      take: TOP_SOURCES,
    }),
    db.signature.groupBy({ by: ["referralChannel"], where: confirmed, _count: { _all: true } }),
    db.signature.count({ where: { ...confirmed, referralCode: null } }),
  ]);
  return {
    perDay: dailySeries(perDay, today, chartDays(perDay[0]?.day, today)),
    direct,
    topReferrers: byCode.map((row) => ({ code: row.referralCode ?? "", count: row._count._all })),
    byChannel: byChannel
      .map((row) => ({ channel: row.referralChannel, count: row._count._all }))
      .sort((a, b) => b.count - a.count || String(a.channel).localeCompare(String(b.channel))),
  };
}

export type SignatureSources = Awaited<ReturnType<typeof getSignatureSources>>;
