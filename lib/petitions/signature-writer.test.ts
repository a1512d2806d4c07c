import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { createSignatureWriter, prismaStore, sqliteStore, type SignatureWrite } from "./signature-writer";

afterAll(() => db.$disconnect());

const petitionId = async () => (await db.petition.findUniqueOrThrow({ where: { slug: "free-nasta-loika" }, select: { id: true } })).id;

function aWrite(petition: string, emailHash = randomUUID(), consent = false): SignatureWrite {
  const id = randomUUID();
  return {
    signature: {
      id,
      petitionId: petition,
      name: `Writer ${id}`,
      publicName: "Writer",
      emailEncrypted: "v1.x.y.z",
      emailHash,
      country: "LT",
      showName: true,
      ipHash: "ip",
      confirmTokenHash: randomUUID(),
      tokenExpiresAt: new Date("2030-01-02T03:04:05.678Z"),
      referralCode: "AbC-12_z",
      referralChannel: "telegram",
    },
    mail: {
      kind: "signature-confirm",
      toEncrypted: "v1.a.b.c",
      subject: `Subject ${id}`,
      text: "text",
      html: "<p>html</p>",
      headers: null,
    },
    consent: consent
      ? { id: randomUUID(), emailEncrypted: "v1.e.f.g", emailHash, unsubscribeTokenHash: randomUUID(), viaSignatureId: id }
      : undefined,
  };
}

// Both stores must write rows Prisma reads back exactly: the SQLite one writes SQL by hand.
describe.each([
  ["sqlite", sqliteStore],
  ["prisma", prismaStore],
] as const)("signature writer through the %s store", (_name, store) => {
  const write = createSignatureWriter(store);

  it("writes signatures, mails and consents that read back exactly through Prisma", async () => {
    const petition = await petitionId();
    const writes = Array.from({ length: 20 }, (_, i) => aWrite(petition, randomUUID(), i % 4 === 0));
    expect(await Promise.all(writes.map(write))).toEqual(writes.map(() => "created"));
    const first = writes[0]!.signature;
    const row = await db.signature.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ ...first, state: "PENDING", confirmedAt: null });
    expect(row.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { subject: `Subject ${first.id}` } });
    expect(mail).toMatchObject({ state: "PENDING", attempts: 0, html: "<p>html</p>", headers: null });
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
    expect(await db.outboxMessage.count({ where: { subject: { in: batch.map((w) => w.mail.subject) } } })).toBe(2);
  });

  it("rejects a signature that cannot be written, and only that one", async () => {
    const petition = await petitionId();
    const broken = aWrite("no-such-petition");
    const good = aWrite(petition);
    const [bad, ok] = await Promise.allSettled([write(broken), write(good)]);
    expect(bad.status).toBe("rejected");
    expect(ok).toEqual({ status: "fulfilled", value: "created" });
    expect(await db.signature.count({ where: { id: broken.signature.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { subject: broken.mail.subject } })).toBe(0);
  });
});
