// Imports political prisoners from a CSV or JSON file (docs/import.md):
//   npm run import:prisoners -- FILE [--dry-run]
// Prints the plan (counts, every refused and conflicting line); applies it without --dry-run.
// Exit codes: 0 planned or applied, 1 the file is refused (nothing written), 2 bad usage.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { config as loadDotenv } from "dotenv";
import { ensureLocalEnv } from "./local-env";
import type { ImportPlan } from "../lib/import/plan";
import { MAX_IMPORT_BYTES } from "../lib/import/schema";

const USAGE = "Usage: npm run import:prisoners -- FILE [--dry-run]";

function usage(message: string): never {
  console.error(`import:prisoners: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ options: { "dry-run": { type: "boolean", default: false } }, allowPositionals: true });
} catch (error) {
  usage((error as Error).message);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length) usage("name one file");

let bytes: Buffer;
try {
  // A file above the limit is refused by the plan; reading it whole is not needed to say so.
  bytes = statSync(file).size > MAX_IMPORT_BYTES ? Buffer.alloc(MAX_IMPORT_BYTES + 1) : readFileSync(file);
} catch (error) {
  usage(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

function print(plan: ImportPlan) {
  if (plan.fileRefused) {
    console.log(`refused: ${plan.fileRefused}`);
    return;
  }
  const c = plan.counts;
  console.log(
    `${plan.rows.length} rows (${plan.format}): ${c.create} to create, ${c.update} to update, ${c.unchanged} unchanged, ${c.conflict} with a conflict, ${c.refused} refused`,
  );
  for (const row of plan.rows) {
    if (row.kind === "refused") console.log(`  ${row.where}: refused: ${row.reason}`);
    if (row.kind === "conflict") {
      for (const f of row.conflicts) {
        console.log(
          `  ${row.where} (${row.slug}): conflict: ${f.field} was edited by hand to “${f.from ?? ""}”; the file says “${f.to ?? ""}”; kept`,
        );
      }
    }
  }
}

ensureLocalEnv();
loadDotenv({ quiet: true });
const { planImport, planRefused } = await import("../lib/import/plan");
const { applyImport } = await import("../lib/import/apply");

const name = basename(file);
if (parsed.values["dry-run"]) {
  const plan = await planImport(bytes, name);
  print(plan);
  console.log(planRefused(plan) ? "dry run: this file would be refused; nothing written" : "dry run: nothing written");
  process.exit(planRefused(plan) ? 1 : 0);
}
const outcome = await applyImport(bytes, { name });
print(outcome.plan);
if (!outcome.applied) {
  console.log("nothing written: fix the refused lines and import the file again");
  process.exit(1);
}
console.log("applied in one transaction");
process.exit(0);
