import "server-only";
import { cache } from "react";
import { createTranslator } from "next-intl";
import { env } from "../env";
import type { PrisonerStatus } from "../generated/prisma/enums";
import { dateFormatFor } from "../i18n/dates";
import messages from "../i18n/messages/en.json";
import { routing } from "../i18n/routing";
import { getPetitionPreview } from "../petitions/queries";
import { getPrisonerPreview } from "../prisoners/queries";
import { getUpdatePreview } from "../updates/queries";
import type { BadgeTone, OgCardData } from "./card";
import { cardVersion } from "./render";

// What each link-preview image shows, in words, from the current data. The image routes draw these
// cards and the pages name them in og:image with their version, so both always agree.

export type OgKind = "prisoners" | "petitions" | "updates";

export interface OgImage {
  url: string;
  alt: string;
  width: 1200;
  height: 630;
}

// Images are in the default language for now: one image per profile, petition and update.
const locale = routing.defaultLocale;
const t = createTranslator({ locale, messages });
const day = (date: Date) => new Intl.DateTimeFormat(locale, dateFormatFor("DAY")).format(date);

const TONE: Record<PrisonerStatus, BadgeTone> = {
  DETAINED: "held",
  RELEASED: "free",
  RELEASED_IN_EXILE: "free",
  FORCIBLY_EXPELLED: "free",
  DIED_IN_CUSTODY: "neutral",
};

/** "Марыя Калеснікава · Мария Колесникова": a person's Cyrillic spellings, without repeats. */
function cyrillicNames(person: { nameBelarusian: string | null; nameRussian: string | null }): string | null {
  const names = [...new Set([person.nameBelarusian, person.nameRussian].filter((name): name is string => Boolean(name)))];
  return names.length > 0 ? names.join(" · ") : null;
}

/** The people a petition or update is about, by their Belarusian names. */
function belarusianNames(people: { nameLatin: string; nameBelarusian: string | null }[]): string | null {
  return people.map((person) => person.nameBelarusian ?? person.nameLatin).join(", ") || null;
}

function card(parts: Omit<OgCardData, "footer" | "alt">): OgCardData {
  const alt = [parts.eyebrow, parts.title, parts.cyrillic, parts.badge?.text, ...parts.facts, parts.progress?.label]
    .filter(Boolean)
    .join(". ");
  return { ...parts, footer: { name: t("site.name"), host: new URL(env.APP_URL).host }, alt };
}

export async function prisonerCard(slug: string, today: Date = new Date()): Promise<OgCardData | null> {
  const person = await getPrisonerPreview(slug, today);
  if (!person) return null;
  const days = person.daysBehindBars;
  const facts = person.releasedOn
    ? [
        t("og.releasedOn", { date: day(person.releasedOn) }),
        ...(days === null ? [] : [t("profile.daysBehindBarsUntilRelease", { count: days })]),
      ]
    : days === null
      ? []
      : [t("profile.daysBehindBars", { count: days })];
  return card({
    eyebrow: t("og.prisonerEyebrow"),
    title: person.nameLatin,
    cyrillic: cyrillicNames(person),
    badge: { text: t(`status.${person.status}`), tone: TONE[person.status] },
    facts,
    progress: null,
  });
}

export async function petitionCard(slug: string): Promise<OgCardData | null> {
  const petition = await getPetitionPreview(slug);
  if (!petition) return null;
  const { confirmedCount: count, goal } = petition;
  return card({
    eyebrow: t("og.petitionEyebrow", { target: petition.target }),
    title: petition.title,
    cyrillic: belarusianNames(petition.prisoners),
    badge: petition.state === "CLOSED" ? { text: t("og.petitionClosed"), tone: "neutral" } : null,
    facts: [],
    progress: { label: t("og.progress", { count, goal }), count, goal },
  });
}

export async function updateCard(slug: string): Promise<OgCardData | null> {
  const update = await getUpdatePreview(slug);
  if (!update) return null;
  return card({
    eyebrow: t("og.updateEyebrow", { date: day(update.publishedAt) }),
    title: update.title,
    cyrillic: belarusianNames(update.prisoners),
    badge: null,
    facts: [],
    progress: null,
  });
}

/** The card of the pages that are not about one person, petition or update. */
export function siteCard(): OgCardData {
  return card({
    eyebrow: t("og.prisonerEyebrow"),
    title: t("site.name"),
    cyrillic: null,
    badge: null,
    facts: [t("site.tagline")],
    progress: null,
  });
}

const CARDS: Record<OgKind, (slug: string) => Promise<OgCardData | null>> = {
  prisoners: (slug) => prisonerCard(slug),
  petitions: petitionCard,
  updates: updateCard,
};

/** The card at /og/<kind>/<slug>; null for an unknown kind or slug. */
export async function cardFor(kind: string, slug: string): Promise<OgCardData | null> {
  return Object.hasOwn(CARDS, kind) ? CARDS[kind as OgKind](slug) : null;
}

function imageAt(path: string, data: OgCardData): OgImage {
  return { url: `${env.APP_URL}${path}?v=${cardVersion(data)}`, alt: data.alt, width: 1200, height: 630 };
}

/**
 * The image of a profile, petition or update, its URL carrying the version of what it shows.
 * Cached per request: a page asks for it in its metadata and again for its JSON-LD.
 */
export const ogImageFor = cache(async (kind: OgKind, slug: string): Promise<OgImage | null> => {
  const data = await CARDS[kind](slug);
  return data && imageAt(`/og/${kind}/${encodeURIComponent(slug)}`, data);
});

export function siteOgImage(): OgImage {
  return imageAt("/og/site", siteCard());
}
