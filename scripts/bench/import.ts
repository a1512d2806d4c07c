// The bench's import part (issue 13): how long the staff import takes for a generated file of
// 3,000 synthetic people, the dry run and the apply, on SQLite and on PostgreSQL. Timed in a
// process of its own (scripts/bench/import-run.ts) on a fresh, migrated database: no server, no
// port, so it runs beside the rest of the bench without touching it.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { onPostgresqlAdmin, postgresqlUrl } from "../../lib/test/database";
import { freshDatabase } from "./product";

export interface ImportTiming {
  database: "sqlite" | "postgres";
  rows: number;
  bytes: number;
  dryRunMs: number;
  applyMs: number;
  unchangedDryRunMs: number;
  ok: boolean;
}

const SQLITE_FILE = "data/bench-import.db";
const POSTGRES_NAME = "free_them_bench_import";

function run(databaseUrl: string): Omit<ImportTiming, "database"> {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/bench/import-run.ts"], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Omit<ImportTiming, "database">;
}

/** Times the import on each database asked for (PostgreSQL needs a role that may create databases). */
export async function benchImport(kinds: readonly string[], postgresAdminUrl: string | undefined): Promise<ImportTiming[]> {
  const timings: ImportTiming[] = [];
  if (kinds.includes("sqlite")) {
    mkdirSync("data", { recursive: true });
    freshDatabase(SQLITE_FILE);
    timings.push({ database: "sqlite", ...run(`file:./${SQLITE_FILE}`) });
    freshDatabase(SQLITE_FILE);
  }
  if (kinds.includes("postgres") && postgresAdminUrl) {
    const drop = () => onPostgresqlAdmin(postgresAdminUrl, `DROP DATABASE IF EXISTS ${POSTGRES_NAME} WITH (FORCE)`);
    await drop();
    await onPostgresqlAdmin(postgresAdminUrl, `CREATE DATABASE ${POSTGRES_NAME}`);
    try {
      timings.push({ database: "postgres", ...run(postgresqlUrl(postgresAdminUrl, POSTGRES_NAME)) });
    } finally {
      await drop();
    }
  }
  return timings;
}

/** The part's own section of the bench output. */
export function printImportTimings(timings: readonly ImportTiming[], log: (line: string) => void): void {
  log("--- import (in-process): a generated file of synthetic people, dry run, apply, dry run again (all unchanged)");
  for (const t of timings) {
    log(
      `import ${t.database}: ${t.rows} rows (${(t.bytes / 1024).toFixed(0)} KB): dry run ${t.dryRunMs.toFixed(0)} ms, apply ${t.applyMs.toFixed(0)} ms, dry run again ${t.unchangedDryRunMs.toFixed(0)} ms${t.ok ? "" : " (FAILED: the counts were not as expected)"}`,
    );
  }
}
