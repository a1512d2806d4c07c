import { env } from "../env";
import { publicPath } from "../paths";
import type { PetitionCardData } from "../petitions/queries";
import type { PrisonerCardData, PrisonerProfile } from "../prisoners/queries";
import type { UpdateSummary } from "../updates/queries";

// The published shape of the open data API (README, "Open data"). Each field is picked by name,
// so nothing new in the database reaches the API without a decision here.

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const url = (path: string) => `${env.APP_URL}${path}`;

export function prisonerSummary(person: PrisonerCardData) {
  return {
    slug: person.slug,
    url: url(publicPath.prisoner(person.slug)),
    name: { latin: person.nameLatin, belarusian: person.nameBelarusian, russian: person.nameRussian },
    status: person.status,
    detainedOn: day(person.detainedOn),
    releasedOn: day(person.releasedOn),
    daysBehindBars: person.daysBehindBars,
    region: person.region,
    // Where the person is held now, with the address letters go to (null when not recorded).
    prison: person.prison
      ? {
          slug: person.prison.slug,
          url: url(publicPath.prison(person.prison.slug)),
          name: { latin: person.prison.nameLatin, belarusian: person.prison.nameBelarusian, russian: person.prison.nameRussian },
          region: person.prison.region,
          postalAddress: person.prison.postalAddress,
        }
      : null,
    canReceiveLetters: person.canReceiveLetters,
    noContactSince: day(person.noContactSince),
    noContactDays: person.noContactDays,
  };
}

export function prisonerDetail(person: PrisonerProfile) {
  const source = (s: { title: string; url: string | null }) => ({
    title: s.title,
    url: s.url && s.url.startsWith("/") ? url(s.url) : s.url,
  });
  return {
    ...prisonerSummary(person),
    spellings: person.spellings.map((s) => ({ value: s.value, language: s.language })),
    birthDate: day(person.birthDate),
    charges: person.charges.map((c) => ({ article: c.article, description: c.description })),
    sentence: person.sentence,
    sentencedOn: day(person.sentencedOn),
    court: person.court,
    placeOfDetention: person.placeOfDetention,
    postalAddress: person.postalAddress,
    canReceiveLettersSource: person.canReceiveLettersSource ? source(person.canReceiveLettersSource) : null,
    factsCheckedAt: day(person.factsCheckedAt),
    biography: person.biography,
    timeline: person.events.map((e) => ({
      kind: e.kind,
      date: day(e.occurredOn),
      precision: e.precision,
      text: e.text,
      sources: e.sources.map(source),
    })),
    sources: person.sources.map(source),
    updates: person.updates.map((u) => ({
      slug: u.slug,
      title: u.title,
      publishedAt: day(u.publishedAt),
      url: url(publicPath.update(u.slug)),
    })),
  };
}

export function petitionDetail(petition: PetitionCardData & { prisoners: { slug: string }[] }) {
  return {
    slug: petition.slug,
    url: url(publicPath.petition(petition.slug)),
    title: petition.title,
    summary: petition.summary,
    target: petition.target,
    goal: petition.goal,
    state: petition.state,
    confirmedCount: petition.confirmedCount,
    prisoners: petition.prisoners.map((p) => p.slug),
  };
}

export function updateSummary(update: UpdateSummary) {
  return {
    slug: update.slug,
    url: url(publicPath.update(update.slug)),
    title: update.title,
    summary: update.summary,
    publishedAt: update.publishedAt.toISOString(),
    prisoners: update.prisoners.map((p) => p.slug),
  };
}
