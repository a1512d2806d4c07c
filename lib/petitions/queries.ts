import "server-only";
import { cache } from "react";
import { decrypt, hashToken, keyedHash } from "../crypto";
import { databaseKind } from "../database-url";
import { db } from "../db";
import { env } from "../env";
import { Prisma } from "../generated/prisma/client";
import type { PetitionState, SignatureState } from "../generated/prisma/enums";
import { publicPath } from "../paths";
import { canonicalEmail } from "../supporters/canonical-email";
import { isTokenShaped } from "../supporters/token-shape";
import { chartDays, dailySeries, type DayCount } from "./daily-series";
import { confirmedPhases, PAGE_SIZE, signaturePages, type ScanPhase } from "./scan";
import {
  canonicalDomain,
  IP_HASH_PATTERN,
  parseUtcDateTime,
  type Criteria,
  type InvalidationCounts,
  type InvalidationForm,
} from "./schema";
import { openCountry } from "./sealed";
import type { Locale } from "../i18n/routing";
import { localizeRows } from "../translations/queries";

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  target: true,
  goal: true,
  state: true,
  confirmedCount: true,
} satisfies Prisma.PetitionSelect;

export type PetitionCardData = Prisma.PetitionGetPayload<{ select: typeof cardSelect }> & { untranslated: string[] };

/** The columns the staff editor shows and the audit log compares; `updatedAt` is the version a save is conditioned on. */
export const petitionFields = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  target: true,
  goal: true,
  state: true,
  closedAt: true,
  updatedAt: true,
  prisoners: { select: { slug: true } },
} satisfies Prisma.PetitionSelect;

/**
 * A petition page: the call in `locale` where staff translated it, the stored count (never
 * counted per view), and recent public signers.
 */
export const getPetition = cache(async (slug: string, locale: Locale = "en") => {
  const petition = await db.petition.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      body: true,
      updatedAt: true,
      prisoners: { select: { slug: true, nameLatin: true }, orderBy: { nameLatin: "asc" } },
      // First name and country only, and only of those who chose to be shown.
      signatures: {
        where: { state: "CONFIRMED", showName: true, publicName: { not: null } },
        select: { publicName: true, countryEncrypted: true, confirmedAt: true },
        orderBy: { confirmedAt: "desc" },
        take: 10,
      },
    },
  });
  if (!petition) return null;
  // Sealed at rest like every signer's; opened here for the few who chose to be shown with it.
  const signatures = petition.signatures.map(({ publicName, countryEncrypted, confirmedAt }) => ({
    publicName,
    country: openCountry(countryEncrypted),
    confirmedAt,
  }));
  const [localized] = await localizeRows(locale, "petition", [petition]);
  return { ...localized!, signatures };
});

export async function listOpenPetitions(locale: Locale = "en"): Promise<PetitionCardData[]> {
  const rows = await db.petition.findMany({
    where: { state: "OPEN" },
    select: cardSelect,
    orderBy: [{ goal: "desc" }, { createdAt: "asc" }],
  });
  return localizeRows(locale, "petition", rows);
}

export async function listPetitionsForPrisoner(prisonerSlug: string, locale: Locale = "en"): Promise<PetitionCardData[]> {
  const rows = await db.petition.findMany({
    where: { state: "OPEN", prisoners: { some: { slug: prisonerSlug } } },
    select: cardSelect,
    orderBy: { goal: "asc" },
  });
  return localizeRows(locale, "petition", rows);
}

/** What a petition's link-preview image shows: the stored count, the goal, the people it is for. */
export async function getPetitionPreview(slug: string) {
  return db.petition.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      prisoners: { select: { nameLatin: true, nameBelarusian: true, nameRussian: true }, orderBy: { nameLatin: "asc" } },
    },
  });
}

/** Every petition's address and last change, for the sitemap. */
export async function listPetitionsForSitemap() {
  return db.petition.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}

export type SignatureLinkState =
  | { state: "confirmed"; petition: { slug: string; title: string }; shareCode: string | null; referredCount: number }
  | { state: "pending" | "expired" | "closed"; petition: { slug: string; title: string }; shareCode: null }
  | { state: "invalid" };

/** What a confirmation link's signature comes to now: the page showing the link and the action confirming it both ask this. */
export function linkStanding(
  signature: { state: SignatureState; tokenExpiresAt: Date | null; petition: { state: PetitionState } } | null,
  now: Date,
): "confirmed" | "pending" | "expired" | "closed" | "invalid" {
  if (!signature) return "invalid";
  if (signature.state === "CONFIRMED") return "confirmed";
  if (signature.state !== "PENDING") return "invalid";
  if (!signature.tokenExpiresAt || signature.tokenExpiresAt < now) return "expired";
  if (signature.petition.state !== "OPEN") return "closed";
  return "pending";
}

/** What a confirmation link stands for, without changing anything (a GET never writes). */
export async function describeConfirmationLink(token: string, now: Date = new Date()): Promise<SignatureLinkState> {
  if (!isTokenShaped(token)) return { state: "invalid" };
  const signature = await db.signature.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { state: true, tokenExpiresAt: true, shareCode: true, petition: { select: { slug: true, title: true, state: true } } },
  });
  const standing = linkStanding(signature, now);
  if (!signature || standing === "invalid") return { state: "invalid" };
  const petition = { slug: signature.petition.slug, title: signature.petition.title };
  if (standing === "confirmed") {
    return {
      state: "confirmed",
      petition,
      shareCode: signature.shareCode,
      referredCount: await countReferredSignatures(signature.shareCode),
    };
  }
  return { state: standing, petition, shareCode: null };
}

/** Confirmed signatures that came through a supporter's share links (on any petition). */
export async function countReferredSignatures(shareCode: string | null): Promise<number> {
  if (!shareCode) return 0;
  return db.signature.count({ where: { referralCode: shareCode, state: "CONFIRMED" } });
}

// ---------------------------------------------------------------------------
// The staff editor

export async function getPetitionForEdit(slug: string) {
  const petition = await db.petition.findUnique({
    where: { slug },
    select: { ...petitionFields, confirmedCount: true },
  });
  if (!petition) return null;
  return {
    slug: petition.slug,
    state: petition.state,
    closedAt: petition.closedAt,
    confirmedCount: petition.confirmedCount,
    version: `${petition.updatedAt.toISOString()}-${petition.state}`,
    values: {
      id: petition.id,
      slug: petition.slug,
      title: petition.title,
      summary: petition.summary,
      body: petition.body,
      target: petition.target,
      goal: String(petition.goal),
      state: petition.state,
      prisoners: petition.prisoners.map((p) => p.slug),
    },
  };
}

// ---------------------------------------------------------------------------
// Signatures, for staff: counts, sources

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
// timestamps without time zone holding UTC in PostgreSQL, so the day is cut differently. No
// AT TIME ZONE there: on such a column it would shift the day by the session's time zone.
async function confirmedPerDay(petitionId: string): Promise<DayCount[]> {
  const day =
    databaseKind(env.DATABASE_URL) === "sqlite"
      ? Prisma.sql`substr("confirmedAt", 1, 10)`
      : Prisma.sql`to_char("confirmedAt", 'YYYY-MM-DD')`;
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

// ---------------------------------------------------------------------------
// Bulk invalidation: which signatures an email domain, an IP hash or a time range match (the
// write is applyInvalidation, in mutations.ts).

/** The form's criteria as the database is searched: an IP address is hashed like the signing path hashes it. */
export function criteriaFrom(form: InvalidationForm): Criteria {
  switch (form.mode) {
    case "domain":
      return { mode: "domain", domain: canonicalDomain(form.domain) };
    case "ip": {
      const value = form.ip.trim().toLowerCase();
      return { mode: "ip", ipHash: IP_HASH_PATTERN.test(value) ? value : keyedHash("ip", value) };
    }
    case "time":
      return { mode: "time", from: parseUtcDateTime(form.from)!.start, until: parseUtcDateTime(form.to)!.end };
  }
}

/** Criteria the database can match by itself (all but the domain, which is inside the encrypted address). */
export function directWhere(petitionId: string, criteria: Exclude<Criteria, { mode: "domain" }>): Prisma.SignatureWhereInput {
  return criteria.mode === "ip"
    ? { petitionId, ipHash: criteria.ipHash }
    : { petitionId, createdAt: { gte: criteria.from, lt: criteria.until } };
}

/** The domain of a stored address, canonical; null when there is no readable address (erased). */
function domainOf(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    const email = canonicalEmail(decrypt(sealed));
    return email.slice(email.lastIndexOf("@") + 1);
  } catch {
    return null;
  }
}

/** Ids and states of a petition's active signatures whose address is at the domain: each address is decrypted, a page at a time. */
export async function signaturesAtDomain(petitionId: string, domain: string, pageSize = PAGE_SIZE) {
  const phases: ScanPhase[] = [
    ...confirmedPhases(petitionId),
    { where: { petitionId, state: "PENDING", emailEncrypted: { not: null } }, key: "createdAt" },
  ];
  const matches: { id: string; state: string }[] = [];
  const pages = signaturePages(
    (args) =>
      db.signature.findMany({ ...args, select: { id: true, state: true, emailEncrypted: true, confirmedAt: true, createdAt: true } }),
    phases,
    pageSize,
  );
  for await (const rows of pages) {
    for (const row of rows) if (domainOf(row.emailEncrypted) === domain) matches.push({ id: row.id, state: row.state });
  }
  return matches;
}

function countsOf(states: readonly string[]): InvalidationCounts {
  const confirmed = states.filter((s) => s === "CONFIRMED").length;
  const pending = states.filter((s) => s === "PENDING").length;
  return { total: confirmed + pending, confirmed, pending };
}

/** How many signatures the criteria would invalidate now, changing nothing. */
export async function previewInvalidation(petitionId: string, criteria: Criteria): Promise<InvalidationCounts> {
  if (criteria.mode === "domain") return countsOf((await signaturesAtDomain(petitionId, criteria.domain)).map((m) => m.state));
  const where = directWhere(petitionId, criteria);
  const [confirmed, pending] = await Promise.all([
    db.signature.count({ where: { ...where, state: "CONFIRMED" } }),
    db.signature.count({ where: { ...where, state: "PENDING" } }),
  ]);
  return { total: confirmed + pending, confirmed, pending };
}

/** The petitions' public pages show the count: the paths to revalidate after an invalidation. */
export async function pathsShowingPetition(petitionId: string): Promise<string[]> {
  const petition = await db.petition.findUnique({
    where: { id: petitionId },
    select: { slug: true, prisoners: { select: { slug: true } } },
  });
  if (!petition) return [];
  return [
    publicPath.petition(petition.slug),
    publicPath.petitionSigned(petition.slug),
    publicPath.act,
    ...petition.prisoners.map((p) => publicPath.prisoner(p.slug)),
  ];
}
