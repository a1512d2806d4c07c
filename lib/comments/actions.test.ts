import { revalidatePath } from "next/cache";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { keyedHash } from "../crypto";
import { db } from "../db";
import { form } from "../test/form";
import { testRequest as request } from "../test/next-headers";
import { postComment, reportComment } from "./actions";
import { addWord } from "./mutations";
import { getCommentSection } from "./queries";

// The actions read the client's address from the request (lib/test/next-headers.ts). Each
// test posts from its own address, so rate limits and duplicates never leak between tests.
// Revalidation needs a running Next server; here we only record which pages would be refreshed.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterAll(() => db.$disconnect());

let counter = 0;
function newAddress(): string {
  counter++;
  request.ip = `198.51.100.${counter}`;
  return request.ip;
}
beforeEach(() => {
  newAddress();
  vi.mocked(revalidatePath).mockClear();
});

const PROFILE = "prisoner:nasta-loika";
const POST_MODERATED = "prisoner:ales-bialiatski";

const post = (fields: { page?: string; name?: string; message: string; website?: string }) =>
  postComment({ status: "idle" }, form({ page: PROFILE, name: "Alena", ...fields }));
const report = (comment: string, reason = "offensive") => reportComment({ status: "idle" }, form({ comment, reason }));
const shown = async (page: string) => {
  const [kind, slug] = page.split(":") as ["prisoner" | "update", string];
  return ((await getCommentSection({ kind, slug }))?.comments ?? []).map((c) => c.body);
};
const stored = (body: string) =>
  db.comment.findFirst({ where: { body }, select: { id: true, state: true, flagReason: true, ipHash: true } });

describe("posting a message", () => {
  it("stores the language of the page it was written on, never one the form names", async () => {
    request.locale = "be";
    const belarusian = `Трымайся, Наста! ${Date.now()}`;
    expect(await postComment({ status: "idle" }, form({ page: PROFILE, name: "Алена", message: belarusian, locale: "ru" }))).toEqual({
      status: "pending",
    });
    expect(await db.comment.findFirst({ where: { body: belarusian }, select: { locale: true } })).toEqual({ locale: "be" });

    request.locale = "ru";
    const russian = `Держись, Наста! ${Date.now()}`;
    await post({ message: russian });
    expect(await db.comment.findFirst({ where: { body: russian }, select: { locale: true } })).toEqual({ locale: "ru" });
  });

  it("stores English for a page in no language of the site", async () => {
    request.locale = "de" as never;
    const message = `Stay strong. ${Date.now()}`;
    await post({ message });
    expect(await db.comment.findFirst({ where: { body: message }, select: { locale: true } })).toEqual({ locale: "en" });
  });

  it("holds a message on a pre-moderated page and shows it nowhere yet", async () => {
    const message = `Stay strong, Nasta.\nWe are with you. ${Date.now()}`;
    expect(await post({ message })).toEqual({ status: "pending" });
    const row = await stored(message);
    expect(row).toMatchObject({ state: "PENDING", flagReason: null });
    // The address is kept only as its keyed hash.
    expect(row!.ipHash).toBe(keyedHash("ip", request.ip));
    expect(JSON.stringify(row)).not.toContain(request.ip);
    expect(await shown(PROFILE)).not.toContain(message);
  });

  it("publishes at once on a post-moderated page and refreshes that page", async () => {
    await db.prisoner.update({ where: { slug: "ales-bialiatski" }, data: { moderation: "POST" } });
    const message = "Welcome home, Ales!";
    expect(await post({ page: POST_MODERATED, message })).toEqual({ status: "published" });
    expect((await stored(message))!.state).toBe("APPROVED");
    expect(await shown(POST_MODERATED)).toContain(message);
    expect(vi.mocked(revalidatePath).mock.calls.map(([path]) => path)).toEqual(expect.arrayContaining(["/prisoners/ales-bialiatski"]));
  });

  it("keeps a message with a suspect word waiting, with its reason, even on a post-moderated page", async () => {
    await db.prisoner.update({ where: { slug: "ales-bialiatski" }, data: { moderation: "POST" } });
    const message = "Donate in bitcoin to the families";
    expect(await post({ page: POST_MODERATED, message })).toEqual({ status: "pending" });
    expect(await stored(message)).toMatchObject({ state: "PENDING", flagReason: "Suspect words: bitcoin" });
    expect(await shown(POST_MODERATED)).not.toContain(message);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a banned word with a clear message, keeps what was typed, and stores nothing", async () => {
    const before = await db.comment.count();
    const state = await post({ message: "You are all пидорасы" });
    expect(state).toEqual({
      status: "error",
      fieldErrors: { message: ["bannedWords"] },
      values: { name: "Alena", message: "You are all пидорасы" },
    });
    expect(await db.comment.count()).toBe(before);
  });

  it("applies a word an admin adds to the very next message", async () => {
    const admin = await db.staffUser.create({ data: { email: "words-admin@staff.test", role: "ADMIN" }, select: { id: true } });
    expect(await post({ message: "Greetings from the grumbleweed" })).toEqual({ status: "pending" });
    await addWord(
      { id: admin.id, email: "words-admin@staff.test", name: null, role: "ADMIN" },
      { term: "Grumbleweed", language: "en", kind: "BANNED" },
    );
    newAddress();
    expect(await post({ message: "More grumbleweed" })).toMatchObject({ status: "error", fieldErrors: { message: ["bannedWords"] } });
  });

  it("refuses the same message twice from one address", async () => {
    const message = "Thinking of you every day, Marfa.";
    expect(await post({ message })).toEqual({ status: "pending" });
    expect(await post({ message: `  ${message.toUpperCase()} ` })).toMatchObject({
      status: "error",
      fieldErrors: { message: ["duplicate"] },
    });
    newAddress();
    expect(await post({ message })).toEqual({ status: "pending" });
  });

  it("stores a blocked author's message as rejected and answers exactly as for anyone else", async () => {
    await db.blockedAuthor.create({ data: { ipHash: keyedHash("ip", request.ip), reason: "test" } });
    const message = "A message from a blocked address";
    expect(await post({ message })).toEqual({ status: "pending" });
    const row = await db.comment.findFirstOrThrow({
      where: { body: message },
      select: { state: true, decisions: { select: { action: true, staffId: true } } },
    });
    expect(row).toEqual({ state: "REJECTED", decisions: [{ action: "auto-blocked", staffId: null }] });
    // On a post-moderated page too: the author is never told "published", and nothing shows.
    await db.prisoner.update({ where: { slug: "ales-bialiatski" }, data: { moderation: "POST" } });
    expect(await post({ page: POST_MODERATED, message: "Another try from the blocked address" })).toEqual({ status: "pending" });
    expect(await shown(POST_MODERATED)).not.toContain("Another try from the blocked address");
  });

  it("stops an address after five messages in ten minutes, with a clear message", async () => {
    const answers = [];
    for (let i = 1; i <= 6; i++) answers.push(await post({ message: `Message number ${i} of solidarity` }));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill({ status: "pending" }));
    expect(answers[5]).toMatchObject({ status: "error", message: "rateLimited" });
    expect(await stored("Message number 6 of solidarity")).toBeNull();
    // Another address is not affected.
    newAddress();
    expect(await post({ message: "Message number 6 of solidarity" })).toEqual({ status: "pending" });
  });

  it("answers fields with their messages, a bot in the honeypot like a person, and an unknown page with an error", async () => {
    const before = await db.comment.count();
    expect(await post({ name: "", message: "x".repeat(2001) })).toMatchObject({
      status: "error",
      fieldErrors: { name: ["nameRequired"], message: ["messageTooLong"] },
    });
    expect(await post({ message: "Cheap pills", website: "http://spam.example" })).toEqual({ status: "pending" });
    expect(await post({ page: "prisoner:no-such-person", message: "Hello" })).toMatchObject({ status: "error", message: "unknownPage" });
    expect(await post({ page: "<script>", message: "Hello" })).toMatchObject({ status: "error", fieldErrors: { page: ["unknownPage"] } });
    expect(await db.comment.count()).toBe(before);
  });
});

describe("reporting a message", () => {
  async function approvedMessage(body: string) {
    const prisoner = await db.prisoner.findUniqueOrThrow({ where: { slug: "marfa-rabkova" }, select: { id: true } });
    return db.comment.create({ data: { prisonerId: prisoner.id, authorName: "Someone", body, state: "APPROVED" }, select: { id: true } });
  }

  it("hides a message after three reports from three addresses, back into the queue", async () => {
    const { id } = await approvedMessage("A message three people find offensive");
    expect(await shown("prisoner:marfa-rabkova")).toContain("A message three people find offensive");
    expect(await report(id)).toEqual({ status: "sent", comment: id });
    // The same address reporting again is thanked and counted once.
    expect(await report(id, "spam")).toEqual({ status: "sent", comment: id });
    newAddress();
    expect(await report(id, "spam")).toEqual({ status: "sent", comment: id });
    let row = await db.comment.findUniqueOrThrow({ where: { id }, select: { state: true, reportCount: true } });
    expect(row).toEqual({ state: "APPROVED", reportCount: 2 });
    expect(revalidatePath).not.toHaveBeenCalled();

    newAddress();
    expect(await report(id, "other")).toEqual({ status: "sent", comment: id });
    row = await db.comment.findUniqueOrThrow({ where: { id }, select: { state: true, reportCount: true } });
    expect(row).toEqual({ state: "PENDING", reportCount: 3 });
    expect(await shown("prisoner:marfa-rabkova")).not.toContain("A message three people find offensive");
    expect(vi.mocked(revalidatePath).mock.calls.map(([path]) => path)).toContain("/prisoners/marfa-rabkova");
    const reports = await db.commentReport.findMany({ where: { commentId: id }, select: { reason: true } });
    expect(reports.map((r) => r.reason).sort()).toEqual(["offensive", "other", "spam"]);
  });

  it("needs a reason, and limits how many reports one address sends", async () => {
    const { id } = await approvedMessage("A message reported a lot");
    expect(await reportComment({ status: "idle" }, form({ comment: id }))).toEqual({
      status: "error",
      message: "reasonRequired",
      comment: id,
    });
    expect(await reportComment({ status: "idle" }, form({ comment: id, reason: "because" }))).toEqual({
      status: "error",
      message: "reasonRequired",
      comment: id,
    });
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await report(id));
    expect(answers.slice(0, 10).every((a) => a.status === "sent")).toBe(true);
    expect(answers[10]).toEqual({ status: "error", message: "reportRateLimited", comment: id });
  });

  it("answers an unknown message with an error and writes nothing", async () => {
    const before = await db.commentReport.count();
    expect(await report("no-such-comment")).toEqual({ status: "error", message: "unknownComment", comment: "no-such-comment" });
    expect(await db.commentReport.count()).toBe(before);
  });
});
