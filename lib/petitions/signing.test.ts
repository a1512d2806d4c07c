import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { decrypt, newToken } from "../crypto";
import { db } from "../db";
import { openMail } from "../mail/outbox";
import { emailHashOf } from "../supporters/identity";
import { everyColumn } from "../test/every-column";
import { form } from "../test/form";
import { refuseWritesTo } from "../test/provider-sql";
import { signInput, SIGNING_PETITION } from "../test/rows";
import type { SignData } from "./schema";
import { confirmSignature, recordSignature } from "./mutations";

afterAll(() => db.$disconnect());

const PETITION = SIGNING_PETITION;
const signer = (overrides: Partial<SignData> = {}) => signInput(overrides, "Alena");
const count = async () =>
  (await db.petition.findUniqueOrThrow({ where: { slug: PETITION }, select: { confirmedCount: true } })).confirmedCount;
/** The confirmation link's token, read back from the mail in the outbox. */
async function tokenFromLatestMail(kind = "signature-confirm"): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind }, orderBy: { createdAt: "desc" }, select: { sealed: true } });
  const match = openMail(mail.sealed).text.match(/\/confirm\/([A-Za-z0-9_-]{20,})/);
  if (!match) throw new Error("no confirmation link in the mail");
  return match[1]!;
}

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

describe("recordSignature", () => {
  it("keeps the language signed in, and writes the mail and its links in it, the consent too", async () => {
    const input = signer({ subscribe: true });
    expect(await recordSignature(input, "ip-hash", "ru")).toBe("pending");
    const emailHash = emailHashOf(input.email);
    expect(await db.signature.findFirstOrThrow({ where: { emailHash }, select: { locale: true } })).toEqual({ locale: "ru" });
    expect(await db.subscription.findFirstOrThrow({ where: { emailHash }, select: { locale: true } })).toEqual({ locale: "ru" });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { kind: "signature-confirm" },
      orderBy: { createdAt: "desc" },
      select: { sealed: true },
    });
    const opened = openMail(mail.sealed);
    expect(opened.subject).toMatch(/^Подтвердите подпись: /);
    expect(opened.text).toMatch(/\/ru\/confirm\/[A-Za-z0-9_-]{20,}/);
  });

  it("writes a pending signature and its confirmation mail, with the address only encrypted", async () => {
    const input = signer({ email: "Olga.K+petition@Example.org" });
    expect(await recordSignature(input, "ip-hash", "en")).toBe("pending");
    const row = await db.signature.findFirstOrThrow({
      where: { emailHash: emailHashOf(input.email) },
      // Every column, secrets too: none holds the address in clear.
      omit: everyColumn("signature"),
    });
    expect(row.state).toBe("PENDING");
    expect(JSON.stringify(row)).not.toMatch(/olga/i);
    expect(decrypt(row.emailEncrypted!)).toBe("Olga.K+petition@Example.org");
    expect(row.emailHash).toBe(emailHashOf("olga.k@example.org"));
    const mails = await db.outboxMessage.findMany({ select: { kind: true, sealed: true } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.kind).toBe("signature-confirm");
    expect(openMail(mails[0]!.sealed).to).toBe("Olga.K+petition@Example.org");
    expect(openMail(mails[0]!.sealed).text).toContain("http://test.local/confirm/");
  });

  it("keeps one signature per address: a second one (Name+x@Example.com) only gets an 'already signed' mail", async () => {
    await recordSignature(signer({ email: "name@example.com" }), "ip", "en");
    const before = await db.signature.count();
    expect(await recordSignature(signer({ email: "Name+x@Example.com" }), "ip", "en")).toBe("pending");
    expect(await db.signature.count()).toBe(before);
    const kinds = (await db.outboxMessage.findMany({ select: { kind: true }, orderBy: { createdAt: "asc" } })).map((m) => m.kind);
    expect(kinds).toEqual(["signature-confirm", "signature-duplicate"]);
  });

  it("writes exactly one row when the same address signs many times at once", async () => {
    const email = "concurrent@example.org";
    const results = await Promise.all(Array.from({ length: 12 }, () => recordSignature(signer({ email }), "ip", "en")));
    expect(results.every((r) => r === "pending")).toBe(true);
    expect(await db.signature.count({ where: { emailHash: emailHashOf(email) } })).toBe(1);
  });

  it("leaves no signature when the mail cannot be written", async () => {
    const undo = await refuseWritesTo(db, "OutboxMessage", "INSERT", "outbox unavailable");
    try {
      const input = signer();
      await expect(recordSignature(input, "ip", "en")).rejects.toThrow();
      expect(await db.signature.count({ where: { emailHash: emailHashOf(input.email) } })).toBe(0);
    } finally {
      await undo();
    }
  });

  it("refuses a closed petition and an unknown one, writing nothing", async () => {
    const before = await db.signature.count();
    await db.petition.update({ where: { slug: "free-marfa-rabkova" }, data: { state: "CLOSED" } });
    expect(await recordSignature(signer({ petition: "free-marfa-rabkova" }), "ip", "en")).toBe("closed");
    expect(await recordSignature(signer({ petition: "no-such-petition" }), "ip", "en")).toBe("unknown-petition");
    await db.petition.update({ where: { slug: "free-marfa-rabkova" }, data: { state: "OPEN" } });
    expect(await db.signature.count()).toBe(before);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("confirmSignature", () => {
  it("counts a signature once, and a replayed link counts nothing", async () => {
    const start = await count();
    const hanna = signer({ showName: true, name: "Hanna Example" });
    await recordSignature(hanna, "ip", "en");
    const token = await tokenFromLatestMail();
    expect((await confirmSignature(token)).outcome).toBe("confirmed");
    expect(await count()).toBe(start + 1);
    expect((await confirmSignature(token)).outcome).toBe("already-confirmed");
    expect(await count()).toBe(start + 1);
    const row = await db.signature.findFirstOrThrow({
      where: { emailHash: emailHashOf(hanna.email) },
      select: { state: true, publicName: true, shareCode: true },
    });
    expect(row).toMatchObject({ state: "CONFIRMED", publicName: "Hanna" });
    expect(row.shareCode).toMatch(/^[A-Za-z0-9_-]{8}$/);
  });

  it("refuses an expired link, an unknown one, and a closed petition, counting nothing", async () => {
    const start = await count();
    await recordSignature(signer(), "ip", "en");
    const token = await tokenFromLatestMail();
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect((await confirmSignature(token, eightDaysLater)).outcome).toBe("expired");
    expect((await confirmSignature(newToken().token)).outcome).toBe("invalid");
    await db.petition.update({ where: { slug: PETITION }, data: { state: "CLOSED" } });
    expect((await confirmSignature(token)).outcome).toBe("closed");
    await db.petition.update({ where: { slug: PETITION }, data: { state: "OPEN" } });
    expect(await count()).toBe(start);
  });

  it("confirms the 'send me updates' consent together with the signature", async () => {
    const input = signer({ subscribe: true });
    await recordSignature(input, "ip", "en");
    const subscription = () =>
      db.subscription.findFirstOrThrow({ where: { emailHash: emailHashOf(input.email) }, select: { state: true, scope: true } });
    expect(await subscription()).toEqual({ state: "PENDING", scope: "all" });
    await confirmSignature(await tokenFromLatestMail());
    expect(await subscription()).toEqual({ state: "CONFIRMED", scope: "all" });
  });
});

describe("signPetition (the server action)", () => {
  it("answers a bad field with the field's message and writes nothing", async () => {
    const { signPetition } = await import("./actions");
    const before = await db.signature.count();
    const state = await signPetition({ status: "idle" }, form({ petition: PETITION, name: "", email: "not-an-email", country: "XX" }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { name: ["nameRequired"], email: ["emailInvalid"], country: ["countryRequired"] },
    });
    expect(await db.signature.count()).toBe(before);
  });

  it("answers the same 'check your inbox' to a bot filling the honeypot, and writes nothing", async () => {
    const { signPetition } = await import("./actions");
    const before = await db.signature.count();
    const bot = form({ petition: PETITION, name: "Bot", email: "bot@example.org", country: "LT", website: "http://spam" });
    expect(await signPetition({ status: "idle" }, bot)).toEqual({ status: "sent" });
    expect(await db.signature.count()).toBe(before);
  });

  it("stops an address after five attempts an hour with a clear message", async () => {
    const { signPetition } = await import("./actions");
    const repeated = form({ petition: PETITION, name: "Repeat", email: "repeat@example.org", country: "PL" });
    const states = [];
    for (let i = 0; i < 6; i++) states.push(await signPetition({ status: "idle" }, repeated));
    expect(states.slice(0, 5).every((s) => s.status === "sent")).toBe(true);
    expect(states[5]).toMatchObject({ status: "error", message: "rateLimited" });
  });
});
