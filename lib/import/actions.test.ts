import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { actAs, redirectOf } from "../test/staff-session";
import { createStaffRow, type TestStaff } from "../test/rows";
import { applyStagedImport, uploadImport } from "./actions";
import { appliedImport, stagedPlan } from "./queries";
import { syntheticCsv } from "./synthetic";

// The staff import page's actions on a real database (SQLite and PostgreSQL): admins only, the
// dry run staged and audited, "Apply" writing exactly the plan shown or showing the new one.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
process.env.IMPORT_STAGING_DIR = mkdtempSync(join(tmpdir(), "import-staging-test-"));

let admin: TestStaff;
let moderator: TestStaff;
beforeAll(async () => {
  admin = await createStaffRow("ADMIN");
  moderator = await createStaffRow("MODERATOR");
});
afterAll(() => db.$disconnect());

function upload(bytes: Buffer, name = "people.csv"): FormData {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name, { type: "text/csv" }));
  return form;
}
function applyForm(file: string, plan: string): FormData {
  const form = new FormData();
  form.append("file", file);
  form.append("plan", plan);
  return form;
}
const hashOf = (url: string | null) => /file=([0-9a-f]{64})/.exec(url ?? "")?.[1] ?? "";
const synthetic = () => db.prisoner.count({ where: { nameLatin: { startsWith: "Synthetic Person" } } });
// Each test's own people: Synthetic Person 00101… for the first, 00201… for the second, ….
const edit = (test: number) => (n: number) => ({ nameLatin: `Synthetic Person ${String(n + test * 100).padStart(5, "0")}` });

describe("the import page's actions", () => {
  it("refuse a moderator (the forbidden page) and write nothing, neither the dry run nor the apply", async () => {
    await actAs(admin);
    const staged = hashOf(await redirectOf(uploadImport(upload(syntheticCsv(5, edit(1))))));
    const plan = (await stagedPlan(admin.id, staged))!.digest;
    const before = { people: await synthetic(), audit: await db.auditLog.count() };

    await actAs(moderator);
    expect(await redirectOf(uploadImport(upload(syntheticCsv(5, edit(1)))))).toBe("/admin/forbidden");
    expect(await redirectOf(applyStagedImport(applyForm(staged, plan)))).toBe("/admin/forbidden");
    await actAs(null);
    expect(await redirectOf(applyStagedImport(applyForm(staged, plan)))).toBe("/admin/forbidden");
    expect({ people: await synthetic(), audit: await db.auditLog.count() }).toEqual(before);
    // The moderator's upload was not staged: no plan under their id.
    expect(await stagedPlan(moderator.id, staged)).toBeNull();
  });

  it("dry-run (audited, nothing written), then apply exactly that file; the same file again is all unchanged", async () => {
    await actAs(admin);
    const file = syntheticCsv(40, edit(2));
    const people = await synthetic();
    const url = await redirectOf(uploadImport(upload(file)));
    expect(url).toMatch(/^\/admin\/import\?file=[0-9a-f]{64}$/);
    const hash = hashOf(url);
    expect(await synthetic()).toBe(people);
    const dryRun = await db.auditLog.findFirstOrThrow({ where: { action: "prisoner.import.dry-run", entityId: hash } });
    expect(dryRun.actorId).toBe(admin.id);
    const staged = (await stagedPlan(admin.id, hash))!;
    expect(staged.plan.counts).toEqual({ create: 40, update: 0, unchanged: 0, conflict: 0, refused: 0 });
    // Another admin cannot apply this admin's upload.
    expect(await stagedPlan(moderator.id, hash)).toBeNull();

    expect(await redirectOf(applyStagedImport(applyForm(hash, staged.digest)))).toBe(`/admin/import?applied=${hash}`);
    expect(await synthetic()).toBe(people + 40);
    expect(await appliedImport(admin.id, hash)).toMatchObject({ name: "people.csv", counts: { create: 40 } });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "prisoner.import", entityId: hash } });
    expect(entry.actorId).toBe(admin.id);
    // Applied once: the staged file is gone, a second press does not import it again.
    expect(await redirectOf(applyStagedImport(applyForm(hash, staged.digest)))).toBe("/admin/import?refused=expired");

    const again = hashOf(await redirectOf(uploadImport(upload(file))));
    expect((await stagedPlan(admin.id, again))!.plan.counts).toEqual({ create: 0, update: 0, unchanged: 40, conflict: 0, refused: 0 });
  });

  it("shows the new plan instead of applying when the database changed since the dry run", async () => {
    await actAs(admin);
    const file = syntheticCsv(10, edit(3));
    const hash = hashOf(await redirectOf(uploadImport(upload(file))));
    const shown = (await stagedPlan(admin.id, hash))!;
    expect(shown.plan.counts.create).toBe(10);
    // Meanwhile someone adds one of these people by hand.
    await db.prisoner.create({
      data: {
        slug: "synthetic-person-00305",
        nameLatin: "Synthetic Person 00305",
        status: "DETAINED",
        searchKey: "|synthetic person 00305|",
      },
    });
    const before = { people: await synthetic(), audit: await db.auditLog.count({ where: { action: { startsWith: "prisoner.import" } } }) };

    expect(await redirectOf(applyStagedImport(applyForm(hash, shown.digest)))).toBe(`/admin/import?file=${hash}&changed=1`);
    expect({ people: await synthetic(), audit: await db.auditLog.count({ where: { action: { startsWith: "prisoner.import" } } }) }).toEqual(
      before,
    );
    const now = (await stagedPlan(admin.id, hash))!;
    expect(now.digest).not.toBe(shown.digest);
    expect(now.plan.counts).toMatchObject({ create: 9, conflict: 1 });
    // The new plan, applied as shown, goes through.
    expect(await redirectOf(applyStagedImport(applyForm(hash, now.digest)))).toBe(`/admin/import?applied=${hash}`);
  });

  it("cannot apply a file with a refused row, and refuses a file over 10 MB in words", async () => {
    await actAs(admin);
    const bad = syntheticCsv(10, (n) => ({ ...edit(4)(n), ...(n === 7 ? { detainedOn: "2021-02-30" } : {}) }));
    const hash = hashOf(await redirectOf(uploadImport(upload(bad))));
    const staged = (await stagedPlan(admin.id, hash))!;
    expect(staged.plan.rows.find((r) => r.kind === "refused")).toMatchObject({ where: "line 8" });
    const before = { people: await synthetic(), audit: await db.auditLog.count({ where: { action: { startsWith: "prisoner.import" } } }) };
    expect(await redirectOf(applyStagedImport(applyForm(hash, staged.digest)))).toBe(`/admin/import?file=${hash}&not-applied=1`);

    const big = Buffer.alloc(10 * 1024 * 1024 + 1, "a");
    expect(await redirectOf(uploadImport(upload(big)))).toBe("/admin/import?refused=too-large");
    expect(await redirectOf(uploadImport(new FormData()))).toBe("/admin/import?refused=empty");
    expect(await redirectOf(applyStagedImport(applyForm("not-a-hash", "x")))).toBe("/admin/import?refused=expired");
    expect({ people: await synthetic(), audit: await db.auditLog.count({ where: { action: { startsWith: "prisoner.import" } } }) }).toEqual(
      before,
    );
  });
});
