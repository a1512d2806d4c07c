import { describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { form } from "../test/form";
import { adminForEveryTest, auditOf, IDLE, redirectOf, revalidated } from "../test/staff-session";
import { savePrisoner } from "./actions";
import { getPrisonerForEdit, getPrisonerProfile } from "./queries";

// The staff editor keeps where a person is held and the letter facts true by hand.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

adminForEveryTest();

let sequence = 0;
const unique = () => `${process.pid}-${++sequence}`;

async function prison(region: "HOMIEL" | "MINSK_CITY" = "HOMIEL") {
  const n = unique();
  return db.prison.create({
    data: { slug: `facts-prison-${n}`, nameLatin: `Facts Prison ${n}`, type: "PENAL_COLONY", regime: "GENERAL", region },
  });
}

async function createProfile(fields: Record<string, string>) {
  const slug = `facts-person-${unique()}`;
  const posted = {
    slug,
    nameLatin: `Facts Person ${slug}`,
    status: "DETAINED",
    detainedOn: "2021-05-01",
    sourceTitle: "Viasna, political prisoner record",
    ...fields,
  };
  expect(await redirectOf(savePrisoner(IDLE, form(posted)))).toBe(`/admin/content/prisoners/${slug}?saved=1`);
  return db.prisoner.findUniqueOrThrow({
    where: { slug },
    include: { prison: true, canReceiveLettersSource: true, sources: true },
  });
}

async function editForm(slug: string, changes: Record<string, string>) {
  const { featured, ...values } = (await getPrisonerForEdit(slug))!.values;
  return form({ ...values, ...(featured ? { featured: "on" } : {}), ...changes });
}

describe("the place of detention and the letter facts in the prisoner editor", () => {
  it("stores the current prison, region, sex, judge, letters with their source, no contact since and facts checked on", async () => {
    const colony = await prison();
    const person = await createProfile({
      prison: colony.slug,
      region: "HOMIEL",
      sex: "FEMALE",
      judge: "A. Judge",
      canReceiveLetters: "no",
      lettersSourceTitle: "Viasna, 1 December 2026",
      lettersSourceUrl: "https://spring96.org/en/news/2",
      noContactSince: "2026-02-01",
      factsCheckedOn: "2026-12-01",
    });
    expect(person).toMatchObject({ prisonId: colony.id, region: "HOMIEL", sex: "FEMALE", judge: "A. Judge", canReceiveLetters: false });
    expect(person.canReceiveLettersSource).toMatchObject({ title: "Viasna, 1 December 2026", url: "https://spring96.org/en/news/2" });
    expect(person.sources.map((s) => s.title)).toContain("Viasna, 1 December 2026");
    expect(person.noContactSince?.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(person.factsCheckedAt?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect((await getPrisonerForEdit(person.slug))!.values).toMatchObject({
      prison: colony.slug,
      canReceiveLetters: "no",
      lettersSourceTitle: "Viasna, 1 December 2026",
      noContactSince: "2026-02-01",
      factsCheckedOn: "2026-12-01",
    });
    const [entry] = await auditOf(person.id);
    expect(JSON.parse(entry!.after!)).toMatchObject({
      prison: colony.slug,
      canReceiveLetters: false,
      canReceiveLettersSource: { title: "Viasna, 1 December 2026" },
      noContactSince: "2026-02-01",
    });
    expect(revalidated()).toEqual(expect.arrayContaining(["/prisons", `/prisons/${colony.slug}`]));
  });

  it("keeps the letters source while it stays the same, and clears facts staff clear", async () => {
    const person = await createProfile({ canReceiveLetters: "yes", lettersSourceTitle: "Viasna" });
    await redirectOf(savePrisoner(IDLE, await editForm(person.slug, { judge: "Another Judge" })));
    const kept = await db.prisoner.findUniqueOrThrow({ where: { id: person.id } });
    expect(kept.canReceiveLettersSourceId).toBe(person.canReceiveLettersSourceId);
    await redirectOf(savePrisoner(IDLE, await editForm(person.slug, { canReceiveLetters: "", lettersSourceTitle: "", judge: "" })));
    expect(await db.prisoner.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      canReceiveLetters: null,
      canReceiveLettersSourceId: null,
      judge: null,
    });
  });

  it("refuses an answer about letters without a source, an unknown prison and a made-up region, and changes nothing", async () => {
    const person = await createProfile({});
    const before = await db.prisoner.findUniqueOrThrow({ where: { id: person.id }, select: { updatedAt: true } });
    expect(await savePrisoner(IDLE, await editForm(person.slug, { canReceiveLetters: "yes" }))).toMatchObject({
      status: "error",
      fieldErrors: { lettersSourceTitle: [expect.stringMatching(/Name the source/)] },
    });
    expect(await savePrisoner(IDLE, await editForm(person.slug, { prison: "no-such-prison" }))).toMatchObject({
      status: "error",
      fieldErrors: { prison: [expect.stringMatching(/no longer recorded/)] },
    });
    expect(await savePrisoner(IDLE, await editForm(person.slug, { region: "ATLANTIS" }))).toMatchObject({
      status: "error",
      fieldErrors: { region: ["Choose a region from the list."] },
    });
    expect(await db.prisoner.findUniqueOrThrow({ where: { id: person.id }, select: { updatedAt: true, prisonId: true } })).toEqual({
      updatedAt: before.updatedAt,
      prisonId: null,
    });
  });
});

describe("a change of the current place of detention", () => {
  it("writes a dated transfer event with its source in the same save, and the profile's timeline shows it", async () => {
    const from = await prison();
    const to = await prison("MINSK_CITY");
    const person = await createProfile({ prison: from.slug });
    const saved = await redirectOf(
      savePrisoner(
        IDLE,
        await editForm(person.slug, { prison: to.slug, changedOn: "2026-11-20", sourceTitle: "Viasna, 21 November 2026" }),
      ),
    );
    expect(saved).toBe(`/admin/content/prisoners/${person.slug}?saved=1`);
    const profile = await getPrisonerProfile(person.slug);
    expect(profile!.prison).toMatchObject({ slug: to.slug });
    const transfer = profile!.events.find((e) => e.kind === "TRANSFER");
    expect(transfer).toMatchObject({ text: `Transferred from ${from.nameLatin} to ${to.nameLatin}.`, precision: "DAY" });
    expect(transfer!.occurredOn.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(transfer!.sources.map((s) => s.title)).toEqual(["Viasna, 21 November 2026"]);
    const entry = (await auditOf(person.id)).at(-1)!;
    expect(JSON.parse(entry.before!)).toMatchObject({ prison: from.slug });
    expect(JSON.parse(entry.after!)).toMatchObject({ prison: to.slug, transfer: { on: "2026-11-20" } });
    expect(revalidated()).toEqual(expect.arrayContaining([`/prisons/${from.slug}`, `/prisons/${to.slug}`, "/prisons"]));
  });

  it("dates a transfer without a given day today, and writes none when the place stays, is recorded first, or is cleared", async () => {
    const from = await prison();
    const to = await prison();
    const person = await createProfile({});
    const events = () => db.timelineEvent.findMany({ where: { prisonerId: person.id, kind: "TRANSFER" } });
    await redirectOf(savePrisoner(IDLE, await editForm(person.slug, { prison: from.slug })));
    await redirectOf(savePrisoner(IDLE, await editForm(person.slug, { judge: "Same place" })));
    expect(await events()).toHaveLength(0);
    await redirectOf(savePrisoner(IDLE, await editForm(person.slug, { prison: to.slug })));
    const [transfer] = await events();
    expect(transfer!.occurredOn.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    await redirectOf(savePrisoner(IDLE, await editForm(person.slug, { prison: "" })));
    expect(await events()).toHaveLength(1);
    expect((await db.prisoner.findUniqueOrThrow({ where: { id: person.id } })).prisonId).toBeNull();
  });
});
