import { revalidatePath } from "next/cache";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { getPetition } from "../petitions/queries";
import { getPrisonerProfile, searchPrisoners } from "../prisoners/queries";
import { savePetition, savePrisoner, saveUpdate } from "./actions";
import { actAs, createStaffRow, fakeNextHeaders, form, redirectOf, type TestStaff } from "./test-staff-session";

vi.mock("next/headers", async () => (await import("./test-staff-session")).fakeNextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
void fakeNextHeaders;

afterAll(() => db.$disconnect());

let admin: TestStaff;
beforeAll(async () => {
  admin = await createStaffRow("ADMIN");
});
beforeEach(async () => {
  vi.mocked(revalidatePath).mockClear();
  await actAs(admin);
});

const IDLE = { status: "idle" } as const;
const revalidated = () => vi.mocked(revalidatePath).mock.calls.map(([path]) => path);
const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

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

/** The edit form of a profile as it is posted back, with changes. */
async function editForm(slug: string, changes: Record<string, string>) {
  const p = await db.prisoner.findUniqueOrThrow({ where: { slug }, include: { spellings: true } });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return form({
    id: p.id,
    previousStatus: p.status,
    slug: p.slug,
    nameLatin: p.nameLatin,
    nameBelarusian: p.nameBelarusian ?? "",
    nameRussian: p.nameRussian ?? "",
    otherSpellings: "en: Anna Testova",
    status: p.status,
    detainedOn: day(p.detainedOn),
    releasedOn: day(p.releasedOn),
    sentence: p.sentence ?? "",
    court: p.court ?? "",
    biography: p.biography ?? "",
    ...changes,
  });
}

describe("savePrisoner", () => {
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

describe("saveUpdate", () => {
  it("publishes an update linked to people, with an audit entry, and revalidates the feed and their profiles", async () => {
    const fields = {
      slug: "content-test-update",
      title: "News of Marfa",
      summary: "A short summary.",
      body: "## What happened\n\nA paragraph.\n\n* one\n* two",
      publishedAt: "2026-01-05",
      prisoners: ["marfa-rabkova", "nasta-loika"],
    };
    expect(await redirectOf(saveUpdate(IDLE, form(fields)))).toBe("/admin/content/updates/content-test-update?saved=1");
    const update = await db.update.findUniqueOrThrow({ where: { slug: fields.slug }, include: { prisoners: { select: { slug: true } } } });
    expect(update.prisoners.map((p) => p.slug).sort()).toEqual(["marfa-rabkova", "nasta-loika"]);
    expect(revalidated()).toEqual(
      expect.arrayContaining(["/updates/feed.xml", "/en/updates/content-test-update", "/en/updates", "/en/prisoners/marfa-rabkova"]),
    );

    vi.mocked(revalidatePath).mockClear();
    await redirectOf(saveUpdate(IDLE, form({ ...fields, id: update.id, title: "News of Marfa Rabkova", prisoners: ["nasta-loika"] })));
    const entry = (await auditOf(update.id)).at(-1)!;
    expect(entry.action).toBe("update.update");
    expect(JSON.parse(entry.before!)).toMatchObject({ title: "News of Marfa", prisoners: ["marfa-rabkova", "nasta-loika"] });
    expect(JSON.parse(entry.after!)).toMatchObject({ title: "News of Marfa Rabkova", prisoners: ["nasta-loika"] });
    // The person no longer linked is revalidated too: their profile listed the update.
    expect(revalidated()).toContain("/en/prisoners/marfa-rabkova");
  });

  it("refuses a link to a person who does not exist", async () => {
    const state = await saveUpdate(
      IDLE,
      form({ slug: "content-test-ghost", title: "T", summary: "S", body: "B", publishedAt: "2026-01-05", prisoners: ["no-such-person"] }),
    );
    expect(state).toMatchObject({ status: "error", fieldErrors: { prisoners: [expect.stringMatching(/no-such-person/)] } });
    expect(await db.update.count({ where: { slug: "content-test-ghost" } })).toBe(0);
  });
});

describe("savePetition", () => {
  async function petitionForm(slug: string, changes: Record<string, string | string[]>) {
    const p = await db.petition.findUniqueOrThrow({ where: { slug }, include: { prisoners: { select: { slug: true } } } });
    return form({
      id: p.id,
      slug: p.slug,
      title: p.title,
      summary: p.summary,
      body: p.body,
      target: p.target,
      goal: String(p.goal),
      state: p.state,
      prisoners: p.prisoners.map((x) => x.slug),
      ...changes,
    });
  }

  it("closes a petition (closedAt set), opens it again (cleared), and audits both", async () => {
    const slug = "free-marfa-rabkova";
    const before = await db.petition.findUniqueOrThrow({ where: { slug } });
    await redirectOf(savePetition(IDLE, await petitionForm(slug, { state: "CLOSED", goal: "7500" })));
    const closed = await db.petition.findUniqueOrThrow({ where: { slug } });
    expect(closed).toMatchObject({ state: "CLOSED", goal: 7500, confirmedCount: before.confirmedCount });
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect((await getPetition(slug))?.state).toBe("CLOSED");
    expect(revalidated()).toEqual(expect.arrayContaining([`/en/petitions/${slug}`, "/en/act", "/en/prisoners/marfa-rabkova"]));

    await redirectOf(savePetition(IDLE, await petitionForm(slug, { state: "OPEN" })));
    expect((await db.petition.findUniqueOrThrow({ where: { slug } })).closedAt).toBeNull();
    const [close, reopen] = (await auditOf(before.id)).slice(-2);
    expect(JSON.parse(close!.before!)).toMatchObject({ state: "OPEN", goal: before.goal, closedAt: null });
    expect(JSON.parse(close!.after!)).toMatchObject({ state: "CLOSED", goal: 7500, closedAt: closed.closedAt!.toISOString() });
    expect(JSON.parse(reopen!.after!)).toMatchObject({ state: "OPEN", closedAt: null });
  });

  it("refuses a goal that is not a positive whole number, changing nothing", async () => {
    const slug = "free-nasta-loika";
    const before = await db.petition.findUniqueOrThrow({ where: { slug } });
    const state = await savePetition(IDLE, await petitionForm(slug, { goal: "-3", title: "Changed" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { goal: [expect.stringMatching(/whole number/)] } });
    expect(await db.petition.findUniqueOrThrow({ where: { slug } })).toEqual(before);
  });

  it("creates a petition that starts open with no signatures", async () => {
    const url = await redirectOf(
      savePetition(
        IDLE,
        form({ slug: "content-test-petition", title: "Free everyone", summary: "S", body: "B", target: "T", goal: "100", state: "OPEN" }),
      ),
    );
    expect(url).toBe("/admin/content/petitions/content-test-petition?saved=1");
    expect(await db.petition.findUniqueOrThrow({ where: { slug: "content-test-petition" } })).toMatchObject({
      state: "OPEN",
      confirmedCount: 0,
      goal: 100,
      closedAt: null,
    });
  });
});
