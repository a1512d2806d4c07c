import "server-only";
import { createHash } from "node:crypto";
import { dayValue } from "../dates";
import { db } from "../db";
import type { DatabaseTransaction } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { otherSpellings } from "../prisoners/queries";
import type { Spelling } from "../prisoners/schema";
import { parseImportFile } from "./parse";
import { type ImportRow, validateRow } from "./schema";

// The dry run: what importing a file would do, person by person, read from the database and
// written nowhere. apply.ts writes exactly this plan, computed again inside its transaction.

/** The facts an import manages, each compared as one text (or null when empty). */
export const MANAGED_FIELDS = [
  "nameLatin",
  "nameBelarusian",
  "nameRussian",
  "otherSpellings",
  "birthDate",
  "sex",
  "status",
  "detainedOn",
  "releasedOn",
  "articles",
  "sentence",
  "court",
  "judge",
  "prison",
  "region",
  "canReceiveLetters",
  "noContactSince",
  "factsCheckedAt",
] as const;
export type ManagedField = (typeof MANAGED_FIELDS)[number];
export type FieldValues = Record<ManagedField, string | null>;

export interface FieldChange {
  field: ManagedField;
  from: string | null;
  to: string | null;
}

export type PlannedRow =
  | { kind: "create"; line: number; where: string; slug: string; row: ImportRow; values: FieldValues }
  | { kind: "update"; line: number; where: string; slug: string; row: ImportRow; values: FieldValues; id: string; changes: FieldChange[] }
  | { kind: "unchanged"; line: number; where: string; slug: string; id: string }
  // A field staff changed since the last import (or before any) that the file would change:
  // kept as it is; the row's other changes are made.
  | {
      kind: "conflict";
      line: number;
      where: string;
      slug: string;
      row: ImportRow;
      values: FieldValues;
      id: string;
      changes: FieldChange[];
      conflicts: (FieldChange & { lastImported: string | null })[];
    }
  | { kind: "refused"; line: number; where: string; reason: string };

export interface ImportPlan {
  /** sha256 of the file's bytes: the staff page's apply button carries it. */
  fileHash: string;
  format: "csv" | "json" | null;
  /** Why the whole file is refused (too big, not UTF-8, bad columns), before any row. */
  fileRefused: string | null;
  rows: PlannedRow[];
  counts: Record<PlannedRow["kind"], number>;
}

const list = (values: readonly string[]) => (values.length ? values.join("; ") : null);
const spellingList = (spellings: readonly Spelling[]) => list(spellings.map((s) => `${s.language}: ${s.value}`).sort());
const bool = (value: boolean | null) => (value === null ? null : value ? "yes" : "no");
const day = (value: Date | null) => dayValue(value) || null;

/** A valid row's managed facts, as compared and as remembered in importedValues. */
export function rowValues(row: ImportRow): FieldValues {
  const named = new Set([`en:${row.nameLatin}`, `be:${row.nameBelarusian ?? ""}`, `ru:${row.nameRussian ?? ""}`]);
  return {
    nameLatin: row.nameLatin,
    nameBelarusian: row.nameBelarusian,
    nameRussian: row.nameRussian,
    otherSpellings: spellingList(row.otherSpellings.filter((s) => !named.has(`${s.language}:${s.value}`))),
    birthDate: day(row.birthDate),
    sex: row.sex,
    status: row.status,
    detainedOn: day(row.detainedOn),
    releasedOn: day(row.releasedOn),
    articles: list(row.articles),
    sentence: row.sentence,
    court: row.court,
    judge: row.judge,
    prison: row.prison,
    region: row.region,
    canReceiveLetters: bool(row.canReceiveLetters),
    noContactSince: day(row.noContactSince),
    factsCheckedAt: day(row.checkedOn),
  };
}

export const existingSelect = {
  id: true,
  slug: true,
  nameLatin: true,
  nameBelarusian: true,
  nameRussian: true,
  birthDate: true,
  sex: true,
  status: true,
  detainedOn: true,
  releasedOn: true,
  sentence: true,
  court: true,
  judge: true,
  region: true,
  canReceiveLetters: true,
  noContactSince: true,
  factsCheckedAt: true,
  importedValues: true,
  prison: { select: { slug: true } },
  spellings: { select: { language: true, value: true } },
  charges: { select: { article: true }, orderBy: { position: "asc" } },
} satisfies Prisma.PrisonerSelect;
export type ExistingPrisoner = Prisma.PrisonerGetPayload<{ select: typeof existingSelect }>;

export function storedValues(p: ExistingPrisoner): FieldValues {
  return {
    nameLatin: p.nameLatin,
    nameBelarusian: p.nameBelarusian,
    nameRussian: p.nameRussian,
    otherSpellings: spellingList(otherSpellings(p, p.spellings as Spelling[])),
    birthDate: day(p.birthDate),
    sex: p.sex,
    status: p.status,
    detainedOn: day(p.detainedOn),
    releasedOn: day(p.releasedOn),
    articles: list(p.charges.map((c) => c.article).filter((a): a is string => a !== null)),
    sentence: p.sentence,
    court: p.court,
    judge: p.judge,
    prison: p.prison?.slug ?? null,
    region: p.region,
    canReceiveLetters: bool(p.canReceiveLetters),
    noContactSince: day(p.noContactSince),
    factsCheckedAt: day(p.factsCheckedAt),
  };
}

/** What the last import set, per field; a field it never set is absent. */
export function lastImported(p: { importedValues: string | null }): Partial<FieldValues> {
  if (!p.importedValues) return {};
  try {
    return JSON.parse(p.importedValues) as Partial<FieldValues>;
  } catch {
    return {};
  }
}

function planRow(line: number, where: string, row: ImportRow, existing: ExistingPrisoner | undefined): PlannedRow {
  const values = rowValues(row);
  if (!existing) return { kind: "create", line, where, slug: row.slug, row, values };
  const current = storedValues(existing);
  const last = lastImported(existing);
  const changes: FieldChange[] = [];
  const conflicts: (FieldChange & { lastImported: string | null })[] = [];
  for (const field of MANAGED_FIELDS) {
    const to = values[field];
    const from = current[field];
    if (to === from) continue;
    // Staff changed it by hand when it is not what the last import set; a field no import has
    // set yet is staff's when it holds anything.
    const imported = field in last ? (last[field] ?? null) : null;
    const edited = field in last ? from !== imported : from !== null;
    if (edited) conflicts.push({ field, from, to, lastImported: imported });
    else changes.push({ field, from, to });
  }
  if (conflicts.length) return { kind: "conflict", line, where, slug: row.slug, row, values, id: existing.id, changes, conflicts };
  if (changes.length) return { kind: "update", line, where, slug: row.slug, row, values, id: existing.id, changes };
  return { kind: "unchanged", line, where, slug: row.slug, id: existing.id };
}

function emptyCounts(): ImportPlan["counts"] {
  return { create: 0, update: 0, unchanged: 0, conflict: 0, refused: 0 };
}

/** The plan for a file, read through `client` (the database, or apply's transaction). */
export async function planImport(bytes: Uint8Array, name = "", client: DatabaseTransaction | typeof db = db): Promise<ImportPlan> {
  const fileHash = createHash("sha256").update(bytes).digest("hex");
  const parsed = parseImportFile(bytes, name);
  if ("refused" in parsed) return { fileHash, format: null, fileRefused: parsed.refused, rows: [], counts: emptyCounts() };

  const valid: { line: number; where: string; row: ImportRow }[] = [];
  const rows: PlannedRow[] = [];
  const seen = new Map<string, string>();
  for (const { line, where, raw } of parsed.rows) {
    const result = validateRow(raw);
    if ("reason" in result) {
      rows.push({ kind: "refused", line, where, reason: result.reason });
      continue;
    }
    const first = seen.get(result.row.slug);
    if (first) {
      rows.push({ kind: "refused", line, where, reason: `the same person (${result.row.slug}) as ${first}` });
      continue;
    }
    seen.set(result.row.slug, where);
    valid.push({ line, where, row: result.row });
  }

  const prisonSlugs = [...new Set(valid.map((v) => v.row.prison).filter((s): s is string => s !== null))];
  const prisons = new Set(
    prisonSlugs.length
      ? (await client.prison.findMany({ where: { slug: { in: prisonSlugs } }, select: { slug: true } })).map((p) => p.slug)
      : [],
  );
  const existing = new Map<string, ExistingPrisoner>();
  const slugs = valid.map((v) => v.row.slug);
  for (let i = 0; i < slugs.length; i += 500) {
    const found = await client.prisoner.findMany({ where: { slug: { in: slugs.slice(i, i + 500) } }, select: existingSelect });
    for (const p of found) existing.set(p.slug, p);
  }
  for (const { line, where, row } of valid) {
    if (row.prison && !prisons.has(row.prison)) {
      rows.push({ kind: "refused", line, where, reason: `prison: no place of detention “${row.prison}” is recorded (add it first)` });
      continue;
    }
    rows.push(planRow(line, where, row, existing.get(row.slug)));
  }
  rows.sort((a, b) => a.line - b.line);
  const counts = emptyCounts();
  for (const row of rows) counts[row.kind] += 1;
  return { fileHash, format: parsed.format, fileRefused: null, rows, counts };
}

/**
 * What the plan would write, as one sha256: the dry run's "Apply" carries it, and apply refuses to
 * write a plan that came out different (the database changed in between).
 */
export function planDigest(plan: ImportPlan): string {
  const essence = plan.rows.map((r) => {
    if (r.kind === "refused") return [r.kind, r.line, r.reason];
    if (r.kind === "unchanged") return [r.kind, r.line, r.slug];
    if (r.kind === "create") return [r.kind, r.line, r.slug];
    return [r.kind, r.line, r.slug, r.changes, r.kind === "conflict" ? r.conflicts : []];
  });
  return createHash("sha256")
    .update(JSON.stringify([plan.fileHash, plan.fileRefused, essence]))
    .digest("hex");
}

/** A file with any refused row (or refused whole) writes nothing. */
export function planRefused(plan: ImportPlan): boolean {
  return plan.fileRefused !== null || plan.counts.refused > 0;
}
