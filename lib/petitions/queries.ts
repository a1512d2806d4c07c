import "server-only";
import { cache } from "react";
import { hashToken } from "../crypto";
import { db } from "../db";
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
export const getPetition = cache(async (slug: string) =>
  db.petition.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      body: true,
      updatedAt: true,
      prisoners: { select: { slug: true, nameLatin: true }, orderBy: { nameLatin: "asc" } },
      // First name and country only, and only of those who chose to be shown.
      signatures: {
        where: { state: "CONFIRMED", showName: true, publicName: { not: null } },
        select: { publicName: true, country: true, confirmedAt: true },
        orderBy: { confirmedAt: "desc" },
        take: 10,
      },
    },
  }),
);

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

export type SignatureLinkState =
  | { state: "pending" | "confirmed" | "expired" | "closed"; petition: { slug: string; title: string }; shareCode: string | null }
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
  if (signature.state === "CONFIRMED") return { state: "confirmed", petition, shareCode: signature.shareCode };
  if (signature.state !== "PENDING") return { state: "invalid" };
  if (!signature.tokenExpiresAt || signature.tokenExpiresAt < now) return { state: "expired", petition, shareCode: null };
  if (signature.petition.state !== "OPEN") return { state: "closed", petition, shareCode: null };
  return { state: "pending", petition, shareCode: null };
}
