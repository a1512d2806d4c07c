import { revalidatePath } from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { form } from "../test/form";
import { adminForEveryTest, auditOf, IDLE, redirectOf, revalidated } from "../test/staff-session";
import { savePrisoner } from "./actions";
import { getPrisonerForEdit, getPrisonerProfile, searchPrisoners } from "./queries";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const admin = adminForEveryTest();

let sequence = 0;
function newProfile(overrides: Record<string, string> = {}) {
  sequence++;
  return {
    slug: `content-test-${sequence}`,
    nameLatin: `Hanna Testava ${sequence}`,
    nameBelarusian: "Ганна Тэставая",
    nameRussian: "Анна Тестовая",
    otherSpellings: "en: Anna Testova",
    status: "DETAINED",
    detainedOn: "2022-03-04",
    sentence: "6 years",
    court: "Minsk City Court",
    biography: "A volunteer.",
    sourceTitle: "Viasna, political prisoner record",
    sourceUrl: "https://spring96.org/en/news/1",
    ...overrides,
  };
}

/** Creates a profile through the action, as an admin's form post does; returns its row. */
async function createProfile(overrides: Record<string, string> = {}) {
  const fields = newProfile(overrides);
  expect(await redirectOf(savePrisoner(IDLE, form(fields)))).toBe(`/admin/content/prisoners/${fields.slug}?saved=1`);
  return db.prisoner.findUniqueOrThrow({ where: { slug: fields.slug }, select: { id: true, slug: true, status: true, updatedAt: true } });
}

/** The edit form of a profile as the staff page fills it in and posts it back, with changes. */
async function editForm(slug: string, changes: Record<string, string>) {
  const { featured, ...values } = (await getPrisonerForEdit(slug))!.values;
  return form({ ...values, ...(featured ? { featured: "on" } : {}), otherSpellings: "en: Anna Testova", ...changes });
}

describe("savePrisoner", () => {
  it("saves a profile whose fields were pasted with NUL characters, without them (PostgreSQL's text cannot hold one)", async () => {
    const created = await createProfile({ court: "Minsk\u0000 City Court", biography: "A vol\u0000unteer." });
    expect(await getPrisonerProfile(created.slug)).toMatchObject({ court: "Minsk City Court", biography: "A volunteer." });
  });

  it("creates a profile with its spellings, source, search key and audit entry, and revalidates its pages", async () => {
    const created = await createProfile();
    const profile = await getPrisonerProfile(created.slug);
    expect(profile).toMatchObject({ status: "DETAINED", sentence: "6 years", court: "Minsk City Court" });
    expect(profile!.sources.map((s) => s.title)).toEqual(["Viasna, political prisoner record"]);
    expect((await searchPrisoners({ q: "Тестовая", page: 1 })).items.map((p) => p.slug)).toContain(created.slug);
    expect((await searchPrisoners({ q: "Testova", page: 1 })).items.map((p) => p.slug)).toContain(created.slug);

    const [entry] = await auditOf(created.id);
    expect(entry).toMatchObject({ action: "prisoner.create", entityType: "Prisoner", actorId: admin.id, before: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({ slug: created.slug, status: "DETAINED", detainedOn: "2022-03-04" });
    expect(revalidated()).toEqual(
      expect.arrayContaining([`/prisoners/${created.slug}`, `/en/prisoners/${created.slug}`, "/en/prisoners", "/en"]),
    );
  });

  it("records a release as a timeline event with its source, and the profile shows it", async () => {
    const created = await createProfile();
    vi.mocked(revalidatePath).mockClear();
    const url = await redirectOf(
      savePrisoner(
        IDLE,
        await editForm(created.slug, {
          status: "RELEASED",
          releasedOn: "2025-12-13",
          changedOn: "2025-12-13",
          sourceTitle: "Amnesty International, 13 December 2025",
          sourceUrl: "https://www.amnesty.org/en/latest/news/2025/12/belarus/",
        }),
      ),
    );
    expect(url).toBe(`/admin/content/prisoners/${created.slug}?saved=1`);

    const profile = await getPrisonerProfile(created.slug);
    expect(profile?.status).toBe("RELEASED");
    expect(profile?.releasedOn?.toISOString()).toBe("2025-12-13T00:00:00.000Z");
    const release = profile!.events.find((e) => e.kind === "RELEASE");
    expect(release).toMatchObject({ text: "Released.", precision: "DAY" });
    expect(release!.occurredOn.toISOString()).toBe("2025-12-13T00:00:00.000Z");
    expect(release!.sources).toEqual([
      expect.objectContaining({
        title: "Amnesty International, 13 December 2025",
        url: "https://www.amnesty.org/en/latest/news/2025/12/belarus/",
      }),
    ]);
    expect(profile!.sources.map((s) => s.title)).toContain("Amnesty International, 13 December 2025");

    const entry = (await auditOf(created.id)).at(-1)!;
    expect(entry.action).toBe("prisoner.update");
    expect(JSON.parse(entry.before!)).toMatchObject({ status: "DETAINED", releasedOn: null });
    expect(JSON.parse(entry.after!)).toMatchObject({
      status: "RELEASED",
      releasedOn: "2025-12-13",
      statusChange: { from: "DETAINED", to: "RELEASED", kind: "RELEASE", on: "2025-12-13" },
    });
    expect(revalidated()).toEqual(expect.arrayContaining([`/en/prisoners/${created.slug}`, "/en/prisoners", "/en"]));
  });

  it("recomputes the search key from every spelling when names change", async () => {
    const created = await createProfile();
    const renamed = { nameLatin: `Hanna Navikava ${sequence}`, nameBelarusian: "Ганна Навікава", nameRussian: "Анна Новикова" };
    await redirectOf(savePrisoner(IDLE, await editForm(created.slug, { ...renamed, otherSpellings: "en: Anna Novikova" })));
    const found = async (q: string) => (await searchPrisoners({ q, page: 1 })).items.some((p) => p.slug === created.slug);
    expect(await found("Новикова")).toBe(true);
    expect(await found("Навікава")).toBe(true);
    expect(await found("Novikova")).toBe(true);
    expect(await found("Тестовая")).toBe(false);
    expect(await found("Testova")).toBe(false);
    const spellings = await db.nameSpelling.findMany({ where: { prisonerId: created.id }, select: { language: true, value: true } });
    expect(spellings.map((x) => `${x.language}: ${x.value}`).sort()).toEqual(
      ["be: Ганна Навікава", "en: Anna Novikova", `en: ${renamed.nameLatin}`, "ru: Анна Новикова"].sort(),
    );
  });

  it("changes nothing on bad input, and says what to fix", async () => {
    const created = await createProfile();
    const before = await auditOf(created.id);
    vi.mocked(revalidatePath).mockClear();
    const state = await savePrisoner(IDLE, await editForm(created.slug, { status: "RELEASED", releasedOn: "" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { releasedOn: [expect.stringMatching(/release date/)] } });
    expect(state.status === "error" && state.values?.status).toBe("RELEASED");
    const after = await db.prisoner.findUniqueOrThrow({ where: { id: created.id }, select: { status: true, updatedAt: true } });
    expect(after).toEqual({ status: "DETAINED", updatedAt: created.updatedAt });
    expect(await auditOf(created.id)).toHaveLength(before.length);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("decides whether the status changes from the database, not from the form", async () => {
    const created = await createProfile();
    // The form claims the status was already "Released": the server still asks for the change's source.
    const posted = await editForm(created.slug, { status: "RELEASED", releasedOn: "2025-12-13", previousStatus: "RELEASED" });
    const state = await savePrisoner(IDLE, posted);
    expect(state).toMatchObject({ status: "error", fieldErrors: { changedOn: expect.any(Array), sourceTitle: expect.any(Array) } });
    expect((await db.prisoner.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DETAINED");
  });

  it("keeps one profile per slug", async () => {
    const first = await createProfile();
    const second = await createProfile();
    const state = await savePrisoner(IDLE, await editForm(second.slug, { slug: first.slug }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { slug: ["Another profile already uses this address name."] } });
    expect(await redirectOf(savePrisoner(IDLE, form(newProfile({ slug: first.slug }))))).toBeNull();
  });

  it("adds no timeline event when the status stays the same", async () => {
    const created = await createProfile();
    await redirectOf(savePrisoner(IDLE, await editForm(created.slug, { biography: "A volunteer and a teacher." })));
    expect(await db.timelineEvent.count({ where: { prisonerId: created.id } })).toBe(0);
    const entry = (await auditOf(created.id)).at(-1)!;
    expect(JSON.parse(entry.before!).biography).toBe("A volunteer.");
    expect(JSON.parse(entry.after!).biography).toBe("A volunteer and a teacher.");
  });
});
