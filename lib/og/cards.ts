import "server-only";
import { cache } from "react";
import { createTranslator } from "next-intl";
import { env } from "../env";
import type { PrisonerStatus } from "../generated/prisma/enums";
import { CATALOGUES } from "../i18n/catalogues";
import { dateFormatFor } from "../i18n/dates";
import { isLocale, routing, type Locale } from "../i18n/routing";
import { getPetitionPreview } from "../petitions/queries";
import { getPrisonerPreview } from "../prisoners/queries";
import { localizeRows } from "../translations/queries";
import { getUpdatePreview } from "../updates/queries";
import type { BadgeTone, OgCardData } from "./card";
import { cardVersion } from "./render";

// What each link-preview image shows, in words, from the current data, in one language: a page
// names the image of its own language, so a link shared from /be/... previews in Belarusian. The
// image routes draw these cards and the pages name them in og:image with their version, so both
// always agree.

export type OgKind = "prisoners" | "petitions" | "updates";

export interface OgImage {
  url: string;
  alt: string;
  width: 1200;
  height: 630;
}

/** The words of one language's cards: its catalogue, and its dates through Intl. */
function wordsFor(locale: Locale) {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] });
  const format = new Intl.DateTimeFormat(locale, dateFormatFor("DAY"));
  return { locale, t, day: (date: Date) => format.format(date) };
}
type Words = ReturnType<typeof wordsFor>;
const WORDS = Object.fromEntries(routing.locales.map((locale) => [locale, wordsFor(locale)])) as Record<Locale, Words>;

/**
 * The language an image URL asks for: `?lang=be` or `?lang=ru`, English without one (the URLs
 * shared before there were languages keep working); null for any other value, answered 404.
 */
export function ogLocale(searchParams: URLSearchParams): Locale | null {
  const lang = searchParams.get("lang");
  if (lang === null) return routing.defaultLocale;
  return isLocale(lang) ? lang : null;
}

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

type Person = { nameLatin: string; nameBelarusian: string | null; nameRussian: string | null };

/** The people a petition or update is about, in Cyrillic: their Russian names on a Russian card, else their Belarusian ones. */
function cyrillicNamesOf(people: Person[], locale: Locale): string | null {
  const name = (person: Person) => (locale === "ru" ? person.nameRussian : null) ?? person.nameBelarusian ?? person.nameLatin;
  return people.map(name).join(", ") || null;
}

function card({ t }: Words, parts: Omit<OgCardData, "footer" | "alt">): OgCardData {
  const alt = [parts.eyebrow, parts.title, parts.cyrillic, parts.badge?.text, ...parts.facts, parts.progress?.label]
    .filter(Boolean)
    .join(". ");
  return { ...parts, footer: { name: t("site.name"), host: new URL(env.APP_URL).host }, alt };
}

export async function prisonerCard(slug: string, locale: Locale, today: Date = new Date()): Promise<OgCardData | null> {
  const person = await getPrisonerPreview(slug, today);
  if (!person) return null;
  const words = WORDS[locale];
  const { t, day } = words;
  const days = person.daysBehindBars;
  const facts = person.releasedOn
    ? [
        t("og.releasedOn", { date: day(person.releasedOn) }),
        ...(days === null ? [] : [t("profile.daysBehindBarsUntilRelease", { count: days })]),
      ]
    : days === null
      ? []
      : [t("profile.daysBehindBars", { count: days })];
  return card(words, {
    eyebrow: t("og.prisonerEyebrow"),
    title: person.nameLatin,
    cyrillic: cyrillicNames(person),
    badge: { text: t(`status.${person.status}`), tone: TONE[person.status] },
    facts,
    progress: null,
  });
}

// A petition's and an update's own texts are shown as their pages show them: translated where
// staff translated them, else the English.

export async function petitionCard(slug: string, locale: Locale): Promise<OgCardData | null> {
  const found = await getPetitionPreview(slug);
  if (!found) return null;
  const petition = (await localizeRows(locale, "petition", [found]))[0]!;
  const words = WORDS[locale];
  const { t } = words;
  const { confirmedCount: count, goal } = petition;
  return card(words, {
    eyebrow: t("og.petitionEyebrow", { target: petition.target }),
    title: petition.title,
    cyrillic: cyrillicNamesOf(petition.prisoners, locale),
    badge: petition.state === "CLOSED" ? { text: t("og.petitionClosed"), tone: "neutral" } : null,
    facts: [],
    progress: { label: t("og.progress", { count, goal }), count, goal },
  });
}

export async function updateCard(slug: string, locale: Locale): Promise<OgCardData | null> {
  const found = await getUpdatePreview(slug);
  if (!found) return null;
  const update = (await localizeRows(locale, "update", [found]))[0]!;
  const words = WORDS[locale];
  const { t, day } = words;
  return card(words, {
    eyebrow: t("og.updateEyebrow", { date: day(update.publishedAt) }),
    title: update.title,
    cyrillic: cyrillicNamesOf(update.prisoners, locale),
    badge: null,
    facts: [],
    progress: null,
  });
}

/** The card of the pages that are not about one person, petition or update. */
export function siteCard(locale: Locale): OgCardData {
  const words = WORDS[locale];
  const { t } = words;
  return card(words, {
    eyebrow: t("og.prisonerEyebrow"),
    title: t("site.name"),
    cyrillic: null,
    badge: null,
    facts: [t("site.tagline")],
    progress: null,
  });
}

const CARDS: Record<OgKind, (slug: string, locale: Locale) => Promise<OgCardData | null>> = {
  prisoners: (slug, locale) => prisonerCard(slug, locale),
  petitions: petitionCard,
  updates: updateCard,
};

/** The card at /og/<kind>/<slug> in a language; null for an unknown kind or slug. */
export async function cardFor(kind: string, slug: string, locale: Locale): Promise<OgCardData | null> {
  return Object.hasOwn(CARDS, kind) ? CARDS[kind as OgKind](slug, locale) : null;
}

function imageAt(path: string, locale: Locale, data: OgCardData): OgImage {
  const query = new URLSearchParams(locale === routing.defaultLocale ? {} : { lang: locale });
  query.set("v", cardVersion(data));
  return { url: `${env.APP_URL}${path}?${query}`, alt: data.alt, width: 1200, height: 630 };
}

/**
 * The image of a profile, petition or update in a language, its URL carrying the language and
 * the version of what it shows. Cached per request: a page asks for it in its metadata and again
 * for its JSON-LD.
 */
export const ogImageFor = cache(async (kind: OgKind, slug: string, locale: Locale): Promise<OgImage | null> => {
  const data = await CARDS[kind](slug, locale);
  return data && imageAt(`/og/${kind}/${encodeURIComponent(slug)}`, locale, data);
});

export function siteOgImage(locale: Locale): OgImage {
  return imageAt("/og/site", locale, siteCard(locale));
}
