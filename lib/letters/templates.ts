import type { TemplateLanguage } from "./schema";

// Letters to prison are read by a censor before they are handed over, and a letter that mentions
// politics, the case, the news or other prisoners may be held back, or make things worse for the
// person. These templates are short and warm and say nothing a censor could object to. They are
// content in Belarusian and Russian, not interface text, so they live here and not in a catalogue.

export interface RecipientNames {
  nameLatin: string;
  nameBelarusian: string | null;
  nameRussian: string | null;
  birthDate: Date | null;
}

/** Everything the letter page and the profile's letter section show (lib/letters/queries.ts). */
export interface LetterRecipient extends RecipientNames {
  slug: string;
  placeOfDetention: string | null;
  postalAddress: string | null;
  lettersSent: number;
  /** Yes, no, or not known (null). */
  canReceiveLetters: boolean | null;
  /** Held incommunicado since this day, and for how many days; null otherwise. */
  noContactSince: Date | null;
  noContactDays: number | null;
}

/**
 * Where a letter goes: the current place of detention's postal address when it is recorded, else
 * the address staff wrote on the person's own record, else none (the page then says so).
 */
export function letterAddress(prison: { postalAddress: string | null } | null, own: string | null): string | null {
  return prison?.postalAddress?.trim() || own?.trim() || null;
}

/** The blank a writer fills in by hand. */
export const BLANK = "________________";

interface Wording {
  /** The language's own name, for the template chooser. */
  endonym: string;
  greeting: (name: string) => string;
  body: readonly string[];
  closing: string;
}

const WORDING: Record<TemplateLanguage, Wording> = {
  ru: {
    endonym: "Русский",
    greeting: (name) => `Здравствуйте, ${name}!`,
    body: [
      `Меня зовут ${BLANK}, я пишу вам из ${BLANK}.`,
      "Хочу, чтобы вы знали: о вас помнят и думают многие люди. Желаю вам здоровья, сил и терпения, тёплых писем и хороших книг.",
      `Немного о себе: ${BLANK}.`,
      "Отвечать не обязательно, но я буду рад(а) весточке.",
    ],
    closing: `С теплом, ${BLANK}`,
  },
  be: {
    endonym: "Беларуская",
    greeting: (name) => `Добры дзень, ${name}!`,
    body: [
      `Мяне завуць ${BLANK}, я пішу вам з ${BLANK}.`,
      "Хачу, каб вы ведалі: пра вас памятаюць і думаюць шмат людзей. Зычу вам здароўя, сіл і цярплівасці, цёплых лістоў і добрых кніг.",
      `Крыху пра сябе: ${BLANK}.`,
      "Адказваць не абавязкова, але я буду рады (рада) вестачцы.",
    ],
    closing: `З цеплынёй, ${BLANK}`,
  },
  en: {
    endonym: "English",
    greeting: (name) => `Dear ${name},`,
    body: [
      `My name is ${BLANK} and I am writing to you from ${BLANK}.`,
      "I want you to know that many people remember you and think of you. I wish you good health, strength and patience, warm letters and good books.",
      `A little about me: ${BLANK}.`,
      "There is no need to reply, but I would be glad to hear from you.",
    ],
    closing: `Warmly, ${BLANK}`,
  },
};

export interface LetterTemplate {
  language: TemplateLanguage;
  endonym: string;
  lines: string[];
}

/** A short letter to the person in one language, addressed by their given name in that language. */
export function letterTemplate(language: TemplateLanguage, person: RecipientNames): LetterTemplate {
  const wording = WORDING[language];
  const name =
    language === "en"
      ? person.nameLatin
      : language === "be"
        ? (person.nameBelarusian ?? person.nameRussian)
        : (person.nameRussian ?? person.nameBelarusian);
  return {
    language,
    endonym: wording.endonym,
    lines: [wording.greeting(givenName(name ?? person.nameLatin)), ...wording.body, wording.closing],
  };
}

/** The language's own name ("Беларуская"), for links to each template. */
export function templateEndonym(language: TemplateLanguage): string {
  return WORDING[language].endonym;
}

/** Names are stored given name first ("Марфа Рабкова"): the first word is the given name. */
function givenName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * The post office reads the recipient surname first ("Рабкова Марфа"), with the year of birth
 * when it is known, because several people in one prison may share a name. Names are stored given
 * name first (with the patronymic, when known, before the surname), so the last word moves to the
 * front. The name stays in the nominative as stored: declining it would be guessing.
 */
export function surnameFirst(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length < 2 ? name.trim() : [words.at(-1), ...words.slice(0, -1)].join(" ");
}

export interface AddressBlock {
  /** "ru" or "be": the language the block is written in. */
  language: "ru" | "be";
  toLabel: string;
  whereLabel: string;
  recipient: string;
  /** False when no Cyrillic spelling is stored and the block falls back to the Latin name. */
  cyrillic: boolean;
  /** The address lines as staff stored them, or null when it is not known. */
  addressLines: string[] | null;
}

/**
 * The envelope's "to" block in Cyrillic: Russian when a Russian spelling is stored (the language of
 * most mail to Belarusian prisons), otherwise Belarusian.
 */
export function addressBlock(person: RecipientNames & { postalAddress: string | null }): AddressBlock {
  const language = person.nameRussian || !person.nameBelarusian ? "ru" : "be";
  const cyrillicName = language === "ru" ? person.nameRussian : person.nameBelarusian;
  const year = person.birthDate?.getUTCFullYear();
  const born = year ? (language === "ru" ? `, ${year} г. р.` : `, ${year} г. н.`) : "";
  const lines = person.postalAddress
    ?.split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    language,
    toLabel: language === "ru" ? "Кому:" : "Каму:",
    whereLabel: language === "ru" ? "Куда:" : "Куды:",
    recipient: `${surnameFirst(cyrillicName ?? person.nameLatin)}${born}`,
    cyrillic: Boolean(cyrillicName),
    addressLines: lines && lines.length > 0 ? lines : null,
  };
}
