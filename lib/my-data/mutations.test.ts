import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { openMail } from "../mail/outbox";
import { confirmSignature, recordSignature } from "../petitions/mutations";
import { emailHashOf } from "../supporters/identity";
import { everyColumn } from "../test/every-column";
import { eraseSupporterData, sendMyDataLink } from "./mutations";
import { collectSupporterData, emailHashForLink } from "./queries";

afterAll(() => db.$disconnect());

const EMAIL = "Mine@Example.org";
const tokenIn = (text: string, path: string) => text.match(new RegExp(`${path}/([A-Za-z0-9_-]{20,})`))?.[1] ?? "";
const latestText = async (kind: string) =>
  openMail((await db.outboxMessage.findFirstOrThrow({ where: { kind }, orderBy: { createdAt: "desc" }, select: { sealed: true } })).sealed)
    .text;

describe("my data", () => {
  it("lists, then erases, a supporter's data while confirmed signatures keep counting", async () => {
    const sign = (petition: string, subscribe = false) =>
      recordSignature({ petition, name: "Maria Example", email: EMAIL, country: "DE", showName: true, subscribe }, "ip-hash", "en", {
        code: "Fr1end-x",
        channel: "whatsapp",
      });
    await sign("free-marfa-rabkova", true);
    await confirmSignature(tokenIn(await latestText("signature-confirm"), "/confirm"));
    await sign("free-nasta-loika");
    const counted = async () => (await db.petition.findUniqueOrThrow({ where: { slug: "free-marfa-rabkova" } })).confirmedCount;
    const before = await counted();

    await sendMyDataLink("mine@example.org", "en");
    const token = tokenIn(await latestText("my-data-link"), "/my-data");
    const emailHash = await emailHashForLink(token);
    expect(emailHash).toBe(emailHashOf(EMAIL));
    const data = await collectSupporterData(emailHash!);
    expect(data.signatures.map((s) => [s.petition.slug, s.state])).toEqual([
      ["free-marfa-rabkova", "CONFIRMED"],
      ["free-nasta-loika", "PENDING"],
    ]);
    expect(data.subscriptions.map((s) => s.state)).toEqual(["CONFIRMED"]);
    // The shared link they came through, and their own share code, are theirs to see.
    expect(data.signatures[0]).toMatchObject({ referralCode: "Fr1end-x", referralChannel: "whatsapp", shareCode: expect.any(String) });

    expect(await eraseSupporterData(emailHash!)).toEqual({ anonymisedSignatures: 1, deletedSignatures: 1, deletedSubscriptions: 1 });
    expect(await collectSupporterData(emailHash!)).toEqual({ signatures: [], subscriptions: [] });
    expect(await counted()).toBe(before);
    const kept = await db.signature.findFirstOrThrow({
      where: { erasedAt: { not: null } },
      omit: everyColumn("signature"),
    });
    expect(kept).toMatchObject({
      state: "CONFIRMED",
      nameEncrypted: null,
      publicName: null,
      emailEncrypted: null,
      ipHash: null,
      showName: false,
    });
    expect(kept).toMatchObject({ shareCode: null, referralCode: null, referralChannel: null });
    expect(kept.emailHash).not.toBe(emailHash);
    expect(await emailHashForLink(token)).toBeNull();
  });

  it("does not open with an expired or made-up link", async () => {
    await sendMyDataLink("late@example.org", "en");
    const token = tokenIn(await latestText("my-data-link"), "/my-data");
    expect(await emailHashForLink(token, new Date(Date.now() + 61 * 60_000))).toBeNull();
    expect(await emailHashForLink("x".repeat(43))).toBeNull();
    expect(await emailHashForLink("../../etc")).toBeNull();
  });
});
