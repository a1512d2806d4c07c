import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { auditEntry } from "../audit/log";
import { db } from "../db";
import type { DatabaseTransaction } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { allSpellings } from "../prisoners/mutations";
import { otherSpellings } from "../prisoners/queries";
import type { Spelling } from "../prisoners/schema";
import { searchKeyForSpellings } from "../prisoners/search-key";
import {
  existingSelect,
  type FieldValues,
  lastImported,
  type ManagedField,
  type PlannedRow,
  type ImportPlan,
  planDigest,
  planImport,
  planRefused,
} from "./plan";
import type { ImportRow } from "./schema";

// The one write room of the import: the plan, computed again inside one transaction, written as
// planned. A refused file writes nothing; the same file twice writes nothing the second time.

export type ImportOutcome = { applied: true; plan: ImportPlan } | { applied: false; plan: ImportPlan; reason: "refused" | "changed" };

type Writable = Extract<PlannedRow, { kind: "create" | "update" | "conflict" }>;

function sourceKey(row: ImportRow): string {
  return `import-${createHash("sha256")
    .update(`${row.sourceTitle}\u0000${row.sourceUrl ?? ""}`)
    .digest("hex")
    .slice(0, 24)}`;
}

/** The row's source, one record per distinct title and address across imports. */
async function sourceId(tx: DatabaseTransaction, row: ImportRow, cache: Map<string, string>): Promise<string> {
  const key = sourceKey(row);
  const known = cache.get(key);
  if (known) return known;
  const source = await tx.source.upsert({
    where: { key },
    create: { id: randomUUID(), key, title: row.sourceTitle, url: row.sourceUrl },
    update: {},
    select: { id: true },
  });
  cache.set(key, source.id);
  return source.id;
}

function charges(articles: readonly string[]) {
  return articles.map((article, position) => ({ article, position, description: `Article ${article} of the Criminal Code` }));
}

/** The columns of the fields being written (names and spellings are handled together). */
function columns(row: ImportRow, fields: ReadonlySet<ManagedField>, source: string) {
  const data: Prisma.PrisonerUncheckedUpdateInput = {};
  const set = <K extends keyof Prisma.PrisonerUncheckedUpdateInput>(
    field: ManagedField,
    key: K,
    value: Prisma.PrisonerUncheckedUpdateInput[K],
  ) => {
    if (fields.has(field)) data[key] = value;
  };
  set("nameLatin", "nameLatin", row.nameLatin);
  set("nameBelarusian", "nameBelarusian", row.nameBelarusian);
  set("nameRussian", "nameRussian", row.nameRussian);
  set("birthDate", "birthDate", row.birthDate);
  set("sex", "sex", row.sex);
  set("status", "status", row.status);
  set("detainedOn", "detainedOn", row.detainedOn);
  set("releasedOn", "releasedOn", row.releasedOn);
  set("sentence", "sentence", row.sentence);
  set("court", "court", row.court);
  set("judge", "judge", row.judge);
  set("region", "region", row.region);
  set("noContactSince", "noContactSince", row.noContactSince);
  set("factsCheckedAt", "factsCheckedAt", row.checkedOn);
  if (fields.has("canReceiveLetters")) {
    data.canReceiveLetters = row.canReceiveLetters;
    data.canReceiveLettersSourceId = row.canReceiveLetters === null ? null : source;
  }
  return data;
}

const NAME_FIELDS: readonly ManagedField[] = ["nameLatin", "nameBelarusian", "nameRussian", "otherSpellings"];

async function createPerson(
  tx: DatabaseTransaction,
  planned: Extract<Writable, { kind: "create" }>,
  source: string,
  prisons: Map<string, string>,
  actorId: string | null,
) {
  const { row, values } = planned;
  const spellings = allSpellings(row);
  const id = randomUUID();
  const data = columns(row, new Set(Object.keys(values) as ManagedField[]), source) as Prisma.PrisonerUncheckedCreateInput;
  await tx.prisoner.create({
    data: {
      ...data,
      id,
      slug: row.slug,
      nameLatin: row.nameLatin,
      status: row.status,
      searchKey: searchKeyForSpellings(spellings.map((s) => s.value)),
      prisonId: row.prison ? prisons.get(row.prison)! : null,
      importedValues: JSON.stringify(values),
      spellings: { create: spellings },
      charges: { create: charges(row.articles) },
      sources: { connect: { id: source } },
    },
  });
  await auditEntry(
    { actorId, action: "prisoner.import.create", entityType: "Prisoner", entityId: id, after: { slug: row.slug, ...values } },
    tx,
  );
}

async function updatePerson(
  tx: DatabaseTransaction,
  planned: Extract<Writable, { kind: "update" | "conflict" }>,
  source: string,
  prisons: Map<string, string>,
  actorId: string | null,
) {
  const { row, values } = planned;
  const conflicted = new Set(planned.kind === "conflict" ? planned.conflicts.map((c) => c.field) : []);
  const fields = new Set(planned.changes.map((c) => c.field));
  const existing = await tx.prisoner.findUniqueOrThrow({ where: { id: planned.id }, select: existingSelect });
  const data = columns(row, fields, source);
  if (NAME_FIELDS.some((f) => fields.has(f))) {
    // Spellings and the search key from the names as they will be: the file's where it changes
    // them, the stored ones where it does not (or conflicts).
    const pick = <T>(field: ManagedField, fromFile: T, stored: T) => (fields.has(field) ? fromFile : stored);
    const names = {
      nameLatin: pick("nameLatin", row.nameLatin, existing.nameLatin),
      nameBelarusian: pick("nameBelarusian", row.nameBelarusian, existing.nameBelarusian),
      nameRussian: pick("nameRussian", row.nameRussian, existing.nameRussian),
      otherSpellings: pick("otherSpellings", row.otherSpellings, otherSpellings(existing, existing.spellings as Spelling[])),
    };
    const spellings = allSpellings(names);
    data.searchKey = searchKeyForSpellings(spellings.map((s) => s.value));
    data.spellings = { deleteMany: {}, create: spellings };
  }
  if (fields.has("articles")) data.charges = { deleteMany: {}, create: charges(row.articles) };
  if (fields.has("prison")) data.prisonId = row.prison ? prisons.get(row.prison)! : null;
  // Remember what this import set; a conflicting field keeps the value the last import set.
  const remembered: Partial<FieldValues> = { ...lastImported(existing) };
  for (const field of Object.keys(values) as ManagedField[]) if (!conflicted.has(field)) remembered[field] = values[field];
  data.importedValues = JSON.stringify(remembered);
  if (fields.size === 0) {
    // Only conflicts: the stored facts stay; what the import set is remembered all the same.
    if (data.importedValues === existing.importedValues) return;
    await tx.prisoner.update({ where: { id: planned.id }, data: { importedValues: data.importedValues } });
    return;
  }
  await tx.prisoner.update({ where: { id: planned.id }, data: { ...data, sources: { connect: { id: source } } } });
  await auditEntry(
    {
      actorId,
      action: "prisoner.import.update",
      entityType: "Prisoner",
      entityId: planned.id,
      before: Object.fromEntries(planned.changes.map((c) => [c.field, c.from])),
      after: Object.fromEntries(planned.changes.map((c) => [c.field, c.to])),
    },
    tx,
  );
}

/** The staff page's dry run, audited: who looked at which file and what it would do. */
export async function recordDryRun(actorId: string, plan: ImportPlan, name: string): Promise<void> {
  await auditEntry({
    actorId,
    action: "prisoner.import.dry-run",
    entityType: "PrisonerImport",
    entityId: plan.fileHash,
    after: { name, format: plan.format, counts: plan.counts, fileRefused: plan.fileRefused },
  });
}

/**
 * Imports a file in one transaction. `expectedHash` (the staff page's dry run) refuses a file
 * other than the one shown. Returns the plan that was written, or why nothing was.
 */
export async function applyImport(
  bytes: Uint8Array,
  options: { name?: string; actorId?: string | null; expectedHash?: string; expectedPlan?: string } = {},
): Promise<ImportOutcome> {
  const actorId = options.actorId ?? null;
  return db.$transaction(
    async (tx) => {
      const plan = await planImport(bytes, options.name, tx);
      if (options.expectedHash && options.expectedHash !== plan.fileHash) return { applied: false, plan, reason: "changed" } as const;
      if (planRefused(plan)) return { applied: false, plan, reason: "refused" } as const;
      // The database changed since the dry run the staff member saw: show them the new plan.
      if (options.expectedPlan && options.expectedPlan !== planDigest(plan)) return { applied: false, plan, reason: "changed" } as const;
      const writable = plan.rows.filter((r): r is Writable => r.kind === "create" || r.kind === "update" || r.kind === "conflict");
      const prisonSlugs = [...new Set(writable.map((r) => r.row.prison).filter((s): s is string => s !== null))];
      const prisons = new Map(
        (await tx.prison.findMany({ where: { slug: { in: prisonSlugs } }, select: { id: true, slug: true } })).map((p) => [p.slug, p.id]),
      );
      const sources = new Map<string, string>();
      for (const planned of writable) {
        const source = await sourceId(tx, planned.row, sources);
        if (planned.kind === "create") await createPerson(tx, planned, source, prisons, actorId);
        else await updatePerson(tx, planned, source, prisons, actorId);
      }
      await auditEntry(
        {
          actorId,
          action: "prisoner.import",
          entityType: "PrisonerImport",
          entityId: plan.fileHash,
          after: { name: options.name ?? null, format: plan.format, counts: plan.counts },
        },
        tx,
      );
      return { applied: true, plan } as const;
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
