import "server-only";
import { cache } from "react";
import { hashToken } from "../crypto";
import { db } from "../db";
import { openCountry } from "./sealed";
import type { Prisma } from "../generated/prisma/client";
import { isTokenShaped } from "../supporters/token-shape";

const cardSelect = {
  slug: true,
  title: true,
  summary: true,
  target: true,
  goal: true,
  state: true,
  confirmedCount: true,
} satisfies Prisma.PetitionSelect;

export type PetitionCardData = Prisma.PetitionGetPayload<{ select: typeof cardSelect }>;

/** A petition page: the call, the stored count (never counted per view), and recent public signers. */
export const getPetition = cache(async (slug: string) => {
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
  return { ...petition, signatures };
});

export async function listOpenPetitions(): Promise<PetitionCardData[]> {
  return db.petition.findMany({ where: { state: "OPEN" }, select: cardSelect, orderBy: [{ goal: "desc" }, { createdAt: "asc" }] });
}

export async function listPetitionsForPrisoner(prisonerSlug: string): Promise<PetitionCardData[]> {
  return db.petition.findMany({
    where: { state: "OPEN", prisoners: { some: { slug: prisonerSlug } } },
    select: cardSelect,
    orderBy: { goal: "asc" },
  });
}

/** What a petition's link-preview image shows: the stored count, the goal, the people it is for. */
export async function getPetitionPreview(slug: string) {
  return db.petition.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      prisoners: { select: { nameLatin: true, nameBelarusian: true }, orderBy: { nameLatin: "asc" } },
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

/** What a confirmation link stands for, without changing anything (a GET never writes). */
export async function describeConfirmationLink(token: string, now: Date = new Date()): Promise<SignatureLinkState> {
  if (!isTokenShaped(token)) return { state: "invalid" };
  const signature = await db.signature.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { state: true, tokenExpiresAt: true, shareCode: true, petition: { select: { slug: true, title: true, state: true } } },
  });
  if (!signature) return { state: "invalid" };
  const petition = { slug: signature.petition.slug, title: signature.petition.title };
  if (signature.state === "CONFIRMED") {
    return {
      state: "confirmed",
      petition,
      shareCode: signature.shareCode,
      referredCount: await countReferredSignatures(signature.shareCode),
    };
  }
  if (signature.state !== "PENDING") return { state: "invalid" };
  if (!signature.tokenExpiresAt || signature.tokenExpiresAt < now) return { state: "expired", petition, shareCode: null };
  if (signature.petition.state !== "OPEN") return { state: "closed", petition, shareCode: null };
  return { state: "pending", petition, shareCode: null };
}

/** Confirmed signatures that came through a supporter's share links (on any petition). */
export async function countReferredSignatures(shareCode: string | null): Promise<number> {
  if (!shareCode) return 0;
  return db.signature.count({ where: { referralCode: shareCode, state: "CONFIRMED" } });
}
