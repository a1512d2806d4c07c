import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { getPetition, listOpenPetitions } from "../petitions/queries";
import { getPrisonerProfile } from "../prisoners/queries";
import { form } from "../test/form";
import { createStaffRow } from "../test/rows";
import { actAs, adminForEveryTest, IDLE, redirectOf, revalidated } from "../test/staff-session";
import { saveTranslations } from "./actions";
import { getTranslationDocument } from "./queries";
import { translationKey } from "./schema";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const admin = adminForEveryTest();
// The seed translates its own content: these tests start from content nobody has translated yet.
beforeAll(() => db.contentTranslation.deleteMany());
const PERSON = "marfa-rabkova";
const PETITION = "release-all-political-prisoners";

/** The form the translation page would post, with `texts` typed into it. */
async function translationForm(
  kind: "prisoners" | "petitions" | "facts",
  slug: string,
  locale: "be" | "ru",
  texts: Record<string, string>,
) {
  const document = (await getTranslationDocument(kind, slug, locale))!;
  const fields = Object.fromEntries(document.items.map((item) => [item.key, item.text]));
  return { document, posted: form({ kind, slug, locale, version: document.version, ...fields, ...texts }) };
}

async function keyOf(kind: "prisoners" | "petitions", slug: string, field: string, locale: "be" | "ru" = "ru") {
  return (await getTranslationDocument(kind, slug, locale))!.items.find((item) => item.field === field)!.key;
}

describe("a staff translation", () => {
  it("shows on the Russian page, while the Belarusian page shows the English original, marked as such", async () => {
    const biography = await keyOf("prisoners", PERSON, "biography");
    const { posted } = await translationForm("prisoners", PERSON, "ru", {
      [biography]: "  Координатор волонтёрской службы\u200B «Весны».  ",
    });
    expect(await redirectOf(saveTranslations(IDLE, posted))).toBe(`/admin/content/translations/prisoners/${PERSON}/ru?saved=1`);
    expect(revalidated()).toEqual(expect.arrayContaining([`/ru/prisoners/${PERSON}`, `/be/prisoners/${PERSON}`]));

    const russian = (await getPrisonerProfile(PERSON, "ru"))!;
    // Cleaned like every stored text: trimmed, the invisible character gone.
    expect(russian.biography).toBe("Координатор волонтёрской службы «Весны».");
    expect(russian.untranslated).not.toContain("biography");
    expect(russian.untranslated).toContain("sentence");
    expect(russian.events.every((event) => event.untranslated.includes("text"))).toBe(true);

    const belarusian = (await getPrisonerProfile(PERSON, "be"))!;
    const english = (await getPrisonerProfile(PERSON, "en"))!;
    expect(belarusian.biography).toBe(english.biography);
    expect(belarusian.untranslated).toContain("biography");
    expect(english.untranslated).toEqual([]);

    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "translation.save", entityId: `prisoners/${PERSON}/ru` },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.actorId).toBe(admin.id);
    expect(JSON.parse(entry.after!)).toEqual({ Biography: "Координатор волонтёрской службы «Весны»." });
  });

  it("translates a petition on every list it appears in, and an emptied field shows the English again", async () => {
    const title = await keyOf("petitions", PETITION, "title", "be");
    await redirectOf(saveTranslations(IDLE, (await translationForm("petitions", PETITION, "be", { [title]: "Вызваліце ўсіх" })).posted));
    expect((await getPetition(PETITION, "be"))!.title).toBe("Вызваліце ўсіх");
    expect((await listOpenPetitions("be")).find((p) => p.slug === PETITION)!.title).toBe("Вызваліце ўсіх");

    await redirectOf(saveTranslations(IDLE, (await translationForm("petitions", PETITION, "be", { [title]: "" })).posted));
    const petition = (await getPetition(PETITION, "be"))!;
    expect(petition.title).toBe((await getPetition(PETITION, "en"))!.title);
    expect(petition.untranslated).toContain("title");
  });

  it("refuses a text over its limit with the field's message, and stores nothing of the form", async () => {
    const sentence = await keyOf("prisoners", PERSON, "sentence", "be");
    const biography = await keyOf("prisoners", PERSON, "biography", "be");
    const { posted } = await translationForm("prisoners", PERSON, "be", { [sentence]: "x".repeat(301), [biography]: "Каардынатарка" });
    const state = await saveTranslations(IDLE, posted);
    expect(state).toMatchObject({ status: "error", fieldErrors: { [sentence]: ["Use at most 300 characters."] } });
    expect((await getPrisonerProfile(PERSON, "be"))!.untranslated).toEqual(expect.arrayContaining(["biography", "sentence"]));
  });

  it("writes only the texts of the page it names: a key of another record in the form is ignored", async () => {
    const other = (await db.prisoner.findUniqueOrThrow({ where: { slug: "nasta-loika" }, select: { id: true } })).id;
    const foreign = translationKey("prisoner", other, "biography");
    const { posted } = await translationForm("prisoners", PERSON, "be", { [foreign]: "Чужы тэкст" });
    await redirectOf(saveTranslations(IDLE, posted));
    expect(await db.contentTranslation.count({ where: { subjectId: other } })).toBe(0);
  });

  it("refuses a save over another editor's newer work, and changes nothing", async () => {
    const court = await keyOf("prisoners", PERSON, "court");
    const first = await translationForm("prisoners", PERSON, "ru", { [court]: "Минский городской суд" });
    const second = await translationForm("prisoners", PERSON, "ru", { [court]: "Другой суд" });
    await redirectOf(saveTranslations(IDLE, first.posted));
    const state = await saveTranslations(IDLE, second.posted);
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/Someone changed these translations/) });
    const stored = await db.contentTranslation.findFirstOrThrow({ where: { locale: "ru", field: "court" } });
    expect(stored.text).toBe("Минский городской суд");
  });

  it("is refused to a moderator and to someone signed out, and a bad language or page changes nothing", async () => {
    const biography = await keyOf("prisoners", PERSON, "biography", "be");
    const { posted } = await translationForm("prisoners", PERSON, "be", { [biography]: "Не павінна захавацца" });
    await actAs(await createStaffRow("MODERATOR"));
    expect(await saveTranslations(IDLE, posted)).toEqual({ status: "forbidden" });
    await actAs(null);
    expect(await saveTranslations(IDLE, posted)).toEqual({ status: "forbidden" });
    await actAs(admin);
    expect(await saveTranslations(IDLE, form({ kind: "prisoners", slug: PERSON, locale: "en", version: "0-0" }))).toMatchObject({
      status: "error",
      fieldErrors: { locale: ["Choose Belarusian or Russian."] },
    });
    expect(await saveTranslations(IDLE, form({ kind: "prisoners", slug: "no-such-person", locale: "be", version: "0-0" }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/no longer exists/),
    });
    expect(await db.contentTranslation.count({ where: { text: "Не павінна захавацца" } })).toBe(0);
  });
});
