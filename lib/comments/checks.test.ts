import { describe, expect, it } from "vitest";
import { moderationWords } from "../../prisma/data/content";
import {
  checkMessage,
  cleanText,
  countLinks,
  findTerms,
  isRepetitive,
  sameMessage,
  type CheckContext,
  type ModerationTerm,
} from "./checks";

const WORDS: ModerationTerm[] = [
  { term: "fuck*", kind: "BANNED" },
  { term: "scum", kind: "BANNED" },
  { term: "хуй", kind: "BANNED" },
  { term: "пизд", kind: "BANNED" },
  { term: "ябац", kind: "BANNED" },
  { term: "casino", kind: "SUSPECT" },
  { term: "free money", kind: "SUSPECT" },
  { term: "казино", kind: "SUSPECT" },
];
const context: CheckContext = { words: WORDS };
const check = (message: string, name = "Alena", ctx: CheckContext = context) => checkMessage({ name, message }, ctx);

describe("checkMessage", () => {
  it("accepts a kind message as it was written, line breaks and all", () => {
    expect(check("Stay strong, Nasta.\nWe are with you.\r\n\r\n\r\nFrom Vilnius")).toEqual({
      ok: true,
      name: "Alena",
      message: "Stay strong, Nasta.\nWe are with you.\n\nFrom Vilnius",
      flagReason: null,
    });
  });

  it("keeps markup as text: it is not refused and not altered", () => {
    const xss = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    expect(check(xss)).toMatchObject({ ok: true, message: xss });
  });

  it("refuses an empty or too long name, and an empty or too long message", () => {
    expect(check("Hello", "   ")).toMatchObject({ ok: false, reason: "nameLength", field: "name" });
    expect(check("Hello", "N".repeat(81))).toMatchObject({ ok: false, reason: "nameLength" });
    expect(check("Hello", "N".repeat(80))).toMatchObject({ ok: true });
    expect(check(" \n\u200B ")).toMatchObject({ ok: false, reason: "messageLength", field: "message" });
    const long = "Freedom for all of them. ".repeat(80) + "x".repeat(1);
    expect(long.trim().length).toBeGreaterThan(2000);
    expect(check(long)).toMatchObject({ ok: false, reason: "messageLength" });
    expect(check("word ".repeat(400).trim())).toMatchObject({ ok: false, reason: "repeatedText" });
  });

  it("refuses floods: one character, one word, or one phrase over and over", () => {
    expect(check("Freeeeeeeeeeeeedom!")).toMatchObject({ ok: false, reason: "repeatedText" });
    expect(check("!!!!!!!!!!")).toMatchObject({ ok: false, reason: "repeatedText" });
    expect(check("free free free free free them")).toMatchObject({ ok: false, reason: "repeatedText" });
    expect(check("Buy now! buy NOW, buy now. Buy now buy now")).toMatchObject({ ok: false, reason: "repeatedText" });
    // Everyday emphasis and numbers pass.
    expect(check("Free them! Free them! Free them!")).toMatchObject({ ok: true });
    expect(check("Sooo proud of you!!! 1000000000 thanks")).toMatchObject({ ok: true });
  });

  it("refuses a message identical to one the same author sent recently, whatever the case and spacing", () => {
    const recentMessages = ["We are with you, Marfa!"];
    expect(check("we are with you,   MARFA", "Alena", { words: WORDS, recentMessages })).toMatchObject({ ok: false, reason: "duplicate" });
    expect(check("We are with you, Nasta!", "Alena", { words: WORDS, recentMessages })).toMatchObject({ ok: true });
  });

  it("allows two links and refuses a third", () => {
    expect(check("Read https://example.org/a and www.example.com")).toMatchObject({ ok: true });
    expect(check("Read https://example.org/a, www.example.com and spring96.org")).toMatchObject({ ok: false, reason: "tooManyLinks" });
  });

  it("refuses a banned word in any case, in the name too, and says which field", () => {
    expect(check("You are SCUM")).toMatchObject({ ok: false, reason: "bannedWords", field: "message" });
    expect(check("Hello", "Scum Lord")).toMatchObject({ ok: false, reason: "bannedWords", field: "name" });
    expect(check("What the Fucking hell")).toMatchObject({ ok: false, reason: "bannedWords" });
  });

  it("matches Latin words on word boundaries only", () => {
    expect(check("Scumble is a painting technique")).toMatchObject({ ok: true, flagReason: null });
    expect(check("The casinos")).toMatchObject({ ok: true, flagReason: null });
  });

  it("matches Cyrillic stems with any ending and after a prefix, but not inside other words", () => {
    expect(check("Это пиздец")).toMatchObject({ ok: false, reason: "bannedWords" });
    expect(check("Всё похуй")).toMatchObject({ ok: false, reason: "bannedWords" });
    expect(check("распиздяи")).toMatchObject({ ok: false, reason: "bannedWords" });
    expect(check("Хуйня")).toMatchObject({ ok: false, reason: "bannedWords" });
    expect(check("Заябаць")).toMatchObject({ ok: false, reason: "bannedWords" });
    // "страхуйся" (take out insurance) has the letters in the middle, after no prefix.
    expect(check("Страхуйся заранее")).toMatchObject({ ok: true, flagReason: null });
  });

  it("accepts suspect words with a flag naming them, including phrases and Cyrillic stems", () => {
    expect(check("Win at the CASINO")).toEqual({
      ok: true,
      name: "Alena",
      message: "Win at the CASINO",
      flagReason: "Suspect words: casino",
    });
    expect(check("free   money here")).toMatchObject({ ok: true, flagReason: "Suspect words: free money" });
    expect(check("Лучшие казино")).toMatchObject({ ok: true, flagReason: "Suspect words: казино" });
    expect(check("Free them, money can wait")).toMatchObject({ ok: true, flagReason: null });
  });

  it("is not fooled by invisible characters or full-width letters", () => {
    expect(check("s\u200Bc\u00ADum")).toMatchObject({ ok: false, reason: "bannedWords" });
    expect(check("ｓｃｕｍ")).toMatchObject({ ok: false, reason: "bannedWords" });
  });

  it("refuses the obscenities of the default lists in every language and flags their spam markers", () => {
    const defaults = moderationWords.map(({ term, kind }) => ({ term, kind }));
    const withDefaults = { words: defaults };
    for (const text of ["fucking hell", "ты пидорас", "ну бляць", "иди нахуй"]) {
      expect(check(text, "A", withDefaults), text).toMatchObject({ ok: false, reason: "bannedWords" });
    }
    expect(check("Bitcoin giveaway", "A", withDefaults)).toMatchObject({ ok: true, flagReason: "Suspect words: bitcoin" });
    expect(check("Свабоду палітвязням! Жыве Беларусь!", "Алена", withDefaults)).toMatchObject({ ok: true, flagReason: null });
    expect(check("Держись, Мария! Мы с тобой. Корабль плывёт дальше, рубля не жалко", "Ольга", withDefaults)).toMatchObject({
      ok: true,
      flagReason: null,
    });
  });
});

describe("the helpers", () => {
  it("cleanText removes control characters and keeps line breaks", () => {
    expect(cleanText("a\u0007b\r\nc\t \n\n\n\nd ")).toBe("ab\nc\n\nd");
  });

  it("countLinks counts schemes, www and bare domains, once each", () => {
    expect(countLinks("https://www.example.com/path?x=1")).toBe(1);
    expect(countLinks("see example.com, i.e. e.g. nothing else")).toBe(1);
    expect(countLinks("no links here.")).toBe(0);
  });

  it("isRepetitive and sameMessage", () => {
    expect(isRepetitive("ha ha ha")).toBe(false);
    expect(isRepetitive("ha ha ha ha ha")).toBe(true);
    expect(sameMessage("Hello, world", "hello world!")).toBe(true);
    expect(sameMessage("Hello", "Hello there")).toBe(false);
  });

  it("findTerms reports each term found, with its list", () => {
    expect(findTerms("Casino and free money", WORDS)).toEqual([
      { term: "casino", kind: "SUSPECT" },
      { term: "free money", kind: "SUSPECT" },
    ]);
  });
});
