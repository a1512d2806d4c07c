// Forgiving name matching: how well a typed query matches one person's spellings.
// Both sides go through the same fold as Prisoner.searchKey (./search-key), so every
// transliteration the fold handles, Latin and Cyrillic, meets in one key. On top of it:
// - word order does not matter ("Kalesnikava Maryia");
// - extra words that match nothing (a patronymic) lower the rank but do not exclude the person;
// - a word may be a prefix of a name word (someone still typing) or one or two letters off
//   (wrong, missing, added or two neighbours swapped), the allowance growing with the word length.
import { searchKey } from "./search-key";

export interface NameMatch {
  /** The spelling that matched best, as stored: shown as "matched: …". */
  spelling: string;
  /** Query words that found a name word. */
  matchedWords: number;
  /** Query words in all. */
  queryWords: number;
  /** Higher is better: exact words beat prefixes beat typos, and every query word matched beats a partial match. */
  score: number;
}

/** Restricted Damerau–Levenshtein distance (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const far = limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? far) + 1, (current[j - 1] ?? far) + 1, (previous[j - 1] ?? far) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? far) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return far;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length] ?? far, far);
}

/** Letters a folded word of this length may be off by: none for short words, where a typo is another name. */
export function typoAllowance(length: number): number {
  if (length >= 7) return 2;
  if (length >= 4) return 1;
  return 0;
}

const EXACT = 100;
const PREFIX = 70;
const TYPO = 50;

/** How well one folded query word matches one folded name word; 0 for no match. */
export function wordScore(queryWord: string, nameWord: string): number {
  if (queryWord === nameWord) return EXACT;
  if (queryWord.length >= 2 && nameWord.startsWith(queryWord)) return PREFIX;
  const allowance = typoAllowance(Math.min(queryWord.length, nameWord.length));
  if (allowance === 0) return 0;
  const distance = editDistance(queryWord, nameWord, allowance);
  if (distance <= allowance) return TYPO - 10 * distance;
  // A typo in a word still being typed: compare with the name word's start of the same length.
  if (queryWord.length >= 4 && nameWord.length > queryWord.length) {
    const head = nameWord.slice(0, queryWord.length);
    if (editDistance(queryWord, head, 1) <= 1) return TYPO - 20;
  }
  return 0;
}

/** Folded words of a query, each once, in the order typed. */
export function queryWords(query: string): string[] {
  return [...new Set(searchKey(query).split(" ").filter(Boolean))];
}

/** Lower-case words as typed, marks kept: to prefer the spelling the person typed among equal folds. */
function rawWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

function matchSpelling(words: readonly string[], spelling: string, folded: boolean): { matched: number; score: number } {
  const nameWords = (folded ? spelling : searchKey(spelling)).split(" ").filter(Boolean);
  const used = new Set<number>();
  let matched = 0;
  let score = 0;
  for (const word of words) {
    let best = 0;
    let bestIndex = -1;
    for (const [index, nameWord] of nameWords.entries()) {
      if (used.has(index)) continue;
      const value = wordScore(word, nameWord);
      if (value > best) [best, bestIndex] = [value, index];
    }
    if (bestIndex >= 0) {
      used.add(bestIndex);
      matched += 1;
      score += best;
    }
  }
  return { matched, score };
}

/** A matcher for one query, its words folded once: reuse it across many people. */
function matcherFor(query: string): (spellings: readonly string[], folded: boolean) => NameMatch | null {
  const words = queryWords(query);
  const typed = rawWords(query);
  return (spellings, folded) => {
    if (words.length === 0) return null;
    let best: NameMatch | null = null;
    for (const spelling of spellings) {
      const { matched, score } = matchSpelling(words, spelling, folded);
      if (matched === 0) continue;
      // Every query word matched outranks any partial match; then the quality of the words.
      // Among spellings that fold alike, the one written as typed ("Мария", not "Maryia") wins.
      const spelled = rawWords(spelling);
      const asTyped = typed.filter((word) => spelled.includes(word)).length;
      const total = (matched === words.length ? 10_000 : 0) + matched * 1_000 + score + asTyped;
      if (!best || total > best.score) best = { spelling, matchedWords: matched, queryWords: words.length, score: total };
    }
    return best;
  };
}

/**
 * The best match of `query` among one person's spellings, or null when no query word matches.
 * A query of one word must match; of several, at least one, ranked below people matching all.
 */
export function matchName(query: string, spellings: readonly string[]): NameMatch | null {
  return matcherFor(query)(spellings, false);
}

/**
 * People ranked best match first (then by name), those that do not match left out. With
 * `folded`, the spellings are stored search keys (Prisoner.searchKey) and are not folded again.
 */
export function rankByName<T>(
  query: string,
  people: readonly T[],
  spellingsOf: (person: T) => readonly string[],
  nameOf: (person: T) => string,
  options: { folded?: boolean } = {},
) {
  const match = matcherFor(query);
  const ranked: { person: T; match: NameMatch }[] = [];
  for (const person of people) {
    const found = match(spellingsOf(person), options.folded ?? false);
    if (found) ranked.push({ person, match: found });
  }
  return ranked.sort((a, b) => b.match.score - a.match.score || nameOf(a.person).localeCompare(nameOf(b.person)));
}
