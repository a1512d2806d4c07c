import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "../database-url";
import { db } from "../db";
import { openMail } from "../mail/outbox";
import { collectSupporterData } from "../my-data/queries";
import { emailHashOf } from "../supporters/identity";
import { sqliteOnly } from "../test/database";
import { form } from "../test/form";
import { signaturesCsv } from "./export";
import { confirmSignature } from "./mutations";

// A signer's name and country as the database holds them, and as they leave it: never raw control
// characters (issue 9, item 9), never in clear at rest (item 5).

afterAll(() => db.$disconnect());

const PETITION = "free-nasta-loika";
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

async function sign(fields: Record<string, string>) {
  const { signPetition } = await import("./actions");
  return signPetition({ status: "idle" }, form({ petition: PETITION, country: "PL", ...fields }));
}

async function confirmLatest(email: string) {
  const mails = await db.outboxMessage.findMany({ where: { kind: "signature-confirm" }, select: { sealed: true } });
  const mail = mails.map((row) => openMail(row.sealed)).find((m) => m.to === email)!;
  const token = mail.text.match(/\/confirm\/([A-Za-z0-9_-]{20,})/)![1]!;
  expect((await confirmSignature(token)).outcome).toBe("confirmed");
}

/** The database's raw bytes, main file and write-ahead log: what a seized server holds. */
function databaseBytes(): string {
  const file = sqliteFilePath(process.env.DATABASE_URL!);
  return [file, `${file}-wal`].map((path) => readFileSync(path).toString("latin1")).join("");
}

function rawRow(email: string): Record<string, unknown> {
  const sqlite = new Database(sqliteFilePath(process.env.DATABASE_URL!), { readonly: true });
  try {
    return sqlite.prepare(`SELECT * FROM "Signature" WHERE "emailHash" = ?`).get(emailHashOf(email)) as Record<string, unknown>;
  } finally {
    sqlite.close();
  }
}

async function exportedRows(): Promise<string> {
  const petition = await db.petition.findUniqueOrThrow({ where: { slug: PETITION }, select: { id: true } });
  return new Response(signaturesCsv(petition.id, { includeEmail: false })).text();
}

describe("a signer's name", () => {
  it("with control characters is cleaned before it is stored, and reaches the export and 'my data' clean", async () => {
    const email = "zofia.controls@example.org";
    expect(await sign({ name: "Zofia\u0000 \u001b[2JKowalczyk\u0007\u200B", email })).toEqual({ status: "sent" });
    await confirmLatest(email);

    const csv = await exportedRows();
    const line = csv.split("\n").find((l) => l.includes("Kowalczyk"))!;
    expect(line).toMatch(/^Zofia \[2JKowalczyk,PL,\d{4}-/);
    expect(line).not.toMatch(CONTROLS);

    const { signatures } = await collectSupporterData(emailHashOf(email));
    expect(signatures).toEqual([expect.objectContaining({ name: "Zofia [2JKowalczyk", country: "PL", state: "CONFIRMED" })]);
  });

  it("with a right-to-left override is refused with a clear message, and nothing is stored", async () => {
    const email = "rlo@example.org";
    expect(await sign({ name: "Ivan \u202Egnp.exe", email })).toMatchObject({ status: "error", fieldErrors: { name: ["nameDirection"] } });
    expect(await db.signature.count({ where: { emailHash: emailHashOf(email) } })).toBe(0);
  });
});

describe.skipIf(sqliteOnly("reads the database file's bytes"))("at rest", () => {
  it("the database holds no signer's name or country in clear, only the first name of one who chose to be shown", async () => {
    const hidden = "hidden.signer@example.org";
    const shown = "shown.signer@example.org";
    await sign({ name: "Hryhory Zaslaniony", email: hidden, country: "BY" });
    await sign({ name: "Nadzeya Bachnaya", email: shown, country: "LT", showName: "on" });

    const row = rawRow(hidden);
    expect(Object.values(row)).not.toContain("BY");
    expect(JSON.stringify(row)).not.toMatch(/Hryhory|Zaslaniony/);
    expect(String(row.nameEncrypted)).toMatch(/^v1\./);
    expect(String(row.countryEncrypted)).toMatch(/^v1\./);
    expect(Object.values(rawRow(shown))).not.toContain("LT");
    expect(rawRow(shown).publicName).toBe("Nadzeya");

    // Nowhere in the file either: not in the signature, not in its queued mail.
    const bytes = databaseBytes();
    for (const word of ["Hryhory", "Zaslaniony", "Bachnaya"]) expect(bytes).not.toContain(word);
  });

  it("a shown signer's country is still on the petition page", async () => {
    const email = "page.signer@example.org";
    await sign({ name: "Alesia Bachnaya", email, country: "LT", showName: "on" });
    await confirmLatest(email);
    const { getPetition } = await import("./queries");
    const petition = await getPetition(PETITION);
    expect(petition!.signatures).toContainEqual(expect.objectContaining({ publicName: "Alesia", country: "LT" }));
  });
});
