import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditEntries, parseAuditFilter, prettyJson, SYSTEM_ACTOR } from "./queries";

afterAll(() => db.$disconnect());

let alice: { id: string; email: string };
let bob: { id: string; email: string };

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  await db.auditLog.deleteMany();
  alice = await db.staffUser.create({ data: { email: "alice@staff.test", role: "ADMIN" }, select: { id: true, email: true } });
  bob = await db.staffUser.create({ data: { email: "bob@staff.test", role: "MODERATOR" }, select: { id: true, email: true } });
  await db.auditLog.createMany({
    data: [
      {
        actorId: alice.id,
        action: "prisoner.update",
        entityType: "Prisoner",
        entityId: "p1",
        before: '{"status":"DETAINED"}',
        after: '{"status":"RELEASED"}',
        createdAt: at("2026-01-01T10:00:00Z"),
      },
      { actorId: bob.id, action: "comment.approve", entityType: "Comment", entityId: "c1", createdAt: at("2026-01-02T23:59:59Z") },
      { actorId: null, action: "signatures.purge", entityType: "Signature", entityId: "batch", createdAt: at("2026-01-03T00:00:00Z") },
      { actorId: alice.id, action: "petition.update", entityType: "Petition", entityId: "x1", createdAt: at("2026-01-04T08:00:00Z") },
    ],
  });
});

const actions = async (filter: Parameters<typeof parseAuditFilter>[0]) =>
  (await listAuditEntries(parseAuditFilter(filter).filter)).items.map((entry) => entry.action);

describe("listAuditEntries", () => {
  it("lists entries newest first, naming the staff member or the system", async () => {
    const { items, total } = await listAuditEntries({ page: 1 });
    expect(total).toBe(4);
    expect(items.map((e) => [e.action, e.actor])).toEqual([
      ["petition.update", "alice@staff.test"],
      ["signatures.purge", SYSTEM_ACTOR],
      ["comment.approve", "bob@staff.test"],
      ["prisoner.update", "alice@staff.test"],
    ]);
    expect(items[3]).toMatchObject({
      entityType: "Prisoner",
      entityId: "p1",
      before: '{"status":"DETAINED"}',
      after: '{"status":"RELEASED"}',
    });
  });

  it("filters by action, entity type, actor and the system", async () => {
    expect(await actions({ action: "prisoner.update" })).toEqual(["prisoner.update"]);
    expect(await actions({ entityType: "Comment" })).toEqual(["comment.approve"]);
    expect(await actions({ actor: alice.id })).toEqual(["petition.update", "prisoner.update"]);
    expect(await actions({ actor: SYSTEM_ACTOR })).toEqual(["signatures.purge"]);
    expect(await actions({ actor: alice.id, entityType: "Petition" })).toEqual(["petition.update"]);
    expect(await actions({ actor: "no-such-staff" })).toEqual([]);
  });

  it("filters by a range of whole UTC days", async () => {
    expect(await actions({ from: "2026-01-02", to: "2026-01-02" })).toEqual(["comment.approve"]);
    expect(await actions({ from: "2026-01-03" })).toEqual(["petition.update", "signatures.purge"]);
    expect(await actions({ to: "2026-01-01" })).toEqual(["prisoner.update"]);
  });

  it("pages through many entries", async () => {
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        actorId: null,
        action: "bulk.test",
        entityType: "Test",
        entityId: String(i),
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)),
      })),
    });
    const first = await listAuditEntries({ action: "bulk.test", page: 1 });
    const second = await listAuditEntries({ action: "bulk.test", page: 2 });
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.items[0]?.entityId).toBe(String(AUDIT_PAGE_SIZE + 4));
    expect(second.items.map((e) => e.entityId)).toEqual(["4", "3", "2", "1", "0"]);
    await db.auditLog.deleteMany({ where: { action: "bulk.test" } });
  });
});

describe("parseAuditFilter", () => {
  it("reads the URL's parameters, and falls back to everything with a reason when it cannot", () => {
    expect(parseAuditFilter({ action: "prisoner.update", page: "2", actor: "" })).toEqual({
      filter: { action: "prisoner.update", page: 2 },
    });
    const bad = parseAuditFilter({ from: "01/02/2026", page: "2" });
    expect(bad.filter).toEqual({ page: 1 });
    expect(bad.error).toMatch(/from: dates are written YYYY-MM-DD/);
  });
});

describe("auditFilterOptions", () => {
  it("offers the actions, entity types and staff that occur in the log", async () => {
    const options = await auditFilterOptions();
    expect(options.actions).toEqual(["comment.approve", "petition.update", "prisoner.update", "signatures.purge"]);
    expect(options.entityTypes).toEqual(["Comment", "Petition", "Prisoner", "Signature"]);
    expect(options.actors).toEqual([
      { value: alice.id, label: "alice@staff.test" },
      { value: bob.id, label: "bob@staff.test" },
    ]);
  });
});

describe("prettyJson", () => {
  it("indents JSON and leaves other text as it is", () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson("not json")).toBe("not json");
    expect(prettyJson(null)).toBeNull();
  });
});
