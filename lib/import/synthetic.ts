import { IMPORT_COLUMNS, type ImportColumn } from "./schema";

// Clearly synthetic people ("Synthetic Person 00001", …) as an import file: the import's tests,
// the staff page's tests and the bench's import part all use these.

export type SyntheticValues = Partial<Record<ImportColumn, string>>;

export const SYNTHETIC_HEADER = IMPORT_COLUMNS.join(",");

export function csvLine(values: SyntheticValues): string {
  return IMPORT_COLUMNS.map((c) => {
    const v = values[c] ?? "";
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(",");
}

export function syntheticPerson(n: number, overrides: SyntheticValues = {}): SyntheticValues {
  const number = String(n).padStart(5, "0");
  return {
    nameLatin: `Synthetic Person ${number}`,
    nameRussian: `Синтетический Человек ${number}`,
    otherSpellings: `en: Person ${number} Synthetic`,
    birthDate: `19${String(50 + (n % 50)).padStart(2, "0")}-0${1 + (n % 9)}-1${n % 10}`,
    sex: n % 2 ? "female" : "male",
    status: n % 5 === 0 ? "released" : "detained",
    detainedOn: "2021-05-0" + (1 + (n % 9)),
    releasedOn: n % 5 === 0 ? "2025-12-13" : "",
    articles: n % 3 ? "342" : "342; 361-1",
    sentence: `${1 + (n % 10)} years`,
    region: ["brest", "vitsebsk", "homiel", "hrodna", "minsk-region", "mahiliou", "minsk-city"][n % 7]!,
    canReceiveLetters: n % 4 ? "yes" : "no",
    sourceTitle: "Synthetic test list",
    sourceUrl: "https://example.org/synthetic",
    ...overrides,
  };
}

/** A CSV file of `count` synthetic people; `edit` changes person n's values. */
export function syntheticCsv(count: number, edit: (n: number) => SyntheticValues = () => ({})): Buffer {
  const lines = [SYNTHETIC_HEADER];
  for (let n = 1; n <= count; n++) lines.push(csvLine(syntheticPerson(n, edit(n))));
  return Buffer.from(lines.join("\n") + "\n");
}
