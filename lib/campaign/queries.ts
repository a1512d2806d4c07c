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
