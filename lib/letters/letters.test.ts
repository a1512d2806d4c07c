import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { keyedHash } from "../crypto";
import { db } from "../db";
import { testProvider } from "../test/database";
import { form } from "../test/form";
import { columnNames } from "../test/provider-sql";
import { testRequest as request } from "../test/next-headers";
import { countSentLetter } from "./actions";
import { getLetterRecipient } from "./queries";
import type { LetterCountState } from "./schema";
import { addressBlock, letterTemplate, surnameFirst } from "./templates";

// The action reads the client's address from the request (lib/test/next-headers.ts). Each
// test counts from its own address, so rate limits never leak between tests.

afterAll(() => db.$disconnect());

let counter = 0;
beforeEach(() => {
  counter++;
  request.ip = `198.51.100.${counter}`;
});

const HELD = "nasta-loika";
const ALSO_HELD = "marfa-rabkova";
const RELEASED = "maryia-kalesnikava";

function sent(prisoner: string, extra: Record<string, string> = {}): Promise<LetterCountState> {
  return countSentLetter({ status: "idle" }, form({ prisoner, ...extra }));
}
const lettersTo = async (slug: string) =>
  (await db.letterCount.findFirst({ where: { prisoner: { slug } }, select: { count: true } }))?.count ?? 0;
const allCounts = () => db.letterCount.findMany({ orderBy: { prisonerId: "asc" } });

describe("I sent a letter", () => {
  it("counts one letter and answers with the new number, which the pages then show", async () => {
    const before = await lettersTo(HELD);
    expect(await sent(HELD)).toEqual({ status: "counted", count: before + 1 });
    expect(await lettersTo(HELD)).toBe(before + 1);
    expect((await getLetterRecipient(HELD))?.lettersSent).toBe(before + 1);
  });

  it("counts every one of many letters sent at once", async () => {
    const before = await lettersTo(ALSO_HELD);
    const results = await Promise.all(
      ["192.0.2.10", "192.0.2.11", "192.0.2.12"].map(async (ip) => {
        request.ip = ip;
        return sent(ALSO_HELD);
      }),
    );
    expect(results.every((r) => r.status === "counted")).toBe(true);
    expect(await lettersTo(ALSO_HELD)).toBe(before + 3);
  });

  it("refuses a released person and an unknown one with a clear message, changing no count", async () => {
    const before = await allCounts();
    expect(await sent(RELEASED)).toEqual({ status: "error", message: "notHeld" });
    expect(await sent("no-such-person")).toEqual({ status: "error", message: "notHeld" });
    expect(await sent("../../etc")).toEqual({ status: "error", message: "notHeld" });
    expect(await allCounts()).toEqual(before);
    expect(await getLetterRecipient(RELEASED)).toBeNull();
  });

  it("stops counting a person who was released", async () => {
    await db.prisoner.update({ where: { slug: ALSO_HELD }, data: { status: "RELEASED" } });
    try {
      const before = await lettersTo(ALSO_HELD);
      expect(await sent(ALSO_HELD)).toEqual({ status: "error", message: "notHeld" });
      expect(await lettersTo(ALSO_HELD)).toBe(before);
    } finally {
      await db.prisoner.update({ where: { slug: ALSO_HELD }, data: { status: "DETAINED" } });
    }
  });

  it("lets one connection count 3 letters to a person a day: the 4th is refused and counts nothing", async () => {
    const before = await lettersTo(HELD);
    for (let i = 1; i <= 3; i++) expect(await sent(HELD)).toEqual({ status: "counted", count: before + i });
    expect(await sent(HELD)).toEqual({ status: "error", message: "rateLimited" });
    expect(await lettersTo(HELD)).toBe(before + 3);
    // A letter to someone else from the same connection still counts.
    expect((await sent(ALSO_HELD)).status).toBe("counted");
  });

  it("thanks a bot that fills the hidden field without counting", async () => {
    const before = await lettersTo(HELD);
    expect(await sent(HELD, { website: "https://spam.example" })).toEqual({ status: "counted", count: before });
    expect(await lettersTo(HELD)).toBe(before);
  });

  it("stores only a number per person: no time, no address, no hash", async () => {
    await sent(HELD);
    expect(await columnNames(db, "LetterCount")).toEqual(["count", "prisonerId"]);
    const ipHash = keyedHash("ip", request.ip);
    expect(JSON.stringify(await allCounts())).not.toContain(ipHash);
    // The limiter's rows expire; even they do not say whom a connection wrote to.
    const person = await db.prisoner.findUniqueOrThrow({ where: { slug: HELD }, select: { id: true } });
    // SQLite's limiter keeps its own table; RateLimiterPrisma on PostgreSQL keeps another.
    const limiterRows = testProvider() === "postgresql" ? db.rateLimiterFlexible.findMany() : db.rateLimit.findMany();
    const keys = (await limiterRows).map((r) => r.key).join("\n");
    expect(keys).toContain(ipHash);
    expect(keys).not.toContain(person.id);
    expect(keys).not.toContain(HELD);
    expect(keys).not.toContain(request.ip);
  });
});

describe("the letter's address block and templates", () => {
  it("writes the recipient surname first in Cyrillic, with the year of birth, and says when the address is unknown", async () => {
    const marfa = (await getLetterRecipient(ALSO_HELD))!;
    expect(marfa.postalAddress).toBeNull();
    expect(addressBlock(marfa)).toMatchObject({
      language: "ru",
      toLabel: "Кому:",
      recipient: "Рабкова Марфа, 1995 г. р.",
      addressLines: null,
    });
    const withAddress = addressBlock({ ...marfa, postalAddress: "ул. Примерная, 1\n\n 220000, г. Минск " });
    expect(withAddress.addressLines).toEqual(["ул. Примерная, 1", "220000, г. Минск"]);
    expect(surnameFirst("Мария Александровна Колесникова")).toBe("Колесникова Мария Александровна");
  });

  it("greets the person by their given name in each language", async () => {
    const nasta = (await getLetterRecipient(HELD))!;
    expect(letterTemplate("ru", nasta).lines[0]).toBe("Здравствуйте, Анастасия!");
    expect(letterTemplate("be", nasta).lines[0]).toBe("Добры дзень, Наста!");
    expect(letterTemplate("en", nasta).lines[0]).toBe("Dear Nasta,");
  });
});
