// Seed content: only the facts in the project's sourced fact sheet and the Amnesty International
// statement of 13 December 2025. Every fact names its sources by key; nothing here is invented,
// and what the sources do not say (a photo, a prison address) stays empty.
import type { CampaignFactKind, DatePrecision, PrisonerStatus, TimelineEventKind } from "../../lib/generated/prisma/enums";

export interface SourceSeed {
  key: string;
  title: string;
  url?: string;
  publishedOn?: string;
}

export const STATEMENT_UPDATE_SLUG = "belarus-releases-prominent-prisoners-2025-12-13";

export const sources: SourceSeed[] = [
  {
    key: "amnesty-2025-12-13",
    title: "Amnesty International statement, 13 December 2025",
    url: `/updates/${STATEMENT_UPDATE_SLUG}`,
    publishedOn: "2025-12-13",
  },
  { key: "oe24-2021-09", title: "oe24.at, September 2021" },
  { key: "ru-wikipedia-kampuspedia", title: "Russian Wikipedia, via kampuspedia.com" },
  { key: "italy24news", title: "italy24news.com" },
  { key: "viasna-record", title: "Viasna, political prisoner record" },
  { key: "republicworld-2023-03-04", title: "republicworld.com, 4 March 2023", publishedOn: "2023-03-04" },
  { key: "diasporainfo", title: "diasporainfo.com" },
  { key: "breakinglatest-2023-03-03", title: "breakinglatest.news, 3 March 2023", publishedOn: "2023-03-03" },
  { key: "wikipedia-marfa-rabkova", title: "Wikipedia: Marfa Rabkova", url: "https://en.wikipedia.org/wiki/Marfa_Rabkova" },
  { key: "fidh-marfa-rabkova", title: "FIDH Belarus: Marfa Rabkova", url: "https://belarus.fidh.org/Marfa-Rabkova" },
  {
    key: "running-n-stopping-marfa-rabkova",
    title: "running-n-stopping.uk: Marfa Rabkova",
    url: "https://running-n-stopping.uk/marfa-rabkova",
  },
  { key: "100xsolidaritaet", title: "100xsolidaritaet.de" },
  { key: "amnesty-ca-urgent-action-loika", title: "Amnesty International Canada, urgent action for Nasta Loika" },
  { key: "modernghana-2023-06-22", title: "modernghana.com, 22 June 2023", publishedOn: "2023-06-22" },
  { key: "spring96-112001", title: "Viasna (spring96.org), news 112001", url: "https://spring96.org/en/news/112001" },
  { key: "defendersbelarus", title: "defendersbelarus.org" },
  { key: "ua-news-viasna-annual-report", title: "ua.news, citing Viasna's annual report" },
];

export interface EventSeed {
  kind: TimelineEventKind;
  occurredOn: string;
  precision?: DatePrecision;
  text: string;
  sources: string[];
}

export interface PrisonerSeed {
  slug: string;
  nameLatin: string;
  nameBelarusian?: string;
  nameRussian?: string;
  spellings: { value: string; language: "en" | "be" | "ru" }[];
  status: PrisonerStatus;
  detainedOn?: string;
  releasedOn?: string;
  birthDate?: string;
  sentence?: string;
  sentencedOn?: string;
  court?: string;
  biography?: string;
  featured: boolean;
  charges: { article?: string; description: string }[];
  events: EventSeed[];
  sources: string[];
}

export const prisoners: PrisonerSeed[] = [
  {
    slug: "maryia-kalesnikava",
    nameLatin: "Maryia Kalesnikava",
    nameBelarusian: "Марыя Калеснікава",
    nameRussian: "Мария Колесникова",
    spellings: [
      { value: "Maryia Kalesnikava", language: "en" },
      { value: "Maria Kolesnikova", language: "en" },
      { value: "Марыя Калеснікава", language: "be" },
      { value: "Мария Колесникова", language: "ru" },
    ],
    status: "RELEASED",
    detainedOn: "2020-09-07",
    releasedOn: "2025-12-13",
    sentence: "11 years",
    sentencedOn: "2021-09-06",
    court: "Minsk Regional Court",
    biography:
      "A prominent opposition figure, Maryia Kalesnikava was abducted in central Minsk by masked men in September 2020. At the Ukrainian border she tore up her passport to resist forced deportation, and was arrested.",
    featured: true,
    charges: [
      { article: "357", description: "conspiracy to seize power" },
      { article: "361-1", description: "creating an extremist formation" },
      { article: "361", description: "calls for actions harming national security" },
    ],
    events: [
      {
        kind: "ARREST",
        occurredOn: "2020-09-07",
        text: "Abducted in central Minsk by masked men.",
        sources: ["amnesty-2025-12-13", "oe24-2021-09", "ru-wikipedia-kampuspedia"],
      },
      {
        kind: "DETENTION",
        occurredOn: "2020-09-08",
        text: "At the Ukrainian border, tore up her passport to resist forced deportation, then was arrested.",
        sources: ["amnesty-2025-12-13", "oe24-2021-09", "ru-wikipedia-kampuspedia"],
      },
      {
        kind: "SENTENCE",
        occurredOn: "2021-09-06",
        text: "Minsk Regional Court sentenced her to 11 years for “conspiracy to seize power”, “creating an extremist formation” and “calls for actions harming national security” (articles 357, 361-1 and 361).",
        sources: ["amnesty-2025-12-13", "italy24news", "viasna-record"],
      },
      {
        kind: "RELEASE",
        occurredOn: "2025-12-13",
        text: "Released, among 123 people freed that day.",
        sources: ["amnesty-2025-12-13"],
      },
    ],
    sources: ["amnesty-2025-12-13", "oe24-2021-09", "ru-wikipedia-kampuspedia", "italy24news", "viasna-record"],
  },
  {
    slug: "ales-bialiatski",
    nameLatin: "Ales Bialiatski",
    nameBelarusian: "Алесь Бяляцкі",
    nameRussian: "Алесь Беляцкий",
    spellings: [
      { value: "Ales Bialiatski", language: "en" },
      { value: "Ales Byalyatski", language: "en" },
      { value: "Алесь Бяляцкі", language: "be" },
      { value: "Алесь Беляцкий", language: "ru" },
    ],
    status: "RELEASED",
    // The sources give only the year of his arrest (2021): no day to count from.
    releasedOn: "2025-12-13",
    sentence: "10 years",
    sentencedOn: "2023-03-03",
    biography: "Founder of the Viasna Human Rights Centre in 1996 and Nobel Peace Prize laureate in 2022.",
    featured: true,
    charges: [{ description: "smuggling" }, { description: "financing actions grossly violating public order" }],
    events: [
      {
        kind: "OTHER",
        occurredOn: "1996-01-01",
        precision: "YEAR",
        text: "Founded the Viasna Human Rights Centre.",
        sources: ["amnesty-2025-12-13", "republicworld-2023-03-04"],
      },
      {
        kind: "ARREST",
        occurredOn: "2021-01-01",
        precision: "YEAR",
        text: "Arrested after the 2020 protests.",
        sources: ["republicworld-2023-03-04", "diasporainfo"],
      },
      {
        kind: "OTHER",
        occurredOn: "2022-01-01",
        precision: "YEAR",
        text: "Awarded the Nobel Peace Prize.",
        sources: ["amnesty-2025-12-13", "republicworld-2023-03-04"],
      },
      {
        kind: "SENTENCE",
        occurredOn: "2023-03-03",
        text: "Sentenced in Minsk to 10 years for “smuggling” and “financing actions grossly violating public order”. The Amnesty statement names “tax evasion”: that was the charge in his 2011 case.",
        sources: ["breakinglatest-2023-03-03", "republicworld-2023-03-04", "amnesty-2025-12-13"],
      },
      {
        kind: "RELEASE",
        occurredOn: "2025-12-13",
        text: "Released, among 123 people freed that day.",
        sources: ["amnesty-2025-12-13"],
      },
    ],
    sources: ["amnesty-2025-12-13", "republicworld-2023-03-04", "diasporainfo", "breakinglatest-2023-03-03"],
  },
  {
    slug: "marfa-rabkova",
    nameLatin: "Marfa Rabkova",
    nameBelarusian: "Марфа Рабкова",
    nameRussian: "Марфа Рабкова",
    spellings: [
      { value: "Marfa Rabkova", language: "en" },
      { value: "Maryia Rabkova", language: "en" },
      { value: "Марфа Рабкова", language: "be" },
      { value: "Марфа Рабкова", language: "ru" },
    ],
    status: "DETAINED",
    detainedOn: "2020-09-17",
    birthDate: "1995-01-06",
    sentence: "14 years 9 months (15 years, reduced on appeal by three months)",
    sentencedOn: "2022-09-06",
    court: "Minsk City Court",
    biography: "Coordinator of the volunteer service of the Viasna Human Rights Centre.",
    featured: true,
    charges: [],
    events: [
      {
        kind: "OTHER",
        occurredOn: "1995-01-06",
        text: "Born.",
        sources: ["wikipedia-marfa-rabkova"],
      },
      {
        kind: "DETENTION",
        occurredOn: "2020-09-17",
        text: "Detained in Minsk together with her husband, Vadzim Zharomski.",
        sources: ["fidh-marfa-rabkova"],
      },
      {
        kind: "SENTENCE",
        occurredOn: "2022-09-06",
        text: "Minsk City Court sentenced her to 15 years on 10 articles of the Criminal Code; on appeal the term was reduced by three months, to 14 years 9 months.",
        sources: ["running-n-stopping-marfa-rabkova", "100xsolidaritaet"],
      },
      {
        kind: "OTHER",
        occurredOn: "2025-12-13",
        text: "Still imprisoned when 123 people were released.",
        sources: ["amnesty-2025-12-13"],
      },
    ],
    sources: [
      "wikipedia-marfa-rabkova",
      "fidh-marfa-rabkova",
      "running-n-stopping-marfa-rabkova",
      "100xsolidaritaet",
      "amnesty-2025-12-13",
    ],
  },
  {
    slug: "nasta-loika",
    nameLatin: "Nasta Loika",
    nameBelarusian: "Наста Лойка",
    nameRussian: "Анастасия Лойко",
    spellings: [
      { value: "Nasta Loika", language: "en" },
      { value: "Nasta Loyka", language: "en" },
      { value: "Anastasia Loiko", language: "en" },
      { value: "Наста Лойка", language: "be" },
      { value: "Анастасия Лойко", language: "ru" },
    ],
    status: "DETAINED",
    detainedOn: "2022-10-28",
    sentence: "7 years",
    sentencedOn: "2023-06-20",
    court: "Minsk City Court",
    biography: "Human rights defender and educator.",
    featured: true,
    charges: [{ article: "130 part 3", description: "inciting social hatred" }],
    events: [
      {
        kind: "DETENTION",
        occurredOn: "2022-10-28",
        text: "Detained, then held on five consecutive 15-day administrative terms.",
        sources: ["amnesty-ca-urgent-action-loika", "modernghana-2023-06-22"],
      },
      {
        kind: "CHARGE",
        occurredOn: "2022-12-24",
        text: "Charged under the Criminal Code.",
        sources: ["amnesty-ca-urgent-action-loika", "modernghana-2023-06-22"],
      },
      {
        kind: "SENTENCE",
        occurredOn: "2023-06-20",
        text: "Minsk City Court sentenced her to 7 years under article 130 part 3 (“inciting social hatred”) for a 2018 human rights report.",
        sources: ["spring96-112001", "defendersbelarus"],
      },
      {
        kind: "APPEAL",
        occurredOn: "2023-10-03",
        text: "The Supreme Court upheld the sentence.",
        sources: ["spring96-112001", "defendersbelarus"],
      },
      {
        kind: "OTHER",
        occurredOn: "2025-12-13",
        text: "Still imprisoned when 123 people were released.",
        sources: ["amnesty-2025-12-13"],
      },
    ],
    sources: ["amnesty-ca-urgent-action-loika", "modernghana-2023-06-22", "spring96-112001", "defendersbelarus", "amnesty-2025-12-13"],
  },
];

export interface CampaignFactSeed {
  key: string;
  kind: CampaignFactKind;
  occurredOn: string;
  precision?: DatePrecision;
  peopleCount: number;
  text: string;
  sources: string[];
}

export const campaignFacts: CampaignFactSeed[] = [
  {
    key: "release-2025-09",
    kind: "MASS_RELEASE",
    occurredOn: "2025-09-01",
    precision: "MONTH",
    peopleCount: 52,
    text: "52 political prisoners released, without any meaningful accountability or systemic change.",
    sources: ["amnesty-2025-12-13"],
  },
  {
    key: "release-2025-12-13",
    kind: "MASS_RELEASE",
    occurredOn: "2025-12-13",
    peopleCount: 123,
    text: "123 people released, among them Ales Bialiatski and Maryia Kalesnikava, reportedly in exchange for eased sanctions on potash exports.",
    sources: ["amnesty-2025-12-13"],
  },
  {
    key: "held-2025-12-23",
    kind: "HELD_COUNT",
    occurredOn: "2025-12-23",
    peopleCount: 1135,
    text: "1,135 political prisoners held in Belarus, according to Viasna's annual report.",
    sources: ["ua-news-viasna-annual-report"],
  },
];

export interface UpdateSeed {
  slug: string;
  title: string;
  summary: string;
  bodyFile: string;
  publishedAt: string;
  prisoners: string[];
  sources: string[];
}

export const updates: UpdateSeed[] = [
  {
    slug: STATEMENT_UPDATE_SLUG,
    title: "Belarusian authorities release prominent prisoners, but systemic repression remains",
    summary:
      "123 people were released on 13 December 2025, among them Ales Bialiatski and Maryia Kalesnikava. Hundreds remain behind bars, among them Marfa Rabkova and Nasta Loika.",
    bodyFile: "statement-2025-12-13.txt",
    publishedAt: "2025-12-13",
    prisoners: ["maryia-kalesnikava", "ales-bialiatski", "marfa-rabkova", "nasta-loika"],
    sources: ["amnesty-2025-12-13"],
  },
];

export interface PetitionSeed {
  slug: string;
  title: string;
  summary: string;
  body: string;
  target: string;
  goal: number;
  prisoners: string[];
}

// The statement's four calls, addressed to the authorities that hold the prisoners. Goals are the
// campaign's own targets, not facts.
export const petitions: PetitionSeed[] = [
  {
    slug: "release-all-political-prisoners",
    title: "Release all political prisoners in Belarus",
    summary:
      "Hundreds of people remain behind bars in Belarus for speaking out. Release them unconditionally, repair the harm done, and hold those responsible to account.",
    body: [
      "On 13 December 2025 the Belarusian authorities released 123 people, reportedly in exchange for eased sanctions on potash exports. Hundreds of others remain in prison merely for speaking out: Viasna counted 1,135 political prisoners on 23 December 2025.",
      "We call on the authorities of Belarus to:",
      "* release all remaining political prisoners promptly and unconditionally;",
      "* give everyone freed full reparations, including medical care, psychological support and financial compensation;",
      "* investigate every official suspected of involvement in these wrongful imprisonments, whatever their rank, and hold them accountable;",
      "* stop treating the fate of political prisoners as a bargaining chip in negotiations.",
    ].join("\n"),
    target: "The authorities of the Republic of Belarus",
    goal: 10000,
    prisoners: ["marfa-rabkova", "nasta-loika"],
  },
  {
    slug: "free-marfa-rabkova",
    title: "Free Marfa Rabkova",
    summary:
      "Marfa Rabkova, coordinator of Viasna's volunteer service, has been imprisoned since 17 September 2020. Release her now and unconditionally.",
    body: [
      "Marfa Rabkova coordinated the volunteer service of the Viasna Human Rights Centre. She was detained in Minsk on 17 September 2020, and on 6 September 2022 Minsk City Court sentenced her to 15 years on 10 articles of the Criminal Code, reduced on appeal to 14 years 9 months.",
      "She was still imprisoned when 123 people were released on 13 December 2025.",
      "We call on the authorities of Belarus to release Marfa Rabkova promptly and unconditionally, and to give her full reparations.",
    ].join("\n\n"),
    target: "The authorities of the Republic of Belarus",
    goal: 5000,
    prisoners: ["marfa-rabkova"],
  },
  {
    slug: "free-nasta-loika",
    title: "Free Nasta Loika",
    summary:
      "Nasta Loika, a human rights defender and educator, is serving 7 years for a human rights report. Release her now and unconditionally.",
    body: [
      "Nasta Loika is a human rights defender and educator. She was detained on 28 October 2022 and held on five consecutive 15-day administrative terms before being charged. On 20 June 2023 Minsk City Court sentenced her to 7 years for “inciting social hatred”, over a human rights report she wrote in 2018; the Supreme Court upheld the sentence on 3 October 2023.",
      "She was still imprisoned when 123 people were released on 13 December 2025.",
      "We call on the authorities of Belarus to release Nasta Loika promptly and unconditionally, and to give her full reparations.",
    ].join("\n\n"),
    target: "The authorities of the Republic of Belarus",
    goal: 5000,
    prisoners: ["nasta-loika"],
  },
];

export interface ModerationWordSeed {
  term: string;
  language: "en" | "be" | "ru";
  kind: "BANNED" | "SUSPECT";
}

// Default word lists of the message checks (lib/comments/checks.ts); admins edit them at
// /admin/words. Cyrillic terms are stems: they match any ending, and after a verbal prefix
// ("заеб..."). Latin terms match whole words; a trailing "*" matches any ending.
export const moderationWords: ModerationWordSeed[] = [
  // Obscenities and slurs: a message containing one is not published.
  { term: "fuck*", language: "en", kind: "BANNED" },
  { term: "cunt*", language: "en", kind: "BANNED" },
  { term: "motherfucker*", language: "en", kind: "BANNED" },
  { term: "faggot*", language: "en", kind: "BANNED" },
  { term: "nigger*", language: "en", kind: "BANNED" },
  { term: "хуй", language: "ru", kind: "BANNED" },
  { term: "хуе", language: "ru", kind: "BANNED" },
  { term: "пизд", language: "ru", kind: "BANNED" },
  { term: "еба", language: "ru", kind: "BANNED" },
  { term: "ебл", language: "ru", kind: "BANNED" },
  { term: "блять", language: "ru", kind: "BANNED" },
  { term: "пидор", language: "ru", kind: "BANNED" },
  { term: "жидов", language: "ru", kind: "BANNED" },
  { term: "ябац", language: "be", kind: "BANNED" },
  { term: "пізд", language: "be", kind: "BANNED" },
  { term: "бляць", language: "be", kind: "BANNED" },
  // Spam markers: a message containing one waits for a moderator, even on a post-moderated page.
  { term: "casino", language: "en", kind: "SUSPECT" },
  { term: "crypto", language: "en", kind: "SUSPECT" },
  { term: "bitcoin", language: "en", kind: "SUSPECT" },
  { term: "viagra", language: "en", kind: "SUSPECT" },
  { term: "forex", language: "en", kind: "SUSPECT" },
  { term: "казино", language: "ru", kind: "SUSPECT" },
  { term: "биткоин", language: "ru", kind: "SUSPECT" },
  { term: "криптовалют", language: "ru", kind: "SUSPECT" },
  { term: "казіно", language: "be", kind: "SUSPECT" },
  { term: "біткоін", language: "be", kind: "SUSPECT" },
];
