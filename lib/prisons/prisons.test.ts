import { describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { form } from "../test/form";
import { createStaffRow } from "../test/rows";
import { actAs, adminForEveryTest, auditOf, IDLE, redirectOf, revalidated } from "../test/staff-session";
import { savePrison } from "./actions";
import { getPrisonForEdit, listPrisonsByRegion, listPrisonsForAdmin } from "./queries";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const admin = adminForEveryTest();

let sequence = 0;
function newPrison(overrides: Record<string, string> = {}) {
  sequence++;
  return {
    slug: `test-colony-${sequence}`,
    nameLatin: `Test Penal Colony No. ${sequence}`,
    nameBelarusian: `Тэставая папраўчая калонія № ${sequence}`,
    nameRussian: `Тестовая исправительная колония № ${sequence}`,
    type: "PENAL_COLONY",
    regime: "GENERAL",
    region: "HOMIEL",
    postalAddress: "Тестовая ул., 1\nг. Тест\n000000",
    ...overrides,
  };
}

async function createPrison(overrides: Record<string, string> = {}) {
  const fields = newPrison(overrides);
  expect(await redirectOf(savePrison(IDLE, form(fields)))).toBe(`/admin/content/prisons/${fields.slug}?saved=1`);
  return db.prison.findUniqueOrThrow({ where: { slug: fields.slug }, select: { id: true, slug: true } });
}

/** A person held (or not) at a place, written directly: the prisoner editor's own tests cover its form. */
async function personAt(prisonId: string, status: "DETAINED" | "RELEASED", n: number) {
  return db.prisoner.create({
    data: { slug: `held-${prisonId.slice(0, 8)}-${n}`, nameLatin: `Held Person ${n}`, searchKey: `held person ${n}`, status, prisonId },
  });
}

describe("savePrison", () => {
  it("creates a place with its three names, type, regime, region and address, audited, and revalidates the prison pages", async () => {
    const created = await createPrison();
    const stored = await getPrisonForEdit(created.slug);
    expect(stored!.values).toMatchObject({
      type: "PENAL_COLONY",
      regime: "GENERAL",
      region: "HOMIEL",
      nameRussian: expect.stringContaining("исправительная"),
      postalAddress: "Тестовая ул., 1\nг. Тест\n000000",
    });
    const [entry] = await auditOf(created.id);
    expect(entry).toMatchObject({ action: "prison.create", entityType: "Prison", actorId: admin.id, before: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({ slug: created.slug, region: "HOMIEL" });
    expect(revalidated()).toEqual(
      expect.arrayContaining(["/prisons", `/prisons/${created.slug}`, `/be/prisons/${created.slug}`, "/ru/prisons"]),
    );
  });

  it("changes a place, keeps before and after in the audit log, and revalidates the profiles and letter pages of the people held there", async () => {
    const created = await createPrison();
    const person = await personAt(created.id, "DETAINED", 1);
    const { values } = (await getPrisonForEdit(created.slug))!;
    const url = await redirectOf(savePrison(IDLE, form({ ...values, postalAddress: "Новая ул., 2", slug: `${created.slug}-renamed` })));
    expect(url).toBe(`/admin/content/prisons/${created.slug}-renamed?saved=1`);
    const entries = await auditOf(created.id);
    expect(entries.map((e) => e.action)).toEqual(["prison.create", "prison.update"]);
    expect(JSON.parse(entries[1]!.before!)).toMatchObject({ slug: created.slug, postalAddress: expect.stringContaining("Тестовая") });
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ slug: `${created.slug}-renamed`, postalAddress: "Новая ул., 2" });
    expect(revalidated()).toEqual(
      expect.arrayContaining([
        `/prisons/${created.slug}`,
        `/prisons/${created.slug}-renamed`,
        `/prisoners/${person.slug}`,
        `/prisoners/${person.slug}/letter`,
      ]),
    );
  });

  it("refuses a regime for a place that is not a penal colony, a missing region and a taken address name, and changes nothing", async () => {
    expect(await savePrison(IDLE, form(newPrison({ type: "PRE_TRIAL_DETENTION_CENTRE", regime: "STRICT" })))).toMatchObject({
      status: "error",
      fieldErrors: { regime: [expect.stringMatching(/Only a penal colony has a regime/)] },
    });
    expect(await savePrison(IDLE, form(newPrison({ region: "" })))).toMatchObject({
      status: "error",
      fieldErrors: { region: ["Choose the region."] },
    });
    const taken = await createPrison();
    expect(await savePrison(IDLE, form(newPrison({ slug: taken.slug })))).toMatchObject({
      status: "error",
      fieldErrors: { slug: ["Another place of detention already uses this address name."] },
    });
    expect(await db.prison.count({ where: { slug: taken.slug } })).toBe(1);
  });

  it("is refused to a moderator and to someone signed out", async () => {
    const fields = newPrison();
    await actAs(await createStaffRow("MODERATOR"));
    expect(await savePrison(IDLE, form(fields))).toEqual({ status: "forbidden" });
    await actAs(null);
    expect(await savePrison(IDLE, form(fields))).toEqual({ status: "forbidden" });
    expect(await db.prison.count({ where: { slug: fields.slug } })).toBe(0);
  });
});

describe("listPrisonsByRegion", () => {
  it("groups places by region and counts only the people held there now", async () => {
    const colony = await createPrison({ region: "VITSEBSK" });
    const jail = await createPrison({ region: "VITSEBSK", type: "PRISON", regime: "" });
    await personAt(colony.id, "DETAINED", 1);
    await personAt(colony.id, "DETAINED", 2);
    await personAt(colony.id, "RELEASED", 3);
    const groups = await listPrisonsByRegion();
    const vitsebsk = groups.find((g) => g.region === "VITSEBSK")!;
    expect(vitsebsk.prisons.find((p) => p.slug === colony.slug)).toMatchObject({ held: 2, type: "PENAL_COLONY", regime: "GENERAL" });
    expect(vitsebsk.prisons.find((p) => p.slug === jail.slug)).toMatchObject({ held: 0, type: "PRISON", regime: null });
    expect(groups.every((g) => g.prisons.every((p) => p.region === g.region))).toBe(true);
    expect((await listPrisonsForAdmin()).find((p) => p.slug === colony.slug)).toMatchObject({ held: 2 });
  });
});
