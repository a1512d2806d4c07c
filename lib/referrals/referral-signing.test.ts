import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { openMail } from "../mail/outbox";
import { sealCountry } from "../petitions/sealed";
import { confirmSignature } from "../petitions/mutations";
import { describeConfirmationLink, getSignatureSources } from "../petitions/queries";
import { emailHashOf } from "../supporters/identity";
import { form } from "../test/form";
import { testRequest } from "../test/next-headers";
import { REFERRAL_COOKIE } from "./referral";

// The browser's cookies for the request being handled (emptied before each test); the proxy sets
// the referral one.
const cookieJar = testRequest.jar;

afterAll(() => db.$disconnect());

const PETITION = "free-nasta-loika";
let counter = 0;

/** Signs through the server action, as the form posts it, and returns the confirmation token from the mail. */
async function sign(fields: Record<string, string> = {}): Promise<{ email: string; token: string }> {
  const { signPetition } = await import("../petitions/actions");
  const email = `referred${++counter}@example.org`;
  const posted = form({ petition: PETITION, name: `Referred ${counter}`, email, country: "LT", ...fields });
  expect(await signPetition({ status: "idle" }, posted)).toEqual({ status: "sent" });
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { kind: "signature-confirm" },
    orderBy: { createdAt: "desc" },
    select: { sealed: true },
  });
  return { email, token: openMail(mail.sealed).text.match(/\/confirm\/([A-Za-z0-9_-]{20,})/)![1]! };
}

/** The stored source of the signature of an address (names are sealed: found by the address's hash). */
async function referralOf(email: string) {
  return db.signature.findFirstOrThrow({ where: { emailHash: emailHashOf(email) }, select: { referralCode: true, referralChannel: true } });
}

describe("a signature's source", () => {
  it("is the referral in the form's hidden fields, and the first supporter's thank-you page counts it once confirmed", async () => {
    const first = await sign();
    const confirmed = await confirmSignature(first.token);
    if (confirmed.outcome !== "confirmed") throw new Error(confirmed.outcome);
    const code = confirmed.shareCode;
    expect(await describeConfirmationLink(first.token)).toMatchObject({ state: "confirmed", referredCount: 0 });

    const second = await sign({ ref: code, ch: "telegram" });
    expect(await referralOf(`referred${counter}@example.org`)).toEqual({ referralCode: code, referralChannel: "telegram" });
    // Pending signatures do not count yet.
    expect(await describeConfirmationLink(first.token)).toMatchObject({ referredCount: 0 });
    await confirmSignature(second.token);
    expect(await describeConfirmationLink(first.token)).toMatchObject({ referredCount: 1 });
  });

  it("falls back to the link's cookie when there are no fields (no JavaScript)", async () => {
    cookieJar.set("other", "x=y");
    cookieJar.set(REFERRAL_COOKIE, "Zz9_yX8-.whatsapp");
    await sign();
    expect(await referralOf(`referred${counter}@example.org`)).toEqual({ referralCode: "Zz9_yX8-", referralChannel: "whatsapp" });
  });

  it("prefers the fields to the cookie, and stores nothing from malformed values, without bothering the signer", async () => {
    cookieJar.set(REFERRAL_COOKIE, "Zz9_yX8-.whatsapp");
    await sign({ ref: "Qq1_qQ1-", ch: "email" });
    expect(await referralOf(`referred${counter}@example.org`)).toEqual({ referralCode: "Qq1_qQ1-", referralChannel: "email" });

    cookieJar.clear();
    await sign({ ref: "<img src=x>", ch: "a".repeat(500) });
    expect(await referralOf(`referred${counter}@example.org`)).toEqual({ referralCode: null, referralChannel: null });
  });
});

describe("signature sources for staff", () => {
  it("counts confirmed signatures per day, by code and by channel", async () => {
    const petition = await db.petition.findUniqueOrThrow({ where: { slug: "free-marfa-rabkova" }, select: { id: true } });
    const today = new Date("2026-03-10T12:00:00Z");
    const rows = [
      { day: "2026-03-10T09:00:00Z", code: "AAAAAAAA", channel: "telegram", state: "CONFIRMED" },
      { day: "2026-03-10T23:59:00Z", code: "AAAAAAAA", channel: "x", state: "CONFIRMED" },
      { day: "2026-03-08T00:00:00Z", code: "BBBBBBBB", channel: "telegram", state: "CONFIRMED" },
      { day: "2026-03-08T10:00:00Z", code: null, channel: null, state: "CONFIRMED" },
      { day: "2026-03-09T10:00:00Z", code: "AAAAAAAA", channel: "telegram", state: "PENDING" },
      { day: "2026-03-09T11:00:00Z", code: "AAAAAAAA", channel: "telegram", state: "INVALIDATED" },
    ] as const;
    await db.signature.createMany({
      data: rows.map((row, index) => ({
        petitionId: petition.id,
        emailHash: `sources-${index}`,
        countryEncrypted: sealCountry("LT"),
        state: row.state,
        referralCode: row.code,
        referralChannel: row.channel,
        confirmedAt: row.state === "PENDING" ? null : new Date(row.day),
      })),
    });

    const sources = await getSignatureSources(petition.id, today);
    expect(sources.perDay.at(-1)).toEqual({ day: "2026-03-10", count: 2 });
    expect(sources.perDay.filter((point) => point.count > 0)).toEqual([
      { day: "2026-03-08", count: 2 },
      { day: "2026-03-10", count: 2 },
    ]);
    expect(sources.perDay).toHaveLength(7);
    expect(sources.direct).toBe(1);
    expect(sources.topReferrers).toEqual([
      { code: "AAAAAAAA", count: 2 },
      { code: "BBBBBBBB", count: 1 },
    ]);
    expect(sources.byChannel).toEqual([
      { channel: "telegram", count: 2 },
      { channel: null, count: 1 },
      { channel: "x", count: 1 },
    ]);
  });
});
