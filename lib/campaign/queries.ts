import "server-only";
import { db } from "../db";
import type { CampaignFactKind } from "../generated/prisma/enums";

async function latestFact(kind: CampaignFactKind) {
  return db.campaignFact.findFirst({
    where: { kind },
    orderBy: { occurredOn: "desc" },
    select: {
      occurredOn: true,
      precision: true,
      peopleCount: true,
      text: true,
      sources: { select: { key: true, title: true, url: true } },
    },
  });
}

/** The latest count of people still held and the latest mass release, each dated and sourced. */
export async function getCampaignHeadline() {
  const [heldCount, latestRelease] = await Promise.all([latestFact("HELD_COUNT"), latestFact("MASS_RELEASE")]);
  return { heldCount, latestRelease };
}

/** Everything staff can edit (profiles, updates, petitions), one short line each, for the content page. */
export async function listContent() {
  const [prisoners, updates, petitions] = await Promise.all([
    db.prisoner.findMany({
      select: { slug: true, nameLatin: true, status: true, featured: true, updatedAt: true },
      orderBy: [{ nameLatin: "asc" }, { id: "asc" }],
    }),
    db.update.findMany({ select: { slug: true, title: true, publishedAt: true, updatedAt: true }, orderBy: { publishedAt: "desc" } }),
    db.petition.findMany({
      select: { slug: true, title: true, state: true, confirmedCount: true, goal: true, updatedAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { prisoners, updates, petitions };
}
