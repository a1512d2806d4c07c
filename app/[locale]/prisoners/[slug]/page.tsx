import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionCard } from "@/components/act/ActionCard";
import { CommentSection } from "@/components/comments/CommentSection";
import { LetterSection } from "@/components/letters/LetterSection";
import { SignBlock } from "@/components/petitions/SignBlock";
import { SubscribeForm } from "@/components/subscriptions/SubscribeForm";
import { DaysBehindBars } from "@/components/prisoners/DaysBehindBars";
import { FactRow } from "@/components/prisoners/FactRow";
import { Portrait } from "@/components/prisoners/Portrait";
import { StatusBadge } from "@/components/prisoners/StatusBadge";
import { Timeline } from "@/components/prisoners/Timeline";
import { ShareLinks } from "@/components/ui/ShareLinks";
import { SourceLink } from "@/components/ui/SourceLinks";
import { JsonLd } from "@/components/seo/JsonLd";
import { UpdateTeaser } from "@/components/updates/UpdateTeaser";
import { inEnglish, TranslatedText } from "@/components/i18n/TranslatedText";
import { getCommentSection } from "@/lib/comments/queries";
import { env } from "@/lib/env";
import { dateFormatFor } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-params";
import { localePath, publicPath } from "@/lib/paths";
import { prisonName } from "@/lib/prisons/schema";
import { getLetterRecipient } from "@/lib/letters/queries";
import { letterAddress } from "@/lib/letters/templates";
import { listPetitionsForPrisoner } from "@/lib/petitions/queries";
import { ogImageFor } from "@/lib/og/cards";
import { getPrisonerProfile } from "@/lib/prisoners/queries";
import { profileJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { countryOptions } from "@/lib/supporters/countries";
import { FeedLink } from "@/components/updates/FeedLink";
import { ReportInaccuracyLink } from "@/components/corrections/ReportInaccuracyLink";

type Params = Promise<{ locale: string; slug: string }>;

// Profiles render on first visit and are cached; they show petition counts, which may be at most
// 10 seconds old, and staff edits revalidate the page at once.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const person = await getPrisonerProfile(slug, locale);
  if (!person) return {};
  const t = await getTranslations({ locale, namespace: "status" });
  const cyrillic = person.nameBelarusian ? ` (${person.nameBelarusian})` : "";
  return pageMetadata({
    locale,
    path: `/prisoners/${person.slug}`,
    title: `${person.nameLatin}${cyrillic}`,
    description: `${person.nameLatin}: ${t(person.status)}. ${person.biography ?? ""}`.trim(),
    type: "profile",
    image: await ogImageFor("prisoners", person.slug, locale),
  });
}

export default async function PrisonerPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await resolvePageLocale(params);
  const person = await getPrisonerProfile(slug, locale);
  if (!person) notFound();
  const [t, tStatus, tAct, tShare, tPlace, format, petitions, messages, image] = await Promise.all([
    getTranslations({ locale, namespace: "profile" }),
    getTranslations({ locale, namespace: "status" }),
    getTranslations({ locale, namespace: "act" }),
    getTranslations({ locale, namespace: "share" }),
    getTranslations({ locale, namespace: "prisonPages" }),
    getFormatter({ locale }),
    listPetitionsForPrisoner(person.slug, locale),
    getCommentSection({ kind: "prisoner", slug: person.slug }),
    ogImageFor("prisoners", person.slug, locale),
  ]);
  const day = (date: Date) => format.dateTime(date, dateFormatFor("DAY"));
  const postalAddress = letterAddress(person.prison, person.postalAddress);
  const letterAnswer = person.canReceiveLetters === null ? "unknown" : person.canReceiveLetters ? "yes" : "no";
  // Only for people still held: null for everyone else.
  const letterRecipient = await getLetterRecipient(person.slug);
  const pageUrl = `${env.APP_URL}${localePath(locale, `/prisoners/${person.slug}`)}`;
  const otherSpellings = person.spellings.filter(
    (s) => s.value !== person.nameLatin && s.value !== person.nameBelarusian && s.value !== person.nameRussian,
  );

  return (
    <article className="space-y-10">
      <JsonLd data={profileJsonLd(person, { url: pageUrl, locale }, image)} />
      <header className="flex flex-col gap-6 sm:flex-row">
        <Portrait name={person.nameLatin} photoPath={person.photoPath} size="lg" />
        <div className="space-y-2">
          <h1 className="font-serif text-4xl font-bold">{person.nameLatin}</h1>
          {(person.nameBelarusian || person.nameRussian) && (
            <p className="text-lg text-muted">
              {person.nameBelarusian && <span lang="be">{person.nameBelarusian}</span>}
              {person.nameBelarusian && person.nameRussian && person.nameRussian !== person.nameBelarusian && " · "}
              {person.nameRussian && person.nameRussian !== person.nameBelarusian && <span lang="ru">{person.nameRussian}</span>}
            </p>
          )}
          <StatusBadge status={person.status} />
          <DaysBehindBars days={person.daysBehindBars} released={person.releasedOn !== null} />
        </div>
      </header>

      <section aria-labelledby="facts-heading" className="space-y-3">
        <h2 id="facts-heading" className="font-serif text-2xl font-bold">
          {t("facts")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]" data-testid="key-facts">
          {person.detainedOn && (
            <FactRow label={t("detainedOn")} testId="detained-on">
              {day(person.detainedOn)}
            </FactRow>
          )}
          {person.releasedOn && (
            <FactRow label={t("releasedOn")} testId="released-on">
              {day(person.releasedOn)}
            </FactRow>
          )}
          {person.birthDate && <FactRow label={t("born")}>{day(person.birthDate)}</FactRow>}
          {person.sentence && (
            <FactRow label={t("sentence")}>
              <TranslatedText english={inEnglish(person, "sentence")}>{person.sentence}</TranslatedText>
              {person.sentencedOn && (
                <span className="text-muted">
                  {" "}
                  (
                  {person.court
                    ? t("sentencedOn", { date: day(person.sentencedOn), court: person.court })
                    : t("sentencedOnNoCourt", { date: day(person.sentencedOn) })}
                  )
                </span>
              )}
            </FactRow>
          )}
          {person.charges.length > 0 && (
            <FactRow label={t("charges")}>
              <ul className="list-disc pl-5">
                {person.charges.map((charge, index) => (
                  <li key={index}>
                    <TranslatedText english={inEnglish(charge, "description")}>“{charge.description}”</TranslatedText>
                    {charge.article && <span className="text-muted"> ({t("article", { article: charge.article })})</span>}
                  </li>
                ))}
              </ul>
            </FactRow>
          )}
          {person.prison ? (
            <FactRow label={tPlace("heldAt")} testId="held-at">
              <Link href={publicPath.prison(person.prison.slug)} className="underline">
                {prisonName(person.prison, locale)}
              </Link>
            </FactRow>
          ) : (
            person.placeOfDetention && (
              <FactRow label={t("placeOfDetention")} testId="held-at">
                <TranslatedText english={inEnglish(person, "placeOfDetention")}>{person.placeOfDetention}</TranslatedText>
              </FactRow>
            )
          )}
          {person.region && (
            <FactRow label={tPlace("regionFact")} testId="region">
              {tPlace(`region.${person.region}`)}
            </FactRow>
          )}
          {person.status === "DETAINED" && (
            <FactRow label={tPlace("canReceiveLetters")} testId="can-receive-letters">
              {tPlace(`answer.${letterAnswer}`)}
              {person.canReceiveLettersSource && (
                <span className="text-sm text-muted">
                  {" "}
                  ({tPlace("source")} <SourceLink source={person.canReceiveLettersSource} />)
                </span>
              )}
            </FactRow>
          )}
          {person.noContactSince && person.noContactDays !== null && (
            <FactRow label={tPlace("noContact")} testId="no-contact">
              <span className="font-semibold text-accent">
                {tPlace("noContactSince", { date: day(person.noContactSince), count: person.noContactDays })}
              </span>
            </FactRow>
          )}
          {postalAddress && (
            <FactRow label={t("postalAddress")} lang="ru" testId="postal-address">
              {postalAddress}
            </FactRow>
          )}
          {otherSpellings.length > 0 && (
            <FactRow label={t("otherSpellings")}>
              {otherSpellings.map((s, index) => (
                <span key={`${s.language}-${s.value}`} lang={s.language}>
                  {index > 0 && ", "}
                  {s.value}
                </span>
              ))}
            </FactRow>
          )}
        </dl>
        {/* The day staff last checked the facts; without one, the day the record last changed (staff edit or import). */}
        <p className="text-sm text-muted" data-testid="facts-checked">
          {person.factsCheckedAt
            ? tPlace("factsChecked", { date: day(person.factsCheckedAt) })
            : tPlace("factsUpdated", { date: day(person.updatedAt) })}
        </p>
      </section>

      {person.biography && (
        <section aria-labelledby="bio-heading" className="space-y-3">
          <h2 id="bio-heading" className="font-serif text-2xl font-bold">
            {t("biography")}
          </h2>
          <TranslatedText as="p" english={inEnglish(person, "biography")} className="max-w-prose whitespace-pre-line">
            {person.biography}
          </TranslatedText>
        </section>
      )}

      {person.events.length > 0 && (
        <section aria-labelledby="timeline-heading" className="space-y-3">
          <h2 id="timeline-heading" className="font-serif text-2xl font-bold">
            {t("timeline")}
          </h2>
          <Timeline events={person.events} sourcesLabel={`${t("sources")}:`} />
        </section>
      )}

      <section aria-labelledby="act-heading" className="space-y-4 rounded bg-white p-6 ring-1 ring-line" data-testid="person-act">
        <h2 id="act-heading" className="font-serif text-2xl font-bold">
          {t("actHeading", { name: person.nameLatin })}
        </h2>
        {petitions.length > 0 && (
          <div className="space-y-4">
            <h3 className="font-serif text-xl font-bold">{t("petitionsHeading", { name: person.nameLatin })}</h3>
            {petitions.map((petition) => (
              <SignBlock key={petition.slug} petition={petition} countries={countryOptions(locale)} />
            ))}
          </div>
        )}
        <div className="grid gap-4 md:grid-cols-2">
          <ActionCard title={tAct("forPerson.share", { name: person.nameLatin })}>
            <p className="text-sm text-muted">{tAct("forPerson.shareText")}</p>
            <ShareLinks url={pageUrl} text={tShare("message", { name: person.nameLatin, status: tStatus(person.status) })} />
          </ActionCard>
          <ActionCard title={tAct("forPerson.follow")}>
            <p className="text-sm text-muted">{tAct("forPerson.followText")}</p>
            <SubscribeForm idPrefix="profile" person={{ slug: person.slug, name: person.nameLatin }} />
            <div className="flex flex-wrap gap-4">
              <FeedLink className="font-semibold text-accent underline">{tAct("follow.link")}</FeedLink>
              <Link href="/act" className="font-semibold text-accent underline">
                {tAct("heading")}
              </Link>
            </div>
          </ActionCard>
        </div>
      </section>

      {letterRecipient && <LetterSection recipient={letterRecipient} />}

      {messages && <CommentSection page={`prisoner:${person.slug}`} moderation={messages.moderation} comments={messages.comments} />}

      {person.updates.length > 0 && (
        <section aria-labelledby="updates-heading" className="space-y-3">
          <h2 id="updates-heading" className="font-serif text-2xl font-bold">
            {t("relatedUpdates", { name: person.nameLatin })}
          </h2>
          {person.updates.map((update) => (
            <UpdateTeaser key={update.slug} update={update} />
          ))}
        </section>
      )}

      {person.sources.length > 0 && (
        <section aria-labelledby="sources-heading" className="space-y-3">
          <h2 id="sources-heading" className="font-serif text-2xl font-bold">
            {t("sources")}
          </h2>
          <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="sources">
            {person.sources.map((source) => (
              <li key={source.key}>
                <SourceLink source={source} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <ReportInaccuracyLink slug={person.slug} />
    </article>
  );
}
