import "server-only";
import { db } from "../db";
import type { CampaignFactKind } from "../generated/prisma/enums";
import type { Locale } from "../i18n/routing";
import { localizeRows } from "../translations/queries";

async function latestFact(kind: CampaignFactKind, locale: Locale) {
  const fact = await db.campaignFact.findFirst({
    where: { kind },
    orderBy: { occurredOn: "desc" },
    select: {
      id: true,
      occurredOn: true,
      precision: true,
      peopleCount: true,
      text: true,
      sources: { select: { key: true, title: true, url: true } },
    },
  });
  if (!fact) return null;
  const [localized] = await localizeRows(locale, "fact", [fact]);
  return localized!;
}

/** The latest count of people still held and the latest mass release, each dated, sourced and in `locale` where translated. */
export async function getCampaignHeadline(locale: Locale = "en") {
  const [heldCount, latestRelease] = await Promise.all([latestFact("HELD_COUNT", locale), latestFact("MASS_RELEASE", locale)]);
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
