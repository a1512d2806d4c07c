import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/admin/signatures/[slug]/export/route";
import { db } from "../db";
import { invalidateSignatures, savePetition } from "../petitions/actions";
import { savePrisoner } from "../prisoners/actions";
import { savePrison } from "../prisons/actions";
import { form } from "../test/form";
import { createStaffRow, petitionRow, signatureData, type TestStaff } from "../test/rows";
import { actAs, redirectOf } from "../test/staff-session";
import { saveUpdate } from "../updates/actions";

// Every staff endpoint is public: anyone can post to a server action or request a route. Each is
// called here as nobody, as a moderator, with a forged session, and as an admin, through a real
// next-auth session token; a refusal must change nothing at all.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterAll(() => db.$disconnect());

let prisoner: { id: string; slug: string };
let petition: { id: string; slug: string };
const IDLE = { status: "idle" } as const;

beforeAll(async () => {
  prisoner = await db.prisoner.create({
    data: {
      slug: "authz-person",
      nameLatin: "Authz Person",
      searchKey: "|authz pirsan|",
      status: "DETAINED",
      detainedOn: new Date("2022-01-01"),
    },
    select: { id: true, slug: true },
  });
  petition = await petitionRow({ slug: "authz-petition", title: "Authz", goal: 10, confirmedCount: 2 });
  await db.signature.createMany({
    data: ["one@bots.example", "two@bots.example"].map((email) =>
      signatureData(petition.id, { name: email.split("@")[0]!, email, state: "CONFIRMED", confirmedAt: new Date("2026-01-01T00:00:00Z") }),
    ),
  });
});

/** Each staff endpoint, called with input an admin's form would send. */
const endpoints = {
  savePrisoner: () =>
    savePrisoner(
      IDLE,
      form({
        id: prisoner.id,
        slug: prisoner.slug,
        nameLatin: "Authz Person Renamed",
        status: "RELEASED",
        detainedOn: "2022-01-01",
        releasedOn: "2025-12-13",
        changedOn: "2025-12-13",
        sourceTitle: "A source",
      }),
    ),
  createPrisoner: () =>
    savePrisoner(
      IDLE,
      form({ slug: `authz-new-${randomUUID().slice(0, 6)}`, nameLatin: "New Person", status: "DETAINED", sourceTitle: "A source" }),
    ),
  saveUpdate: () =>
    saveUpdate(
      IDLE,
      form({ slug: `authz-update-${randomUUID().slice(0, 6)}`, title: "T", summary: "S", body: "B", publishedAt: "2026-01-01" }),
    ),
  savePetition: () =>
    savePetition(
      IDLE,
      form({ id: petition.id, slug: petition.slug, title: "Closed", summary: "s", body: "b", target: "t", goal: "10", state: "CLOSED" }),
    ),
  savePrison: () =>
    savePrison(
      IDLE,
      form({ slug: `authz-prison-${randomUUID().slice(0, 6)}`, nameLatin: "Authz Colony", type: "PENAL_COLONY", region: "BREST" }),
    ),
  previewInvalidation: () => invalidateSignatures(IDLE, form({ petition: petition.slug, mode: "domain", domain: "bots.example" })),
  applyInvalidation: () =>
    invalidateSignatures(IDLE, form({ petition: petition.slug, mode: "domain", domain: "bots.example", step: "apply", expected: "2" })),
};

const exportCsv = (email = false) =>
  exportRoute(new Request(`http://test.local/admin/signatures/${petition.slug}/export${email ? "?email=1" : ""}`), {
    params: Promise.resolve({ slug: petition.slug }),
  });

/** Everything a staff endpoint could change, to compare before and after a refusal. */
async function snapshot() {
  const [counts, fixture, signatures, petitions] = await Promise.all([
    Promise.all([
      db.prisoner.count(),
      db.update.count(),
      db.petition.count(),
      db.prison.count(),
      db.source.count(),
      db.timelineEvent.count(),
      db.auditLog.count(),
    ]),
    db.prisoner.findUniqueOrThrow({ where: { id: prisoner.id } }),
    db.signature.findMany({ select: { id: true, state: true }, orderBy: { id: "asc" } }),
    db.petition.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { counts, fixture, signatures, petitions };
}

async function expectRefusedEverywhere(exportStatus: 401 | 403) {
  const before = await snapshot();
  for (const [name, call] of Object.entries(endpoints)) {
    expect(await call(), name).toEqual({ status: "forbidden" });
  }
  for (const email of [false, true]) {
    const response = await exportCsv(email);
    expect(response.status).toBe(exportStatus);
    expect(await response.text()).not.toMatch(/bots\.example|one,|two,/);
  }
  expect(await snapshot()).toEqual(before);
}

describe("staff endpoints", () => {
  beforeEach(() => actAs(null));

  it("refuse a visitor who is not signed in, changing nothing", async () => {
    await expectRefusedEverywhere(401);
  });

  it("refuse a moderator, changing nothing", async () => {
    await actAs(await createStaffRow("MODERATOR"));
    await expectRefusedEverywhere(403);
  });

  it("refuse a session token not signed with the app's secret", async () => {
    // next-auth reports the token it cannot open; that report is expected here.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    await actAs(await createStaffRow("ADMIN"), "a-forged-secret-that-is-not-the-apps-0123456789");
    await expectRefusedEverywhere(401);
    quiet.mockRestore();
  });

  it("refuse a session for a staff id that does not exist", async () => {
    await actAs({ id: randomUUID(), email: "ghost@staff.test" });
    await expectRefusedEverywhere(401);
  });

  it("do their work for an admin", async () => {
    await actAs(await createStaffRow("ADMIN"));
    expect(await redirectOf(endpoints.savePrisoner())).toBe(`/admin/content/prisoners/${prisoner.slug}?saved=1`);
    expect((await db.prisoner.findUniqueOrThrow({ where: { id: prisoner.id } })).status).toBe("RELEASED");
    expect(await redirectOf(endpoints.createPrisoner())).toMatch(/^\/admin\/content\/prisoners\/authz-new-/);
    expect(await redirectOf(endpoints.saveUpdate())).toMatch(/^\/admin\/content\/updates\/authz-update-/);
    expect(await redirectOf(endpoints.savePrison())).toMatch(/^\/admin\/content\/prisons\/authz-prison-/);
    expect(await redirectOf(endpoints.savePetition())).toBe(`/admin/content/petitions/${petition.slug}?saved=1`);
    expect((await db.petition.findUniqueOrThrow({ where: { id: petition.id } })).state).toBe("CLOSED");

    const exported = await exportCsv(true);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(exported.headers.get("content-disposition")).toMatch(/^attachment; filename="authz-petition-signatures-.*-with-emails\.csv"$/);
    const csv = await exported.text();
    expect(csv).toContain("one,LT,2026-01-01T00:00:00.000Z,one@bots.example");

    expect(await endpoints.previewInvalidation()).toMatchObject({ status: "preview", counts: { total: 2, confirmed: 2, pending: 0 } });
    expect(await endpoints.applyInvalidation()).toMatchObject({ status: "done", counts: { total: 2, confirmed: 2 } });
    expect((await db.petition.findUniqueOrThrow({ where: { id: petition.id } })).confirmedCount).toBe(0);
  });

  it("refuse an admin on the very next call after they are demoted, or removed", async () => {
    const demoted = await createStaffRow("ADMIN");
    await actAs(demoted);
    expect((await exportCsv()).status).toBe(200);
    expect(await redirectOf(endpoints.saveUpdate())).not.toBeNull();
    await db.staffUser.update({ where: { id: demoted.id }, data: { role: "MODERATOR" } });
    await expectRefusedEverywhere(403);

    const removed: TestStaff = await createStaffRow("ADMIN");
    await actAs(removed);
    expect(await redirectOf(endpoints.saveUpdate())).not.toBeNull();
    await db.staffUser.update({ where: { id: removed.id }, data: { active: false } });
    await expectRefusedEverywhere(401);
  });
});
