// One pass of the bench's import part, in this process (no server, no port): a generated file of
// synthetic people planned (the dry run), applied, and planned again (all unchanged), timed.
// Run by scripts/bench/import.ts with DATABASE_URL set to a fresh, migrated database; prints one
// line of JSON.
import { config as loadDotenv } from "dotenv";
import { ensureLocalEnv } from "../local-env";
import { syntheticCsv } from "../../lib/import/synthetic";

ensureLocalEnv();
loadDotenv({ quiet: true });
const count = Number(process.env.BENCH_IMPORT_ROWS ?? 3000);
const { planImport } = await import("../../lib/import/plan");
const { applyImport } = await import("../../lib/import/apply");
const { db } = await import("../../lib/db");

const file = syntheticCsv(count);
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};
const [dry, dryRunMs] = await timed(() => planImport(file, "bench.csv"));
const [applied, applyMs] = await timed(() => applyImport(file, { name: "bench.csv" }));
const [again, againMs] = await timed(() => planImport(file, "bench.csv"));
const ok = dry.counts.create === count && applied.applied && again.counts.unchanged === count;
console.log(JSON.stringify({ rows: count, bytes: file.byteLength, dryRunMs, applyMs, unchangedDryRunMs: againMs, ok }));
await db.$disconnect();
