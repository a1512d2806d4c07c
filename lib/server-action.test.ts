import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { addModerationWord, postComment } from "./comments/actions";
import { db } from "./db";
import { countSentLetter } from "./letters/actions";
import { signPetition } from "./petitions/actions";
import { NOT_SAVED } from "./server-action";
import { emailHashOf } from "./supporters/identity";
import { form } from "./test/form";
import { createStaffRow } from "./test/rows";
import { actAs, IDLE } from "./test/staff-session";

// A database that refuses a write (a trigger that RAISEs, on the real test database) must leave
// the form with "nothing was saved, try again" and nothing half-written, never an error page:
// without JavaScript that answer is the page the supporter sees.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterAll(() => db.$disconnect());

const triggers: string[] = [];
/** Makes every insert into `table` fail, until the end of the test. */
async function refuseWrites(table: string, event: "INSERT" | "UPDATE" = "INSERT") {
  const name = `refuse_${table}_${event}`.toLowerCase();
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE ${event} ON "${table}" BEGIN SELECT RAISE(ABORT, 'database unavailable'); END`);
  triggers.push(name);
}
afterEach(async () => {
  for (const name of triggers.splice(0)) await db.$executeRawUnsafe(`DROP TRIGGER ${name}`);
});

describe("a failed write", () => {
  it("answers a signature with 'nothing was saved', keeps what was typed, and stores no signature", async () => {
    await refuseWrites("OutboxMessage");
    const email = "failed-write@example.org";
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await signPetition(
      IDLE,
      form({ petition: "free-nasta-loika", name: "Alena Test", email, country: "LT", showName: "on" }),
    );
    expect(state).toEqual({
      status: "error",
      message: "notSaved",
      values: { name: "Alena Test", email, country: "LT", showName: true, subscribe: false },
    });
    expect(await db.signature.count({ where: { emailHash: emailHashOf(email) } })).toBe(0);
    // One line, naming the action and the failure, never the supporter.
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toMatch(/signPetition.*SQLITE_CONSTRAINT_TRIGGER/);
    expect(String(log.mock.calls[0]![0])).not.toMatch(/alena|example\.org/i);
    log.mockRestore();
    // The file's first action call loads the whole signing path: slow on a loaded machine.
  }, 20_000);

  it("answers a message of solidarity and a letter count the same way", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    await refuseWrites("Comment");
    const prisoner = await db.prisoner.findFirstOrThrow({ where: { status: "DETAINED" }, select: { slug: true } });
    const comment = await postComment(
      IDLE,
      form({ page: `prisoner:${prisoner.slug}`, name: "Hanna", message: "We remember you and we are waiting for you." }),
    );
    expect(comment).toMatchObject({ status: "error", message: "notSaved", values: { name: "Hanna" } });

    await refuseWrites("LetterCount");
    await refuseWrites("LetterCount", "UPDATE");
    const before = await db.letterCount.findMany();
    expect(await countSentLetter(IDLE, form({ prisoner: prisoner.slug }))).toEqual({ status: "error", message: "notSaved" });
    expect(await db.letterCount.findMany()).toEqual(before);
    vi.mocked(console.error).mockRestore();
  });

  it("answers a staff form in its own words, changing nothing", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    await actAs(await createStaffRow("ADMIN"));
    await refuseWrites("AuditLog");
    const state = await addModerationWord(IDLE, form({ term: "failedwrite", language: "en", kind: "BANNED" }));
    expect(state).toEqual({ status: "error", message: NOT_SAVED });
    expect(await db.moderationWord.count({ where: { term: "failedwrite" } })).toBe(0);
    vi.mocked(console.error).mockRestore();
  });
});
