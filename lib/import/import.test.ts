import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { searchKey } from "../prisoners/search-key";
import { applyImport } from "./apply";
import { planImport } from "./plan";
import { SYNTHETIC_HEADER, syntheticCsv } from "./synthetic";

// Real database per file (lib/test/setup-db.ts), on SQLite and on PostgreSQL.

const HEADER = SYNTHETIC_HEADER;

const syntheticCount = () => db.prisoner.count({ where: { nameLatin: { startsWith: "Synthetic Person" } } });

describe("a 3,000-person file", () => {
  it("is planned without a write, applied in one go, and the second time is all unchanged", { timeout: 240_000 }, async () => {
    const file = syntheticCsv(3000);
    const auditBefore = await db.auditLog.count();

    const dry = await planImport(file, "people.csv");
    expect(dry.fileRefused).toBeNull();
    expect(dry.counts).toEqual({ create: 3000, update: 0, unchanged: 0, conflict: 0, refused: 0 });
    expect(await syntheticCount()).toBe(0);
    expect(await db.auditLog.count()).toBe(auditBefore);

    const first = await applyImport(file, { name: "people.csv" });
    expect(first.applied).toBe(true);
    expect(await syntheticCount()).toBe(3000);
    const person = await db.prisoner.findUniqueOrThrow({
      where: { slug: "synthetic-person-00003" },
      include: { spellings: true, charges: true, sources: true, canReceiveLettersSource: true },
    });
    expect(person).toMatchObject({ status: "DETAINED", sex: "FEMALE", region: "HRODNA", canReceiveLetters: true, sentence: "4 years" });
    expect(person.charges.map((c) => c.article)).toEqual(["342", "361-1"]);
    expect(person.spellings.map((s) => `${s.language}: ${s.value}`).sort()).toEqual([
      "en: Person 00003 Synthetic",
      "en: Synthetic Person 00003",
      "ru: Синтетический Человек 00003",
    ]);
    expect(person.searchKey).toContain(`|${searchKey("Синтетический Человек 00003")}|`);
    expect(person.canReceiveLettersSource?.title).toBe("Synthetic test list");
    // One entry for the import with its counts, one per person created.
    const entries = await db.auditLog.findMany({ where: { action: "prisoner.import" } });
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.after!).counts).toMatchObject({ create: 3000 });
    expect(await db.auditLog.count({ where: { action: "prisoner.import.create" } })).toBe(3000);

    const again = await applyImport(file, { name: "people.csv" });
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 3000, conflict: 0, refused: 0 });
    expect(await db.auditLog.count({ where: { action: { startsWith: "prisoner.import." } } })).toBe(3000);

    // A changed fact is an update naming the field; a staff edit since is a conflict, kept.
    await db.prisoner.update({ where: { slug: "synthetic-person-00002" }, data: { sentence: "Staff corrected" } });
    const changed = syntheticCsv(3000, (n) => (n === 1 || n === 2 ? { sentence: "20 years" } : {}));
    const plan = await planImport(changed, "people.csv");
    expect(plan.counts).toEqual({ create: 0, update: 1, unchanged: 2998, conflict: 1, refused: 0 });
    expect(plan.rows[0]).toMatchObject({ kind: "update", line: 2, changes: [{ field: "sentence", from: "2 years", to: "20 years" }] });
    expect(plan.rows[1]).toMatchObject({
      kind: "conflict",
      line: 3,
      conflicts: [{ field: "sentence", from: "Staff corrected", to: "20 years", lastImported: "3 years" }],
    });
    expect((await applyImport(changed)).applied).toBe(true);
    const sentences = await db.prisoner.findMany({
      where: { slug: { in: ["synthetic-person-00001", "synthetic-person-00002"] } },
      select: { slug: true, sentence: true },
      orderBy: { slug: "asc" },
    });
    expect(sentences.map((s) => s.sentence)).toEqual(["20 years", "Staff corrected"]);
  });
});

describe("a malformed file", () => {
  const variants: [string, Buffer, RegExp][] = [
    ["a wrong date", syntheticCsv(20, (n) => (n === 7 ? { detainedOn: "2021-02-30" } : {})), /^detainedOn: Enter a date as YYYY-MM-DD/],
    ["an unknown status", syntheticCsv(20, (n) => (n === 7 ? { status: "pardoned" } : {})), /^status: unknown status “pardoned”/],
    ["a missing source", syntheticCsv(20, (n) => (n === 7 ? { sourceTitle: "" } : {})), /^sourceTitle: Enter the source/],
    [
      "a duplicate row",
      syntheticCsv(20, (n) => (n === 7 ? { nameLatin: "Synthetic Person 00003" } : {})),
      /same person \(synthetic-person-00003\) as line 4/,
    ],
  ];
  for (const [what, file, reason] of variants) {
    it(`with ${what} is refused with the line and the reason, and nothing is written`, async () => {
      const before = { people: await db.prisoner.count(), audit: await db.auditLog.count() };
      const plan = await planImport(file, "bad.csv");
      const refused = plan.rows.filter((r) => r.kind === "refused");
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ line: 8, where: "line 8" });
      expect((refused[0] as { reason: string }).reason).toMatch(reason);
      const outcome = await applyImport(file, { name: "bad.csv" });
      expect(outcome).toMatchObject({ applied: false, reason: "refused" });
      expect({ people: await db.prisoner.count(), audit: await db.auditLog.count() }).toEqual(before);
    });
  }

  it("above 10 MB is refused before it is read", async () => {
    const before = await db.prisoner.count();
    const big = Buffer.concat([Buffer.from(HEADER + "\n"), Buffer.alloc(10 * 1024 * 1024, "a")]);
    const outcome = await applyImport(big, { name: "big.csv" });
    expect(outcome.applied).toBe(false);
    expect(outcome.plan.fileRefused).toMatch(/at most 10 MB/);
    expect(await db.prisoner.count()).toBe(before);
  });

  it("in another encoding (Windows-1251, or UTF-16 without its mark) is refused as not UTF-8", async () => {
    const before = await db.prisoner.count();
    const cp1251 = Buffer.concat([
      Buffer.from(HEADER + "\n"),
      Buffer.from([0xc8, 0xe2, 0xe0, 0xed]),
      Buffer.from(",,,,,,,detained,,,,,,,,,,,,src,\n"),
    ]);
    const utf16 = Buffer.from(syntheticCsv(3).toString("utf8"), "utf16le");
    for (const file of [cp1251, utf16]) {
      const outcome = await applyImport(file, { name: "people.csv" });
      expect(outcome.plan.fileRefused).toMatch(/not UTF-8/);
    }
    expect(await db.prisoner.count()).toBe(before);
  });

  it("with an unknown column is refused at line 1", async () => {
    const plan = await planImport(Buffer.from("nameLatin,status,sourceTitle,colour\nA B,detained,x,red\n"));
    expect(plan.fileRefused).toBe("line 1: unknown column “colour”");
  });
});

describe("JSON and prisons", () => {
  it("reads a JSON array, links a recorded prison and refuses an unknown one by item", async () => {
    await db.prison.create({
      data: { slug: "synthetic-colony-1", nameLatin: "Synthetic Colony No. 1", type: "PENAL_COLONY", regime: "GENERAL", region: "HOMIEL" },
    });
    const people = [
      {
        nameLatin: "Synthetic Person 09001",
        status: "detained",
        prison: "synthetic-colony-1",
        canReceiveLetters: true,
        sourceTitle: "Synthetic",
      },
      { nameLatin: "Synthetic Person 09002", status: "detained", prison: "no-such-prison", sourceTitle: "Synthetic" },
    ];
    const refused = await planImport(Buffer.from(JSON.stringify(people)), "people.json");
    expect(refused.rows[1]).toMatchObject({
      kind: "refused",
      where: "item 2",
      reason: expect.stringMatching(/no place of detention “no-such-prison”/),
    });
    const outcome = await applyImport(Buffer.from(JSON.stringify(people.slice(0, 1))), { name: "people.json" });
    expect(outcome.applied).toBe(true);
    const person = await db.prisoner.findUniqueOrThrow({
      where: { slug: "synthetic-person-09001" },
      select: { prison: { select: { slug: true } }, canReceiveLetters: true },
    });
    expect(person).toEqual({ prison: { slug: "synthetic-colony-1" }, canReceiveLetters: true });
  });
});

describe("docs/import-sample.csv", () => {
  it("plans without a refused row (the documentation's sample stays importable)", async () => {
    const plan = await planImport(readFileSync(join(process.cwd(), "docs", "import-sample.csv")), "import-sample.csv");
    expect(plan.fileRefused).toBeNull();
    expect(plan.counts.refused).toBe(0);
    expect(plan.rows.length).toBeGreaterThanOrEqual(5);
  });
});
