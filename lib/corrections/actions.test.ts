import { revalidatePath } from "next/cache";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { decrypt } from "../crypto";
import { db } from "../db";
import { eraseSupporterData } from "../my-data/mutations";
import { emailHashOf } from "../supporters/identity";
import { everyColumn } from "../test/every-column";
import { form } from "../test/form";
import { testRequest as request } from "../test/next-headers";
import { createStaffRow } from "../test/rows";
import { actAs, auditOf, IDLE, redirectOf } from "../test/staff-session";
import { rejectCorrectionReport, reportInaccuracy, resolveCorrectionReport } from "./actions";
import { CONTACT_PURPOSE } from "./mutations";
import { openCorrections } from "./queries";

// The actions read the client's address from the request (lib/test/next-headers.ts): each test
// reports from its own address so limits never leak between tests. Staff calls carry a real
// session cookie of a staff row in this file's database.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterAll(() => db.$disconnect());

let counter = 0;
beforeEach(async () => {
  counter++;
  request.ip = `198.51.100.${counter}`;
  vi.mocked(revalidatePath).mockClear();
  await actAs(null);
});

const PRISONER = "nasta-loika";
const report = (fields: Record<string, string | undefined> = {}) =>
  reportInaccuracy(
    { status: "idle" },
    form({
      prisoner: PRISONER,
      field: "court",
      problem: "The court is wrong.",
      proposedValue: `Court ${counter}-${Date.now()}`,
      ...fields,
    }),
  );
const rows = (proposedValue: string) => db.correctionReport.findMany({ where: { proposedValue }, omit: everyColumn("correctionReport") });

describe("reporting an inaccuracy", () => {
  it("stores the report, open, with the contact address sealed and blinded", async () => {
    const value = `Minsk city court ${Date.now()}`;
    expect(await report({ proposedValue: value, email: "Reporter@Example.org", sourceUrl: "https://spring96.org/x" })).toEqual({
      status: "sent",
    });
    const [row] = await rows(value);
    expect(row).toMatchObject({ field: "court", state: "OPEN", sourceUrl: "https://spring96.org/x" });
    expect(row!.emailEncrypted).not.toContain("Reporter");
    expect(decrypt(row!.emailEncrypted!, CONTACT_PURPOSE)).toBe("Reporter@Example.org");
    expect(row!.emailHash).toBe(emailHashOf("reporter@example.org"));
    // The staff queue shows the report but never the address.
    const queued = (await openCorrections()).find((r) => r.proposedValue === value);
    expect(queued).toBeDefined();
    expect(JSON.stringify(queued)).not.toMatch(/example\.org|emailHash|emailEncrypted/i);
  });

  it("goes on to the thank-you state when posted without JavaScript, and answers a refusal in place", async () => {
    request.fromScript = false;
    try {
      const value = `No script ${Date.now()}`;
      expect(await redirectOf(report({ proposedValue: value }))).toBe(`/prisoners/${PRISONER}/report?sent=1`);
      expect(await rows(value)).toHaveLength(1);
      expect(await report({ proposedValue: value, problem: "" })).toMatchObject({
        status: "error",
        fieldErrors: { problem: ["problemRequired"] },
      });
    } finally {
      request.fromScript = true;
    }
  });

  it("refuses bad input with a message per field and stores nothing", async () => {
    const value = `Refused ${Date.now()}`;
    const answer = await report({ proposedValue: value, field: "nonsense", problem: "", sourceUrl: "javascript:alert(1)", email: "nope" });
    expect(answer.status).toBe("error");
    const errors = answer.status === "error" ? answer.fieldErrors : undefined;
    expect(errors).toMatchObject({
      field: ["fieldRequired"],
      problem: ["problemRequired"],
      sourceUrl: ["sourceInvalid"],
      email: ["emailInvalid"],
    });
    expect(await rows(value)).toEqual([]);
    expect(await report({ proposedValue: value, prisoner: "nobody-here" })).toMatchObject({ status: "error", message: "unknownPrisoner" });
    expect(await rows(value)).toEqual([]);
  });

  it("answers a filled honeypot like success and stores nothing", async () => {
    const value = `Bot ${Date.now()}`;
    expect(await report({ proposedValue: value, website: "http://spam.example" })).toEqual({ status: "sent" });
    expect(await rows(value)).toEqual([]);
  });

  it("limits reports per client address, and another address is not limited", async () => {
    for (let i = 0; i < 10; i++) expect((await report()).status).toBe("sent");
    const value = `Over the limit ${Date.now()}`;
    expect(await report({ proposedValue: value })).toMatchObject({ status: "error", message: "rateLimited" });
    expect(await rows(value)).toEqual([]);
    request.ip = "198.51.100.250";
    expect(await report({ proposedValue: value })).toEqual({ status: "sent" });
  });

  it("erases the contact address through my data, keeping the report", async () => {
    const value = `Erase me ${Date.now()}`;
    await report({ proposedValue: value, email: "erase-me@example.org" });
    await eraseSupporterData(emailHashOf("erase-me@example.org"));
    const [row] = await rows(value);
    expect(row).toMatchObject({ emailEncrypted: null, emailHash: null, state: "OPEN" });
  });
});

async function openReport(field = "court", proposedValue = `Court ${Date.now()}-${Math.random()}`) {
  await report({ field, proposedValue });
  const [row] = await rows(proposedValue);
  return row!;
}

describe("deciding a report", () => {
  it("resolves with a source, applies the value to the profile, marks facts checked and audits both", async () => {
    const moderator = await createStaffRow("MODERATOR");
    await actAs(moderator);
    const row = await openReport("court");
    const answer = await resolveCorrectionReport(IDLE, form({ report: row.id, source: "https://spring96.org/case", apply: "on" }));
    expect(answer).toEqual({ status: "done", message: "Resolved; the profile shows the corrected value." });
    const prisoner = await db.prisoner.findUniqueOrThrow({
      where: { slug: PRISONER },
      select: { id: true, court: true, factsCheckedAt: true },
    });
    expect(prisoner.court).toBe(row.proposedValue);
    expect(prisoner.factsCheckedAt).not.toBeNull();
    const stored = await db.correctionReport.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ state: "RESOLVED", resolutionSource: "https://spring96.org/case", resolvedById: moderator.id });
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(["correction.resolve"]);
    const change = (await auditOf(prisoner.id)).filter((e) => e.action === "prisoner.correct").at(-1);
    expect(JSON.parse(change!.after!)).toEqual({ court: row.proposedValue });
    expect(vi.mocked(revalidatePath).mock.calls.map(([path]) => path)).toContain(`/prisoners/${PRISONER}`);
  });

  it("applies a date field as a day", async () => {
    await actAs(await createStaffRow("MODERATOR"));
    const row = await openReport("detainedOn", "2021-05-23");
    expect((await resolveCorrectionReport(IDLE, form({ report: row.id, source: "Viasna", apply: "on" }))).status).toBe("done");
    const prisoner = await db.prisoner.findUniqueOrThrow({ where: { slug: PRISONER }, select: { detainedOn: true } });
    expect(prisoner.detainedOn?.toISOString().slice(0, 10)).toBe("2021-05-23");
  });

  it("refuses to resolve without a source and changes nothing", async () => {
    await actAs(await createStaffRow("MODERATOR"));
    const row = await openReport("court");
    const answer = await resolveCorrectionReport(IDLE, form({ report: row.id, source: " ", apply: "on" }));
    expect(answer.status).toBe("error");
    expect((await db.correctionReport.findUniqueOrThrow({ where: { id: row.id } })).state).toBe("OPEN");
    expect((await db.prisoner.findUniqueOrThrow({ where: { slug: PRISONER } })).court).not.toBe(row.proposedValue);
    expect(await auditOf(row.id)).toEqual([]);
  });

  it("rejects with a reason and audits it", async () => {
    const admin = await createStaffRow("ADMIN");
    await actAs(admin);
    const row = await openReport();
    expect(await rejectCorrectionReport(IDLE, form({ report: row.id, reason: "The verdict says otherwise." }))).toEqual({
      status: "done",
      message: "Rejected.",
    });
    expect(await db.correctionReport.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      state: "REJECTED",
      resolutionNote: "The verdict says otherwise.",
    });
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(["correction.reject"]);
    // A decided report is not decided twice.
    expect(await rejectCorrectionReport(IDLE, form({ report: row.id, reason: "Again" }))).toMatchObject({ status: "error" });
  });

  it("refuses a visitor: nothing changes", async () => {
    const row = await openReport("court");
    await actAs(null);
    expect(await resolveCorrectionReport(IDLE, form({ report: row.id, source: "x", apply: "on" }))).toEqual({ status: "forbidden" });
    expect(await rejectCorrectionReport(IDLE, form({ report: row.id, reason: "x" }))).toEqual({ status: "forbidden" });
    expect((await db.correctionReport.findUniqueOrThrow({ where: { id: row.id } })).state).toBe("OPEN");
    expect((await db.prisoner.findUniqueOrThrow({ where: { slug: PRISONER } })).court).not.toBe(row.proposedValue);
    expect(await auditOf(row.id)).toEqual([]);
  });
});
