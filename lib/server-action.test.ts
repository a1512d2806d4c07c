import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { signIn } from "./auth/actions";
import { addModerationWord, postComment } from "./comments/actions";
import { newToken } from "./crypto";
import { db } from "./db";
import { countSentLetter } from "./letters/actions";
import { eraseMyData } from "./my-data/actions";
import { confirmSignatureAction, signPetition } from "./petitions/actions";
import { unsubscribeAction } from "./subscriptions/actions";
import { NOT_SAVED } from "./server-action";
import { emailHashOf } from "./supporters/identity";
import { form } from "./test/form";
import { testRequest } from "./test/next-headers";
import { createStaffRow, petitionRow, signatureData } from "./test/rows";
import { refuseWritesTo } from "./test/provider-sql";
import { actAs, IDLE, redirectOf } from "./test/staff-session";

// A database that refuses a write (a trigger that RAISEs, on the real test database) must leave
// the form with "nothing was saved, try again" and nothing half-written, never an error page:
// without JavaScript that answer is the page the supporter sees.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterAll(() => db.$disconnect());

const undoRefusals: (() => Promise<void>)[] = [];
/** Makes every insert into `table` fail, until the end of the test. */
async function refuseWrites(table: string, event: "INSERT" | "UPDATE" = "INSERT") {
  undoRefusals.push(await refuseWritesTo(db, table, event, "database unavailable"));
}
afterEach(async () => {
  for (const undo of undoRefusals.splice(0)) await undo();
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
    // The driver's code for the refusal: SQLITE_CONSTRAINT_TRIGGER, or Prisma's on PostgreSQL.
    expect(String(log.mock.calls[0]![0])).toMatch(
      /signPetition: the database refused or failed, nothing was saved \((SQLITE_CONSTRAINT_TRIGGER|P\d{4})\)/,
    );
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

describe("a mail link's button", () => {
  async function pendingSignature() {
    const petition = await petitionRow({ slug: `link-${randomUUID().slice(0, 8)}` });
    const { token, tokenHash } = newToken();
    const signature = await db.signature.create({
      data: {
        ...signatureData(petition.id, { name: "Ina Test", email: "ina@example.org", state: "PENDING" }),
        confirmTokenHash: tokenHash,
        tokenExpiresAt: new Date(Date.now() + 3_600_000),
      },
      select: { id: true },
    });
    return { token, id: signature.id };
  }

  it("comes back to the link's page saying nothing was saved when the write fails, and confirms once it works", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { token, id } = await pendingSignature();
    await refuseWrites("Signature", "UPDATE");
    expect(await redirectOf(confirmSignatureAction(form({ token })))).toBe(`/confirm/${token}?press=failed`);
    expect((await db.signature.findUniqueOrThrow({ where: { id }, select: { state: true } })).state).toBe("PENDING");
    for (const undo of undoRefusals.splice(0)) await undo();

    expect(await redirectOf(confirmSignatureAction(form({ token })))).toBe(`/confirm/${token}`);
    expect((await db.signature.findUniqueOrThrow({ where: { id }, select: { state: true } })).state).toBe("CONFIRMED");
    vi.mocked(console.error).mockRestore();
  });

  it("sends a token that is not one to the page that explains it, changing nothing", async () => {
    expect(await redirectOf(confirmSignatureAction(form({ token: "not a token" })))).toBe("/confirm/invalid");
    expect(await redirectOf(unsubscribeAction(form({})))).toBe("/unsubscribe/invalid");
    expect(await redirectOf(eraseMyData(form({ token: "x".repeat(43) })))).toBe("/my-data?link=invalid");
  });

  it("comes back in the language the button was pressed in", async () => {
    testRequest.locale = "be";
    expect(await redirectOf(confirmSignatureAction(form({ token: "not a token" })))).toBe("/be/confirm/invalid");
    testRequest.locale = "ru";
    expect(await redirectOf(eraseMyData(form({ token: "x".repeat(43) })))).toBe("/ru/my-data?link=invalid");
  });

  it("says sign-in is unavailable, and makes no session, when the database fails", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const staff = await createStaffRow("ADMIN", "a long passphrase for this");
    await refuseWrites("Session");
    const state = await signIn({ status: "idle" }, form({ email: staff.email, password: "a long passphrase for this" }));
    expect(state).toEqual({ status: "error", message: "unavailable", email: staff.email });
    expect(await db.session.count({ where: { userId: staff.id } })).toBe(0);
    vi.mocked(console.error).mockRestore();
  });
});

describe("a signature posted without JavaScript", () => {
  it("goes on to the petition's cached signed page in the form's language once it is taken", async () => {
    testRequest.fromScript = false;
    testRequest.locale = "be";
    const email = `plain-form-${randomUUID()}@example.org`;
    const signing = signPetition(IDLE, form({ petition: "free-nasta-loika", name: "Plain Form", email, country: "LT" }));
    const thrown = await signing.then(
      () => null,
      (error: { digest?: string }) => error.digest,
    );
    // Inside a real action Next answers 303 (e2e/sign-without-js.spec.ts); outside one, 307.
    expect(thrown).toMatch(/^NEXT_REDIRECT;[a-z]+;\/be\/petitions\/free-nasta-loika\/signed;30[37];/);
    expect(await db.signature.count({ where: { emailHash: emailHashOf(email) } })).toBe(1);
  });

  it("answers a refusal in place, with what was typed, storing nothing; called from the page's script, a success answers in place", async () => {
    testRequest.fromScript = false;
    const refused = await signPetition(
      IDLE,
      form({ petition: "free-nasta-loika", name: "Plain Form", email: "not-an-address", country: "LT" }),
    );
    expect(refused).toMatchObject({ status: "error", values: { email: "not-an-address" } });
    expect(await db.signature.count({ where: { emailHash: emailHashOf("not-an-address") } })).toBe(0);

    testRequest.fromScript = true;
    const email = `script-${randomUUID()}@example.org`;
    expect(await signPetition(IDLE, form({ petition: "free-nasta-loika", name: "With Script", email, country: "LT" }))).toEqual({
      status: "sent",
    });
  });
});
