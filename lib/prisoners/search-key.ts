// Folds any spelling of a name to one loose Latin key, so that a search for "Колесникова",
// "Калеснікава", "Kolesnikova" or "kalesnikava" finds the same person. The same fold is applied
// to the stored spellings (Prisoner.searchKey) and to the query, and the query must be a substring
// of the stored key: plain LIKE, which SQLite and PostgreSQL both have.

// Belarusian and Russian Cyrillic to a plain Latin transliteration.
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "yo",
  є: "ye",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "yi",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ў: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  "'": "",
  "’": "",
  ʼ: "",
  // Latin letters that Unicode does not decompose into a base letter and a mark.
  ł: "l",
  ß: "ss",
  ø: "o",
  đ: "d",
};

function transliterate(text: string): string {
  let out = "";
  for (const char of text) out += CYRILLIC_TO_LATIN[char] ?? char;
  return out;
}

// Latin spellings of the same sounds differ by transliteration system and by Belarusian akanne
// (Kolesnikova / Kalesnikava): digraphs become one letter, close vowels merge, o merges with a.
const FOLDS: [RegExp, string][] = [
  [/shch/g, "s"],
  [/kh/g, "h"],
  [/ch/g, "c"],
  [/sh/g, "s"],
  [/zh/g, "z"],
  [/t[sz]/g, "c"],
  [/g/g, "h"],
  [/w/g, "v"],
  [/x/g, "ks"],
  [/q/g, "k"],
  [/[yje]/g, "i"],
  [/o/g, "a"],
  [/(.)\1+/g, "$1"],
  [/ia/g, "i"],
  [/(.)\1+/g, "$1"],
];

/** The search key of one spelling or query: lower-case Latin letters and single spaces. */
export function searchKey(text: string): string {
  let key = transliterate(text.toLowerCase())
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key;
}

/** The stored key for a person: every spelling folded, separated so matches stay within one. */
export function searchKeyForSpellings(spellings: readonly string[]): string {
  const keys = new Set(spellings.map(searchKey).filter(Boolean));
  return `|${[...keys].join("|")}|`;
}
