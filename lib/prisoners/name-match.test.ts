import { describe, expect, it } from "vitest";
import { editDistance, matchName, rankByName, wordScore } from "./name-match";

const kalesnikava = ["Maryia Kalesnikava", "Maria Kolesnikova", "Марыя Калеснікава", "Мария Колесникова"];
const people = [
  { slug: "maryia-kalesnikava", spellings: kalesnikava },
  { slug: "ales-bialiatski", spellings: ["Ales Bialiatski", "Ales Byalyatski", "Алесь Бяляцкі", "Алесь Беляцкий"] },
  { slug: "marfa-rabkova", spellings: ["Marfa Rabkova", "Марфа Рабкова"] },
  { slug: "nasta-loika", spellings: ["Nasta Loika", "Anastasia Loiko", "Наста Лойка", "Анастасия Лойко"] },
  { slug: "maria-rabko", spellings: ["Maria Rabko", "Мария Рабко"] },
];

const find = (query: string) =>
  rankByName(
    query,
    people,
    (p) => p.spellings,
    (p) => p.slug,
  ).map(({ person }) => person.slug);

describe("editDistance", () => {
  it("counts a wrong, a missing, an added letter and a swap of neighbours as one", () => {
    expect(editDistance("kalesnikava", "kalesnikava", 2)).toBe(0);
    expect(editDistance("kalesnikava", "kalesnekava", 2)).toBe(1);
    expect(editDistance("kalesnikava", "kalesnkava", 2)).toBe(1);
    expect(editDistance("kalesnikava", "kalessnikava", 2)).toBe(1);
    expect(editDistance("kalesnikava", "kaelsnikava", 2)).toBe(1);
    expect(editDistance("kalesnikava", "kelisnekava", 2)).toBe(3);
  });
});

describe("wordScore", () => {
  it("ranks an exact word over a prefix over a typo, and refuses typos in short words", () => {
    expect(wordScore("rabkava", "rabkava")).toBeGreaterThan(wordScore("rabk", "rabkava"));
    expect(wordScore("rabk", "rabkava")).toBeGreaterThan(wordScore("rabkiva", "rabkava"));
    expect(wordScore("rabkiva", "rabkava")).toBeGreaterThan(0);
    expect(wordScore("ali", "ales")).toBe(0);
  });
});

describe("forgiving name search", () => {
  it("finds a person whatever the word order", () => {
    expect(find("Kalesnikava Maryia")[0]).toBe("maryia-kalesnikava");
    expect(find("Колесникова Мария")[0]).toBe("maryia-kalesnikava");
  });

  it("does not let a patronymic zero the result", () => {
    expect(find("Мария Александровна Колесникова")[0]).toBe("maryia-kalesnikava");
    expect(find("Bialiatski Ales Viktaravich")[0]).toBe("ales-bialiatski");
  });

  it.each(["Kalesnikva", "Kolesnikvoa", "Колесникава", "Kalisnekava", "Bialatski", "Беляцки"])("forgives the typo in %s", (query) => {
    expect(find(query)[0]).toMatch(/kalesnikava|bialiatski/);
    expect(find(query)).toHaveLength(1);
  });

  it.each(["Kolesnikova", "Калеснікава", "Колесникова", "kalesnikava"])("matches Latin and Cyrillic: %s", (query) => {
    expect(find(query)).toEqual(["maryia-kalesnikava"]);
  });

  it("ranks people who match every word above people who match some", () => {
    // "Мария Рабко" matches Maria Rabko fully; Maryia Kalesnikava and Marfa Rabkova only partly.
    const ranked = find("Мария Рабко");
    expect(ranked[0]).toBe("maria-rabko");
    expect(ranked).toContain("maryia-kalesnikava");
  });

  it("ranks an exact name above a typo of it", () => {
    // "Rabkov" is the start of Rabkova and one letter off Rabko.
    expect(find("Rabkov")).toEqual(["marfa-rabkova", "maria-rabko"]);
    expect(find("Rabko")).toEqual(["maria-rabko", "marfa-rabkova"]);
  });

  it("names the spelling that matched", () => {
    expect(matchName("Колесникова Мария", kalesnikava)?.spelling).toBe("Мария Колесникова");
    expect(matchName("Kalesnikava", kalesnikava)?.spelling).toBe("Maryia Kalesnikava");
  });

  it("finds nobody for a name nobody has, and nothing for an empty query", () => {
    expect(find("Lukashenka")).toEqual([]);
    expect(find("  %_ ")).toEqual([]);
  });
});
