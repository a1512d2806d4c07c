import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { sqliteOnly } from "../test/database";
import { everyColumn } from "../test/every-column";
import { createSignatureWriter, prismaStore, sqliteStore, type SignatureWrite } from "./signature-writer";

afterAll(() => db.$disconnect());

const petitionId = async () => (await db.petition.findUniqueOrThrow({ where: { slug: "free-nasta-loika" }, select: { id: true } })).id;

function aWrite(petition: string, emailHash: string = randomUUID(), consent = false): SignatureWrite {
  const id = randomUUID();
  const mail = (variant: string) => ({
    kind: variant === "created" ? "signature-confirm" : "signature-duplicate",
    sealed: `v1.${variant}.${id}`,
  });
  return {
    signature: {
      id,
      petitionId: petition,
      nameEncrypted: `v1.name.${id}`,
      publicName: "Writer",
      emailEncrypted: "v1.x.y.z",
      emailHash,
      countryEncrypted: `v1.country.${id}`,
      showName: true,
      ipHash: "ip",
      confirmTokenHash: randomUUID(),
      tokenExpiresAt: new Date("2030-01-02T03:04:05.678Z"),
      referralCode: "AbC-12_z",
      referralChannel: "telegram",
      locale: "be",
    },
    mails: { created: mail("created"), pendingDuplicate: mail("pending"), settledDuplicate: mail("settled") },
    consent: consent
      ? { id: randomUUID(), emailEncrypted: "v1.e.f.g", emailHash, unsubscribeTokenHash: randomUUID(), locale: "be" }
      : undefined,
  };
}

/** The mails written for these writes, as "variant" of the mail each one got. */
async function mailsOf(writes: SignatureWrite[]) {
  const sealed = writes.flatMap((w) => Object.values(w.mails).map((m) => m.sealed));
  const rows = await db.outboxMessage.findMany({ where: { sealed: { in: sealed } }, select: { sealed: true } });
  return writes.map((w) => rows.filter((r) => r.sealed!.endsWith(w.signature.id)).map((r) => r.sealed!.split(".")[1]));
}

// Both stores must write rows Prisma reads back exactly: the SQLite one writes SQL by hand.
describe.each([
  ["sqlite", sqliteStore, sqliteOnly("the SQLite store writes to the SQLite file")],
  ["prisma", prismaStore, undefined],
] as const)("signature writer through the %s store", (_name, store, skip) => {
  if (skip) return void it.skip(skip);
  const write = createSignatureWriter(store);

  it("writes signatures, mails and consents that read back exactly through Prisma", async () => {
    const petition = await petitionId();
    const writes = Array.from({ length: 20 }, (_, i) => aWrite(petition, randomUUID(), i % 4 === 0));
    expect(await Promise.all(writes.map(write))).toEqual(writes.map(() => "created"));
    const first = writes[0]!.signature;
    const row = await db.signature.findUniqueOrThrow({ where: { id: first.id }, omit: everyColumn("signature") });
    expect(row).toMatchObject({ ...first, state: "PENDING", confirmedAt: null });
    expect(row.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { sealed: `v1.created.${first.id}` } });
    expect(mail).toMatchObject({ state: "PENDING", attempts: 0, kind: "signature-confirm" });
    expect(mail.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    const consent = await db.subscription.findUniqueOrThrow({ where: { emailHash_scope: { emailHash: first.emailHash, scope: "all" } } });
    expect(consent).toMatchObject({ state: "PENDING", viaSignatureId: first.id, prisonerId: null });
  });

  it("writes one row per address when the same address comes twice in a batch, or again later", async () => {
    const petition = await petitionId();
    const emailHash = randomUUID();
    const results = await Promise.all([write(aWrite(petition, emailHash)), write(aWrite(petition, emailHash)), write(aWrite(petition))]);
    expect(results).toEqual(["created", "duplicate", "created"]);
    expect(await write(aWrite(petition, emailHash))).toBe("duplicate");
    expect(await db.signature.count({ where: { emailHash } })).toBe(1);
  });

  it("keeps the rest of a batch when one signature is a duplicate of an earlier one", async () => {
    const petition = await petitionId();
    const taken = randomUUID();
    await write(aWrite(petition, taken));
    const batch = [aWrite(petition), aWrite(petition, taken), aWrite(petition)];
    expect(await Promise.all(batch.map(write))).toEqual(["created", "duplicate", "created"]);
    // The duplicate's answer is written in the same batch: its "already signed" mail, with a fresh link.
    expect(await mailsOf(batch)).toEqual([["created"], ["pending"], ["created"]]);
    const kept = await db.signature.findFirstOrThrow({ where: { emailHash: taken }, select: { confirmTokenHash: true } });
    expect(kept.confirmTokenHash).toBe(batch[1]!.signature.confirmTokenHash);
  });

  it("answers a confirmed address with the mail without a link, keeps its link, and links a consent to it", async () => {
    const petition = await petitionId();
    const first = aWrite(petition);
    await write(first);
    await db.signature.update({ where: { id: first.signature.id }, data: { state: "CONFIRMED" } });
    const again = aWrite(petition, first.signature.emailHash, true);
    expect(await write(again)).toBe("duplicate");
    expect(await mailsOf([again])).toEqual([["settled"]]);
    const kept = await db.signature.findUniqueOrThrow({ where: { id: first.signature.id }, omit: everyColumn("signature") });
    expect(kept).toMatchObject({
      state: "CONFIRMED",
      confirmTokenHash: first.signature.confirmTokenHash,
      nameEncrypted: first.signature.nameEncrypted,
    });
    const consent = await db.subscription.findUniqueOrThrow({
      where: { emailHash_scope: { emailHash: first.signature.emailHash, scope: "all" } },
    });
    expect(consent.viaSignatureId).toBe(first.signature.id);
  });

  it("rejects a signature that cannot be written, and only that one", async () => {
    const petition = await petitionId();
    const broken = aWrite("no-such-petition");
    const good = aWrite(petition);
    const [bad, ok] = await Promise.allSettled([write(broken), write(good)]);
    expect(bad.status).toBe("rejected");
    expect(ok).toEqual({ status: "fulfilled", value: "created" });
    expect(await db.signature.count({ where: { id: broken.signature.id } })).toBe(0);
    expect(await mailsOf([broken])).toEqual([[]]);
  });
});
