import { cleanLine, cleanText, INVISIBLE } from "../forms/text";

// The checks every message of solidarity passes before it is stored: pure (no database, no clock),
// so each rule is tested on its own. The action supplies the word lists (ModerationWord, edited by
// admins) and the author's recent messages (by IP hash), and decides what to do with the answer.

export const NAME_MAX = 80;
export const MESSAGE_MAX = 2000;
/** More links than this and a message is refused: solidarity needs no link farm. */
export const MAX_LINKS = 2;

export type WordKind = "BANNED" | "SUSPECT";

export interface ModerationTerm {
  term: string;
  kind: WordKind;
}

export type CheckRejection = "nameLength" | "messageLength" | "repeatedText" | "duplicate" | "tooManyLinks" | "bannedWords";

export type CheckResult =
  { ok: false; reason: CheckRejection; field: "name" | "message" } | { ok: true; name: string; message: string; flagReason: string | null };

export interface CheckContext {
  words: readonly ModerationTerm[];
  /** The same author's recent messages (same IP hash), newest first. */
  recentMessages?: readonly string[];
}

// ---------------------------------------------------------------------------
// Text: cleaned by the rule every supporter field shares (lib/forms/text.ts).

export { cleanText };

/** Lower case, compatibility forms folded (full-width letters), "ё" read as "е". */
export function fold(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().replace(/ё/g, "е");
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

// ---------------------------------------------------------------------------
// Word lists

// Russian and Belarusian verbal prefixes: obscenities are mostly one root with a prefix in front
// ("за-", "на-", "рас-", "с-"), so a Cyrillic stem also matches right after one of these. A stem
// never matches in the middle of any other word: "бля" must not catch "корабля".
const CYRILLIC_PREFIXES = [
  "ад",
  "аб",
  "ас",
  "без",
  "бес",
  "в",
  "вз",
  "вс",
  "во",
  "вы",
  "да",
  "до",
  "з",
  "за",
  "зь",
  "из",
  "ис",
  "изо",
  "на",
  "над",
  "наи",
  "не",
  "ні",
  "ни",
  "недо",
  "о",
  "об",
  "обо",
  "от",
  "ото",
  "па",
  "пад",
  "пере",
  "пера",
  "по",
  "под",
  "пра",
  "пре",
  "пред",
  "при",
  "про",
  "раз",
  "рас",
  "ра",
  "с",
  "со",
  "у",
  "уз",
  "ус",
  "съ",
  "объ",
  "отъ",
  "подъ",
  "въ",
  "изъ",
  "разъ",
  "взъ",
  "надъ",
];

interface CompiledTerm {
  term: string;
  kind: WordKind;
  tokens: string[];
  /** Cyrillic terms are stems (any ending, optionally after a prefix); Latin ones with "*" take any ending. */
  stem: boolean;
  cyrillic: boolean;
}

function compile(entry: ModerationTerm): CompiledTerm | null {
  const raw = fold(entry.term.trim());
  const wildcard = raw.endsWith("*");
  const tokens = raw.replace(/\*+$/, "").match(WORD) ?? [];
  if (tokens.length === 0) return null;
  const cyrillic = CYRILLIC.test(raw);
  return { term: entry.term.trim(), kind: entry.kind, tokens, stem: wildcard || cyrillic, cyrillic };
}

function tokenMatches(word: string, token: string, term: CompiledTerm, first: boolean): boolean {
  if (!term.stem) return word === token;
  if (word.startsWith(token)) return true;
  if (!term.cyrillic || !first) return false;
  return CYRILLIC_PREFIXES.some(
    (prefix) => word.length > prefix.length && word.startsWith(prefix) && word.slice(prefix.length).startsWith(token),
  );
}

function containsTerm(textWords: readonly string[], term: CompiledTerm): boolean {
  for (let start = 0; start + term.tokens.length <= textWords.length; start++) {
    if (term.tokens.every((token, offset) => tokenMatches(textWords[start + offset]!, token, term, offset === 0))) return true;
  }
  return false;
}

/** The terms of a list found in a text, case-insensitively, on word boundaries (Cyrillic: by stem). */
export function findTerms(text: string, terms: readonly ModerationTerm[]): ModerationTerm[] {
  const textWords = words(text);
  const found: ModerationTerm[] = [];
  for (const entry of terms) {
    const term = compile(entry);
    if (term && containsTerm(textWords, term)) found.push({ term: term.term, kind: term.kind });
  }
  return found;
}

// ---------------------------------------------------------------------------
// Links and repetition

const LINK =
  /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"]+|\b(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|ru|by|ua|su|io|me|co|xyz|top|site|online|club|shop|link|click|live|pro|tk|cc|ly|gl|to|eu|de|uk|pl|lt|lv|ee|us)\b(?:\/[^\s<>"]*)?/giu;

/** Addresses in a text: with a scheme, starting "www.", or a bare domain with a common ending. */
export function countLinks(text: string): number {
  return text.normalize("NFKC").match(LINK)?.length ?? 0;
}

/** The same character ten times in a row (digits aside: 1000000000 is a number). */
const CHARACTER_RUN = /([^\s\d])\1{9,}/u;
const WORD_RUN = 5;
const PHRASE_REPEATS = 5;

/** Flooding: one character or one word over and over, or the whole message one phrase repeated. */
export function isRepetitive(text: string): boolean {
  const folded = fold(text);
  if (CHARACTER_RUN.test(folded)) return true;
  const list = words(folded);
  let run = 1;
  for (let i = 1; i < list.length; i++) {
    run = list[i] === list[i - 1] ? run + 1 : 1;
    if (run >= WORD_RUN) return true;
  }
  // Compare words only, so "Buy now! buy NOW, buy now..." is one phrase repeated.
  const joined = list.join(" ");
  for (let size = 1; size <= Math.floor(list.length / PHRASE_REPEATS); size++) {
    if (list.length % size !== 0) continue;
    const phrase = list.slice(0, size).join(" ");
    if (
      Array(list.length / size)
        .fill(phrase)
        .join(" ") === joined
    )
      return true;
  }
  return false;
}

/** Two messages are the same when their words are, whatever the case, spacing and punctuation. */
export function sameMessage(a: string, b: string): boolean {
  const left = words(a).join(" ");
  return left.length > 0 && left === words(b).join(" ");
}

// ---------------------------------------------------------------------------
// The pipeline

/**
 * Runs every check in order and stops at the first refusal. Banned words refuse the message;
 * suspect words accept it with a flag, so a moderator reads it before it appears.
 */
export function checkMessage(input: { name: string; message: string }, context: CheckContext): CheckResult {
  const name = cleanLine(input.name);
  const message = cleanText(input.message);
  if (name.length < 1 || name.length > NAME_MAX) return { ok: false, reason: "nameLength", field: "name" };
  if (message.length < 1 || message.length > MESSAGE_MAX) return { ok: false, reason: "messageLength", field: "message" };
  if (isRepetitive(message)) return { ok: false, reason: "repeatedText", field: "message" };
  if ((context.recentMessages ?? []).some((recent) => sameMessage(recent, message)))
    return { ok: false, reason: "duplicate", field: "message" };
  if (countLinks(message) > MAX_LINKS) return { ok: false, reason: "tooManyLinks", field: "message" };

  const found = findTerms(`${name}\n${message}`, context.words);
  if (found.some((word) => word.kind === "BANNED")) {
    const inName = findTerms(name, context.words).some((word) => word.kind === "BANNED");
    return { ok: false, reason: "bannedWords", field: inName ? "name" : "message" };
  }
  const suspect = [...new Set(found.filter((word) => word.kind === "SUSPECT").map((word) => word.term))];
  return { ok: true, name, message, flagReason: suspect.length ? `Suspect words: ${suspect.join(", ")}` : null };
}
