import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "../auth/options";
import { db } from "../db";
import { form } from "../test/form";
import { testRequest } from "../test/next-headers";
import { createStaffRow, type TestStaff } from "../test/rows";
import { actAs } from "../test/staff-session";
import * as actions from "./actions";
import type { StaffState } from "./schema";

// Every staff action is a public endpoint: anyone can post to it. Each one is called here as an
// anonymous visitor, a moderator and an admin, with a real next-auth session cookie for staff rows
// in this file's database, and the database is compared before and after.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterAll(() => db.$disconnect());

type Role = "ADMIN" | "MODERATOR";
/** A staff member, or null for an anonymous visitor. */
type Caller = TestStaff | null;

// --- Fixtures: each call gets its own fresh target --------------------------------------------

async function comment(state: "PENDING" | "APPROVED" | "REJECTED", extra: { reportCount?: number } = {}) {
  const prisoner = await db.prisoner.findUniqueOrThrow({ where: { slug: "nasta-loika" }, select: { id: true } });
  const row = await db.comment.create({
    data: { prisonerId: prisoner.id, authorName: "Author", body: `Message ${randomUUID()}`, state, ipHash: randomUUID(), ...extra },
    select: { id: true },
  });
  return row.id;
}

async function word() {
  const row = await db.moderationWord.create({ data: { term: `zzword${randomUUID().slice(0, 8)}`, language: "en", kind: "SUSPECT" } });
  return row.id;
}

type StaffAction = (previous: StaffState, formData: FormData) => Promise<StaffState>;

interface Case {
  action: StaffAction;
  role: Role;
  form: () => Promise<Record<string, string | string[]>>;
}

const CASES: Record<string, Case> = {
  approveComment: { action: actions.approveComment, role: "MODERATOR", form: async () => ({ comment: await comment("PENDING") }) },
  rejectComment: {
    action: actions.rejectComment,
    role: "MODERATOR",
    form: async () => ({ comment: await comment("PENDING"), reason: "spam" }),
  },
  restoreComment: { action: actions.restoreComment, role: "MODERATOR", form: async () => ({ comment: await comment("REJECTED") }) },
  bulkModerate: {
    action: actions.bulkModerate,
    role: "MODERATOR",
    form: async () => ({
      decision: "reject",
      reason: "off-topic",
      comments: [await comment("PENDING"), await comment("APPROVED", { reportCount: 2 })],
    }),
  },
  blockAuthor: { action: actions.blockAuthor, role: "MODERATOR", form: async () => ({ comment: await comment("PENDING") }) },
  setModerationMode: {
    action: actions.setModerationMode,
    role: "ADMIN",
    form: async () => {
      const current = await db.update.findFirstOrThrow({ select: { slug: true, moderation: true } });
      return { page: `update:${current.slug}`, mode: current.moderation === "PRE" ? "POST" : "PRE" };
    },
  },
  addModerationWord: {
    action: actions.addModerationWord,
    role: "ADMIN",
    form: async () => ({ term: `newword${randomUUID().slice(0, 8)}`, language: "be", kind: "BANNED" }),
  },
  deleteModerationWord: { action: actions.deleteModerationWord, role: "ADMIN", form: async () => ({ word: await word() }) },
};

/** Everything a staff action can change. */
async function snapshot() {
  const [comments, decisions, audit, blocked, words, prisoners, updates] = await Promise.all([
    db.comment.findMany({ select: { id: true, state: true, reportCount: true, moderatedAt: true }, orderBy: { id: "asc" } }),
    db.moderationDecision.count(),
    db.auditLog.count(),
    db.blockedAuthor.count(),
    db.moderationWord.findMany({ select: { id: true, term: true, kind: true }, orderBy: { id: "asc" } }),
    db.prisoner.findMany({ select: { slug: true, moderation: true }, orderBy: { slug: "asc" } }),
    db.update.findMany({ select: { slug: true, moderation: true }, orderBy: { slug: "asc" } }),
  ]);
  return { comments, decisions, audit, blocked, words, prisoners, updates };
}

async function call(name: string, caller: Caller) {
  const fields = await CASES[name]!.form();
  await actAs(caller);
  const before = await snapshot();
  const auditBefore = await db.auditLog.count();
  const state = await CASES[name]!.action({ status: "idle" }, form(fields));
  const after = await snapshot();
  const audit = await db.auditLog.findMany({ select: { actorId: true }, orderBy: { createdAt: "asc" }, skip: auditBefore });
  return { state, changed: JSON.stringify(before) !== JSON.stringify(after), audit };
}

let moderator: TestStaff;
let admin: TestStaff;
const anonymous: Caller = null;
beforeEach(async () => {
  moderator = await createStaffRow("MODERATOR");
  admin = await createStaffRow("ADMIN");
});

describe("staff actions", () => {
  it("are all covered here: every export but the two public ones", () => {
    const exported = Object.keys(actions).filter((name) => !["postComment", "reportComment"].includes(name));
    expect(exported.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const name of Object.keys(CASES)) {
    const { role } = CASES[name]!;
    describe(name, () => {
      it("refuses an anonymous caller and changes nothing", async () => {
        const result = await call(name, anonymous);
        expect(result.state).toEqual({ status: "forbidden" });
        expect(result.changed).toBe(false);
      });

      it(
        role === "ADMIN" ? "refuses a moderator and changes nothing" : "lets a moderator decide, audit-logged under their id",
        async () => {
          const result = await call(name, moderator);
          if (role === "ADMIN") {
            expect(result.state).toEqual({ status: "forbidden" });
            expect(result.changed).toBe(false);
          } else {
            expect(result.state).toMatchObject({ status: "done" });
            expect(result.changed).toBe(true);
            expect(result.audit.length).toBeGreaterThan(0);
            expect(result.audit.every((entry) => entry.actorId === moderator.id)).toBe(true);
          }
        },
      );

      it("lets an admin act, audit-logged under their id", async () => {
        const result = await call(name, admin);
        expect(result.state).toMatchObject({ status: "done" });
        expect(result.changed).toBe(true);
        expect(result.audit.length).toBeGreaterThan(0);
        expect(result.audit.every((entry) => entry.actorId === admin.id)).toBe(true);
      });
    });
  }

  it("refuses a forged session token", async () => {
    const fields = await CASES.approveComment!.form();
    const token = await encode({ secret: "another-secret-0123456789abcdef0123456789", token: { sub: admin.id! } });
    testRequest.jar.set(SESSION_COOKIE, token);
    const before = await snapshot();
    expect(await actions.approveComment({ status: "idle" }, form(fields))).toEqual({ status: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("access is read from the database on every call", () => {
  it("refuses a moderator deactivated since signing in, on the next call", async () => {
    expect((await call("approveComment", moderator)).state).toMatchObject({ status: "done" });
    await db.staffUser.update({ where: { id: moderator.id! }, data: { active: false } });
    const result = await call("approveComment", moderator);
    expect(result.state).toEqual({ status: "forbidden" });
    expect(result.changed).toBe(false);
  });

  it("refuses an admin demoted to moderator the admin actions, on the next call", async () => {
    expect((await call("addModerationWord", admin)).state).toMatchObject({ status: "done" });
    await db.staffUser.update({ where: { id: admin.id! }, data: { role: "MODERATOR" } });
    const result = await call("addModerationWord", admin);
    expect(result.state).toEqual({ status: "forbidden" });
    expect(result.changed).toBe(false);
    // Still a moderator: moderating works.
    expect((await call("approveComment", admin)).state).toMatchObject({ status: "done" });
  });

  it("refuses a staff member deleted since signing in", async () => {
    const gone = await createStaffRow("ADMIN");
    await db.staffUser.delete({ where: { id: gone.id! } });
    const result = await call("rejectComment", gone);
    expect(result.state).toEqual({ status: "forbidden" });
    expect(result.changed).toBe(false);
  });
});
