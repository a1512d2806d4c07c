import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "../auth/guards";
import { keyedHash } from "../crypto";
import { db } from "../db";
import type { SignatureState } from "../generated/prisma/enums";
import { petitionRow, signatureData } from "../test/rows";
import { applyInvalidation } from "./mutations";
import { criteriaFrom, previewInvalidation } from "./queries";
import { invalidationSchema, type Criteria } from "./schema";

afterAll(() => db.$disconnect());

let staff: Staff;
beforeAll(async () => {
  const row = await db.staffUser.create({ data: { email: "invalidate-admin@staff.test", role: "ADMIN" } });
  staff = { id: row.id, email: row.email, name: null, role: "ADMIN" };
});

interface Row {
  email?: string | null;
  state: SignatureState;
  ip?: string;
  createdAt?: Date;
}

/** A petition with signatures; its stored count is its number of confirmed signatures, as the signing path keeps it. */
async function petitionWith(rows: Row[]) {
  const slug = `invalidate-${randomUUID().slice(0, 8)}`;
  const confirmed = rows.filter((r) => r.state === "CONFIRMED").length;
  const petition = await petitionRow({ slug, confirmedCount: confirmed });
  await db.signature.createMany({
    data: rows.map((row, i) =>
      signatureData(petition.id, {
        name: `Signer ${i}`,
        email: row.email === null ? null : (row.email ?? `person${i}@example.org`),
        state: row.state,
        ipHash: row.ip ? keyedHash("ip", row.ip) : null,
        createdAt: row.createdAt ?? new Date("2026-03-01T12:00:00.000Z"),
        confirmedAt: row.state === "PENDING" ? null : new Date("2026-03-01T12:05:00.000Z"),
      }),
    ),
  });
  return petition;
}

const stored = async (id: string) =>
  (await db.petition.findUniqueOrThrow({ where: { id }, select: { confirmedCount: true } })).confirmedCount;
const states = async (id: string) =>
  Object.fromEntries(
    (await db.signature.groupBy({ by: ["state"], where: { petitionId: id }, _count: { _all: true } })).map((g) => [g.state, g._count._all]),
  );
const criteria = (fields: Record<string, string>) => criteriaFrom(invalidationSchema.parse({ petition: "x", ...fields }));

describe("invalidation by email domain", () => {
  it("matches the canonical domain whatever its case, and previews exactly what it applies", async () => {
    const petition = await petitionWith([
      { email: "a@spam.example", state: "CONFIRMED" },
      { email: "B.Person@SPAM.Example", state: "CONFIRMED" },
      { email: "c+tag@Spam.Example.", state: "PENDING" },
      { email: "d@spam.example", state: "INVALIDATED" }, // already out: not counted again
      { email: "e@sub.spam.example", state: "CONFIRMED" }, // another domain
      { email: "f@notspam.example", state: "CONFIRMED" },
      { email: null, state: "CONFIRMED" }, // erased: no address to match
    ]);
    const other = await petitionWith([{ email: "g@spam.example", state: "CONFIRMED" }]);
    const spam = criteria({ mode: "domain", domain: "  @SPAM.example " });
    expect(spam).toEqual({ mode: "domain", domain: "spam.example" });

    const preview = await previewInvalidation(petition.id, spam);
    expect(preview).toEqual({ total: 3, confirmed: 2, pending: 1 });
    expect(await states(petition.id)).toEqual({ CONFIRMED: 5, PENDING: 1, INVALIDATED: 1 });

    const applied = await applyInvalidation(staff, petition, spam, preview.total);
    expect(applied).toEqual(preview);
    expect(await states(petition.id)).toEqual({ CONFIRMED: 3, INVALIDATED: 4 });
    expect(await stored(petition.id)).toBe(5 - 2);
    // Another petition's signatures at the same domain are untouched.
    expect(await states(other.id)).toEqual({ CONFIRMED: 1 });
    expect(await stored(other.id)).toBe(1);
  });

  it("folds googlemail.com into gmail.com, as addresses are folded for dedupe", async () => {
    const petition = await petitionWith([
      { email: "x.y@gmail.com", state: "CONFIRMED" },
      { email: "z@GoogleMail.com", state: "PENDING" },
      { email: "w@gmail.co", state: "CONFIRMED" },
    ]);
    expect(await previewInvalidation(petition.id, criteria({ mode: "domain", domain: "googlemail.com" }))).toEqual({
      total: 2,
      confirmed: 1,
      pending: 1,
    });
  });

  it("writes the criteria and the counts to the audit log, never an address", async () => {
    const petition = await petitionWith([
      { email: "one@wave.example", state: "CONFIRMED" },
      { email: "two@wave.example", state: "PENDING" },
    ]);
    await applyInvalidation(staff, petition, criteria({ mode: "domain", domain: "wave.example" }), 2);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "signatures.invalidate", entityId: petition.id } });
    expect(entry.actorId).toBe(staff.id);
    expect(JSON.parse(entry.before!)).toEqual({ petition: petition.slug, confirmedCount: 1 });
    expect(JSON.parse(entry.after!)).toEqual({
      petition: petition.slug,
      criteria: { mode: "domain", domain: "wave.example" },
      invalidated: { total: 2, confirmed: 1, pending: 1 },
      previewed: 2,
      confirmedCount: 0,
    });
    expect(`${entry.before}${entry.after}`).not.toMatch(/one@|two@/);
  });

  it("decrements nothing twice: applying the same criteria again changes nothing", async () => {
    const petition = await petitionWith([
      { email: "a@again.example", state: "CONFIRMED" },
      { email: "b@again.example", state: "CONFIRMED" },
      { email: "c@fine.example", state: "CONFIRMED" },
    ]);
    const wave = criteria({ mode: "domain", domain: "again.example" });
    const [first, second] = await Promise.all([applyInvalidation(staff, petition, wave, 2), applyInvalidation(staff, petition, wave, 2)]);
    expect(first.confirmed + second.confirmed).toBe(2);
    expect(await stored(petition.id)).toBe(1);
    expect(await applyInvalidation(staff, petition, wave, 0)).toEqual({ total: 0, confirmed: 0, pending: 0 });
    expect(await stored(petition.id)).toBe(1);
  });

  it("pages through a petition with more signatures than a page", async () => {
    const rows: Row[] = Array.from({ length: 2300 }, (_, i) => ({
      email: i % 3 === 0 ? `bot${i}@bots.example` : `person${i}@example.org`,
      state: i % 2 === 0 ? "CONFIRMED" : "PENDING",
    }));
    const petition = await petitionWith(rows);
    const expected = rows.filter((r) => r.email!.endsWith("@bots.example"));
    const wave = criteria({ mode: "domain", domain: "bots.example" });
    const preview = await previewInvalidation(petition.id, wave);
    expect(preview.total).toBe(expected.length);
    expect(preview.confirmed).toBe(expected.filter((r) => r.state === "CONFIRMED").length);
    const applied = await applyInvalidation(staff, petition, wave, preview.total);
    expect(applied).toEqual(preview);
    expect(await stored(petition.id)).toBe(rows.filter((r) => r.state === "CONFIRMED").length - preview.confirmed);
  }, 30_000);
});

describe("invalidation by IP and by time", () => {
  it("matches an IP address through its keyed hash, or the hash itself, exactly", async () => {
    const petition = await petitionWith([
      { state: "CONFIRMED", ip: "198.51.100.7" },
      { state: "PENDING", ip: "198.51.100.7" },
      { state: "CONFIRMED", ip: "198.51.100.70" },
      { state: "CONFIRMED" },
    ]);
    const byAddress = criteria({ mode: "ip", ip: "198.51.100.7" });
    const byHash = criteria({ mode: "ip", ip: keyedHash("ip", "198.51.100.7").toUpperCase() });
    expect(byHash).toEqual(byAddress);
    expect(await previewInvalidation(petition.id, byAddress)).toEqual({ total: 2, confirmed: 1, pending: 1 });
    expect(await applyInvalidation(staff, petition, byAddress, 2)).toEqual({ total: 2, confirmed: 1, pending: 1 });
    expect(await stored(petition.id)).toBe(2);
    // The audit entry keeps the hash, never the address.
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "signatures.invalidate", entityId: petition.id } });
    expect(entry.after).not.toContain("198.51.100.7");
  });

  it("matches signatures sent within the period, to the end of its last minute", async () => {
    const at = (time: string) => new Date(`2026-03-02T${time}Z`);
    const petition = await petitionWith([
      { state: "CONFIRMED", createdAt: at("09:59:59.999") },
      { state: "CONFIRMED", createdAt: at("10:00:00.000") },
      { state: "PENDING", createdAt: at("10:30:59.999") },
      { state: "CONFIRMED", createdAt: at("10:31:00.000") },
    ]);
    const period: Criteria = criteria({ mode: "time", from: "2026-03-02T10:00", to: "2026-03-02T10:30" });
    expect(await previewInvalidation(petition.id, period)).toEqual({ total: 2, confirmed: 1, pending: 1 });
    expect(await applyInvalidation(staff, petition, period, 2)).toEqual({ total: 2, confirmed: 1, pending: 1 });
    expect(await stored(petition.id)).toBe(2);
  });

  it("refuses criteria it cannot read", () => {
    const issues = (fields: Record<string, string>) =>
      invalidationSchema.safeParse({ petition: "x", ...fields }).error?.issues.map((issue) => issue.path.join("."));
    expect(issues({ mode: "domain", domain: "not a domain" })).toEqual(["domain"]);
    expect(issues({ mode: "ip", ip: "999.1.1.1" })).toEqual(["ip"]);
    expect(issues({ mode: "time", from: "2026-03-02T11:00", to: "2026-03-02T10:00" })).toEqual(["to"]);
    expect(issues({ mode: "time", from: "yesterday", to: "" })).toEqual(["from", "to"]);
    expect(issues({ mode: "everything" })).toEqual(["mode"]);
  });
});
