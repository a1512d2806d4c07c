import { describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { form } from "../test/form";
import { adminForEveryTest, auditOf, IDLE, redirectOf, revalidated } from "../test/staff-session";
import { savePetition } from "./actions";
import { getPetition } from "./queries";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

adminForEveryTest();

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
