// The databases one `npm run bench` measures on: SQLite files, and PostgreSQL databases of the
// bench's own made from TEST_POSTGRES_URL (a role that may create databases), dropped after.
import Database from "better-sqlite3";
import { onPostgresqlAdmin, postgresqlUrl } from "../../lib/test/database";
import { freshDatabase } from "./product";

export type DatabaseKind = "sqlite" | "postgres";

export interface BenchDatabases {
  kind: DatabaseKind;
  /** The product's DATABASE_URL. */
  productUrl: string;
  /** What the baseline app is started with (bench/baseline/app/database.ts). */
  baselineEnv: Record<string, string>;
  /** Empties (or makes) both databases; the product migrates and seeds its own on start. */
  fresh(): Promise<void>;
  /** The keyed email hashes of the product's stored signatures. */
  signatureHashes(): Promise<Set<string>>;
  /** Confirmation mails the product queued in its outbox. */
  queuedConfirmations(): Promise<number>;
  /** The names of the baseline's stored rows. */
  baselineRows(): Promise<Set<string>>;
  /** Removes what `fresh` made, where it is not a file the next run replaces anyway. */
  drop(): Promise<void>;
}

const SIGNATURE_HASHES = `SELECT "emailHash" FROM "Signature"`;
const QUEUED_CONFIRMATIONS = `SELECT count(*) AS n FROM "OutboxMessage" WHERE kind = 'signature-confirm'`;
const BASELINE_ROWS = `SELECT name FROM "Row"`;

export function sqliteDatabases(productFile: string, baselineFile: string): BenchDatabases {
  const read = <T>(file: string, work: (db: Database.Database) => T): T => {
    const db = new Database(file, { readonly: true });
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    kind: "sqlite",
    productUrl: `file:./${productFile}`,
    baselineEnv: { BENCH_BASELINE_DB: baselineFile },
    fresh: async () => {
      freshDatabase(productFile);
      freshDatabase(baselineFile);
    },
    signatureHashes: async () =>
      read(productFile, (db) => new Set((db.prepare(SIGNATURE_HASHES).all() as { emailHash: string }[]).map((row) => row.emailHash))),
    queuedConfirmations: async () => read(productFile, (db) => (db.prepare(QUEUED_CONFIRMATIONS).get() as { n: number }).n),
    baselineRows: async () =>
      read(baselineFile, (db) => new Set((db.prepare(BASELINE_ROWS).all() as { name: string }[]).map((row) => row.name))),
    drop: async () => {},
  };
}

export function postgresDatabases(adminUrl: string, productName: string, baselineName: string): BenchDatabases {
  const productUrl = postgresqlUrl(adminUrl, productName);
  const baselineUrl = postgresqlUrl(adminUrl, baselineName);
  const dropBoth = async () => {
    for (const name of [productName, baselineName]) await onPostgresqlAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  return {
    kind: "postgres",
    productUrl,
    baselineEnv: { BENCH_BASELINE_DATABASE_URL: baselineUrl },
    fresh: async () => {
      await dropBoth();
      for (const name of [productName, baselineName]) await onPostgresqlAdmin(adminUrl, `CREATE DATABASE ${name}`);
    },
    signatureHashes: async () =>
      new Set((await onPostgresqlAdmin<{ emailHash: string }>(productUrl, SIGNATURE_HASHES)).map((row) => row.emailHash)),
    queuedConfirmations: async () => Number((await onPostgresqlAdmin<{ n: string }>(productUrl, QUEUED_CONFIRMATIONS))[0]?.n ?? 0),
    baselineRows: async () => new Set((await onPostgresqlAdmin<{ name: string }>(baselineUrl, BASELINE_ROWS)).map((row) => row.name)),
    drop: dropBoth,
  };
}
