import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import type { SignatureState } from "../generated/prisma/enums";
import { petitionRow, signatureData } from "../test/rows";
import { safeCell, signaturesCsv, startSignatureExport } from "./export";

afterAll(() => db.$disconnect());
afterEach(() => vi.restoreAllMocks());

/** RFC 4180 as csv-stringify writes it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      endField();
    } else if (!quoted && char === "\n") {
      endRow();
    } else if (quoted || char !== "\r") {
      field += char;
    }
  }
  if (field || row.length) endRow();
  return rows;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  // ignoreBOM: keep the byte-order mark in the text, to see that it is there.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const reader = stream.getReader();
  let text = "";
  let chunks = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    text += decoder.decode(next.value, { stream: true });
    chunks++;
  }
  return { text, chunks };
}

interface Row {
  name: string | null;
  email: string | null;
  country?: string;
  state: SignatureState;
  confirmedAt?: Date | null;
}

async function addSignatures(petitionId: string, rows: Row[]) {
  await db.signature.createMany({
    data: rows.map((row) =>
      signatureData(petitionId, {
        ...row,
        confirmedAt: row.state === "PENDING" ? null : (row.confirmedAt ?? new Date("2026-01-10T12:00:00.000Z")),
      }),
    ),
  });
}

let petition: { id: string; slug: string };
let admin: { id: string };

beforeAll(async () => {
  admin = await db.staffUser.create({ data: { email: "export-admin@staff.test", role: "ADMIN" }, select: { id: true } });
  petition = await petitionRow({ slug: "export-test" });
  const other = await petitionRow({ slug: "export-test-other" });
  await addSignatures(petition.id, [
    {
      name: "Alena Confirmed",
      email: "alena@example.org",
      country: "PL",
      state: "CONFIRMED",
      confirmedAt: new Date("2026-01-02T09:00:00Z"),
    },
    {
      name: "Ігар Пацверджаны",
      email: "ihar@example.by",
      country: "BY",
      state: "CONFIRMED",
      confirmedAt: new Date("2026-01-01T08:30:00Z"),
    },
    { name: 'Quote "Comma", Name', email: "q@example.org", state: "CONFIRMED" },
    { name: null, email: null, country: "DE", state: "CONFIRMED" }, // erased by its supporter: still counted
    { name: "Pavel Pending", email: "pavel@example.org", state: "PENDING" },
    { name: "Ivan Invalidated", email: "ivan@spam.example", state: "INVALIDATED" },
    { name: "Fred Fraudulent", email: "fred@spam.example", state: "FRAUDULENT" },
  ]);
  await addSignatures(other.id, [{ name: "Olga Other Petition", email: "olga@example.org", state: "CONFIRMED" }]);
});

describe("signaturesCsv", () => {
  it("holds exactly the petition's confirmed signatures: name, country and confirmation time", async () => {
    const { text } = await readAll(signaturesCsv(petition.id, { includeEmail: false }));
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["name", "country", "confirmed_at"]);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[0]).sort()).toEqual(["", "Alena Confirmed", 'Quote "Comma", Name', "Ігар Пацверджаны"].sort());
    // In order of confirmation.
    expect(rows[0]).toEqual(["Ігар Пацверджаны", "BY", "2026-01-01T08:30:00.000Z"]);
    expect(rows[1]).toEqual(["Alena Confirmed", "PL", "2026-01-02T09:00:00.000Z"]);
    expect(rows.find((r) => r[0] === "")).toEqual(["", "DE", "2026-01-10T12:00:00.000Z"]);
    expect(text).not.toMatch(/Pending|Invalidated|Fraudulent|Other Petition|@/);
  });

  it("adds the decrypted address only when asked", async () => {
    const { text } = await readAll(signaturesCsv(petition.id, { includeEmail: true }));
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["name", "country", "confirmed_at", "email"]);
    expect(Object.fromEntries(rows.map((r) => [r[0], r[3]]))).toEqual({
      "Alena Confirmed": "alena@example.org",
      "Ігар Пацверджаны": "ihar@example.by",
      'Quote "Comma", Name': "q@example.org",
      "": "",
    });
  });

  it("keeps a name a spreadsheet would run as a formula as plain text", async () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeCell("+375 29")).toBe("'+375 29");
    expect(safeCell("Alena")).toBe("Alena");
    const formula = await petitionRow({ slug: "export-test-formula" });
    await addSignatures(formula.id, [{ name: "=1+2", email: "=evil@example.org", state: "CONFIRMED" }]);
    const { text } = await readAll(signaturesCsv(formula.id, { includeEmail: true }));
    expect(parseCsv(text.slice(1))[1]).toEqual(["'=1+2", "LT", "2026-01-10T12:00:00.000Z", "'=evil@example.org"]);
  });

  it("reads a big petition a page at a time, and every row exactly once even when confirmation times tie", async () => {
    const big = await petitionRow({ slug: "export-test-big" });
    // 2,500 signatures confirmed in the same millisecond: the cursor must go on by id.
    const sameTime = new Date("2026-02-01T00:00:00.000Z");
    await addSignatures(
      big.id,
      Array.from({ length: 2500 }, (_, i) => ({
        name: `Signer ${String(i).padStart(4, "0")}`,
        email: null,
        state: "CONFIRMED" as const,
        confirmedAt: sameTime,
      })),
    );
    await addSignatures(big.id, [{ name: "Pending Big", email: null, state: "PENDING" }]);
    const findMany = vi.spyOn(db.signature, "findMany");

    const { text, chunks } = await readAll(signaturesCsv(big.id, { includeEmail: false, pageSize: 1000 }));
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows).toHaveLength(2500);
    expect(new Set(rows.map((r) => r[0])).size).toBe(2500);
    expect(rows.map((r) => r[0])).not.toContain("Pending Big");
    // The header, then one chunk per page; no query asked for more than a page.
    expect(chunks).toBe(1 + 3);
    const takes = findMany.mock.calls.map(([args]) => (args as { take?: number }).take);
    expect(takes.length).toBeGreaterThanOrEqual(3);
    expect(takes.every((take) => take === 1000)).toBe(true);
  }, 30_000);

  it("stops reading when the download is cancelled", async () => {
    const findMany = vi.spyOn(db.signature, "findMany");
    const reader = signaturesCsv(petition.id, { includeEmail: false, pageSize: 1 }).getReader();
    await reader.read(); // the header
    await reader.read(); // the first page
    const callsBefore = findMany.mock.calls.length;
    await reader.cancel();
    expect(findMany.mock.calls.length).toBe(callsBefore);
  });
});

describe("startSignatureExport", () => {
  it("records the export and the email choice in the audit log before any row is read", async () => {
    const findMany = vi.spyOn(db.signature, "findMany");
    const started = await startSignatureExport(
      { id: admin.id, email: "export-admin@staff.test", name: null, role: "ADMIN" },
      petition.slug,
      true,
    );
    expect(started?.filename).toMatch(/^export-test-signatures-\d{4}-\d{2}-\d{2}-with-emails\.csv$/);
    expect(findMany).not.toHaveBeenCalled();
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "signatures.export", entityId: petition.id },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.actorId).toBe(admin.id);
    expect(JSON.parse(entry.after!)).toMatchObject({ petition: "export-test", includeEmail: true });
    // The log says that addresses were exported, never which.
    expect(entry.after).not.toMatch(/@/);
    const { text } = await readAll(started!.stream);
    expect(text).toContain("alena@example.org");
  });

  it("records an export without addresses as such, and finds no unknown petition", async () => {
    const started = await startSignatureExport(
      { id: admin.id, email: "export-admin@staff.test", name: null, role: "ADMIN" },
      petition.slug,
      false,
    );
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "signatures.export", entityId: petition.id },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(entry.after!)).toMatchObject({ includeEmail: false });
    expect((await readAll(started!.stream)).text).not.toContain("@");
    const entries = await db.auditLog.count();
    expect(await startSignatureExport({ id: admin.id, email: "x", name: null, role: "ADMIN" }, "no-such-petition", true)).toBeNull();
    expect(await db.auditLog.count()).toBe(entries);
  });
});
