import { revalidatePath } from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { form } from "../test/form";
import { adminForEveryTest, auditOf, IDLE, redirectOf, revalidated } from "../test/staff-session";
import { saveUpdate } from "./actions";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

adminForEveryTest();

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
