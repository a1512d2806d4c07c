import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqliteFilePath } from "../database-url";
import { sqliteOnly, testRunDir } from "../test/database";
import { env } from "../env";
import { backupSqlite, checkSqliteFile, DatabaseFileError, defaultBackupFile, restoreSqlite, sqliteFileFromUrl } from "./backup";

// Backups are taken while another connection writes, as the app would: a writer commits a
// signature and its confirmation mail in one transaction, again and again (probe tables, so the
// test does not depend on the app's columns). A consistent copy holds exactly the first n of them,
// both rows of each, whole.
//
// The writer runs on a worker thread, not in a second process. With a second process writing,
// CI once found the database itself "malformed" mid-backup and after; it never happened here
// on a local disk, and SQLite 3.53 has the WAL-reset fix. WAL coordinates processes through the
// mmapped -shm file, which some sandboxed filesystems (9p, virtiofs) do not keep coherent between
// processes, the likeliest cause; a thread shares the process's mapping and lock table, so the
// test checks the backup, not the filesystem. The crash leftovers come from a child that runs alone.

const TEST_DIR = testRunDir();
const PAYLOAD = "x".repeat(1000);
const payloadOf = (seq: number) => `row-${seq}-${PAYLOAD}`;

const WRITE_LOOP = `
const Database = require("better-sqlite3");
const db = new Database(file, { timeout: 5000 });
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
const signature = db.prepare("INSERT INTO probe_signature (seq, payload) VALUES (?, ?)");
const mail = db.prepare("INSERT INTO probe_mail (seq, payload) VALUES (?, ?)");
const write = db.transaction((seq) => {
  const payload = "row-" + seq + "-" + "x".repeat(1000);
  signature.run(seq, payload);
  mail.run(seq, payload);
});
let seq = db.prepare("SELECT coalesce(max(seq), 0) FROM probe_signature").pluck().get();
`;

// A worker thread that writes until told to stop, then closes its connection.
const WRITER_THREAD = `
const { parentPort, workerData: file } = require("node:worker_threads");
${WRITE_LOOP}
let stopping = false;
parentPort.on("message", () => { stopping = true; });
// Commits stay in the -wal file, where a copy of the database file alone would miss them.
db.pragma("wal_autocheckpoint = 0");
for (let i = 0; i < 20; i++) write(++seq);
parentPort.postMessage("writing");
(function loop() {
  if (stopping) { db.close(); parentPort.close(); return; }
  for (let i = 0; i < 20; i++) write(++seq);
  setImmediate(loop);
})();
`;

// A server process that writes a few more signatures, then waits to be killed (kill -9).
const CRASHING_SERVER = `
const file = process.argv[1];
${WRITE_LOOP}
db.pragma("wal_autocheckpoint = 0"); // keep the new commits in the -wal file, as a busy server would
for (let i = 0; i < 50; i++) write(++seq);
process.send("written");
setInterval(() => {}, 1000);
`;

// Holds the database open and idle, like a server between requests.
const HOLDER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.prepare("SELECT count(*) FROM sqlite_schema").get();
process.send("open");
setInterval(() => {}, 1000);
`;

function startChild(code: string, file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["-e", code, file], { stdio: ["ignore", "inherit", "inherit", "ipc"], cwd: process.cwd() });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`child exited with ${code}`)));
  });
}

function exitOf(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

const children: ChildProcess[] = [];

function startWriterThread(file: string): Promise<Worker> {
  const worker = new Worker(WRITER_THREAD, { eval: true, workerData: file });
  return new Promise((resolve, reject) => {
    worker.once("message", () => resolve(worker));
    worker.once("error", reject);
  });
}

function stopWriterThread(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once("exit", () => resolve());
    worker.once("error", reject);
    worker.postMessage("stop");
  });
}
let database: string;

function committed(): number {
  const reader = new Database(database, { readonly: true, timeout: 5000 });
  try {
    return reader.prepare("SELECT count(*) FROM probe_signature").pluck().get() as number;
  } finally {
    reader.close();
  }
}

/** The rows of a copy: are they the first n writes, both rows of each, complete? */
function snapshotOf(file: string) {
  const copy = new Database(file, { readonly: true });
  try {
    const signatures = copy.prepare("SELECT seq, payload FROM probe_signature ORDER BY seq").all() as { seq: number; payload: string }[];
    const mails = copy.prepare("SELECT seq, payload FROM probe_mail ORDER BY seq").all() as { seq: number; payload: string }[];
    return {
      count: signatures.length,
      mails: mails.length,
      prefix: signatures.every((row, index) => row.seq === index + 1),
      complete: [...signatures, ...mails].every((row) => row.payload === payloadOf(row.seq)),
    };
  } finally {
    copy.close();
  }
}

beforeEach(() => {
  // The file's own copy of the migrated test database, with the probe tables filled beforehand
  // so that copying takes long enough for the writer to commit during it.
  database = sqliteFilePath(env.DATABASE_URL);
  const db = new Database(database);
  db.pragma("journal_mode = WAL");
  db.exec(`CREATE TABLE IF NOT EXISTS probe_signature (seq INTEGER PRIMARY KEY, payload TEXT NOT NULL);
           CREATE TABLE IF NOT EXISTS probe_mail (seq INTEGER PRIMARY KEY, payload TEXT NOT NULL);
           DELETE FROM probe_signature; DELETE FROM probe_mail;`);
  const insert = db.transaction((count: number) => {
    const signature = db.prepare("INSERT INTO probe_signature (seq, payload) VALUES (?, ?)");
    const mail = db.prepare("INSERT INTO probe_mail (seq, payload) VALUES (?, ?)");
    for (let seq = 1; seq <= count; seq++) {
      signature.run(seq, payloadOf(seq));
      mail.run(seq, payloadOf(seq));
    }
  });
  insert(10_000);
  db.close();
});

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill("SIGKILL");
    await exitOf(child);
  }
});

describe.skipIf(sqliteOnly("SQLite's online backup"))("backup while the app writes", () => {
  it("copies one committed state, checks it, and restore brings exactly that state back", { timeout: 60_000 }, async () => {
    const writer = await startWriterThread(database);
    const destination = join(TEST_DIR, `backup-${Date.now()}.db`);

    const before = committed();
    const check = await backupSqlite(database, destination);
    const after = committed();
    await stopWriterThread(writer);

    expect(check.integrity).toBe("ok");
    expect(after).toBeGreaterThan(before); // the writer really wrote while the backup ran
    const copy = snapshotOf(destination);
    expect(copy.count).toBeGreaterThanOrEqual(before);
    expect(copy.count).toBeLessThanOrEqual(after);
    expect(copy.mails).toBe(copy.count);
    expect(copy.prefix).toBe(true);
    expect(copy.complete).toBe(true);
    expect(check.counts.probe_signature).toBe(copy.count);
    expect(check.counts.Petition).toBeGreaterThan(0);

    // The server dies (kill -9) after writing more: its -wal and -shm stay behind.
    const server = await startChild(CRASHING_SERVER, database);
    server.kill("SIGKILL");
    await exitOf(server);
    expect(existsSync(`${database}-wal`)).toBe(true);
    expect(committed()).toBeGreaterThan(copy.count);

    const report = await restoreSqlite(destination, database);
    expect(report.removedStale).toContain(`${database}-wal`);
    expect(report.restored.integrity).toBe("ok");
    expect(report.restored.counts).toEqual(check.counts);
    expect(snapshotOf(database)).toEqual(copy);
    const restored = new Database(database, { readonly: true });
    expect(restored.pragma("journal_mode", { simple: true })).toBe("wal");
    restored.close();
  });

  it("refuses to restore over a database another process has open, and changes nothing", { timeout: 30_000 }, async () => {
    const destination = join(TEST_DIR, `backup-${Date.now()}-held.db`);
    await backupSqlite(database, destination);
    const db = new Database(database);
    db.prepare("INSERT INTO probe_signature (seq, payload) VALUES (?, ?)").run(10_001, payloadOf(10_001));
    db.close();

    await startChild(HOLDER, database);
    await expect(restoreSqlite(destination, database)).rejects.toThrow(/in use.*Stop the app first/);
    expect(committed()).toBe(10_001);
  });
});

describe.skipIf(sqliteOnly("SQLite's online backup"))("mistakes get a message, not a stack trace", () => {
  it("names a missing file, a file that is not a database, and a backup that would overwrite", async () => {
    const text = join(TEST_DIR, "not-a-database.db");
    writeFileSync(text, "hello, this is not SQLite ".repeat(200));
    expect(() => checkSqliteFile(join(TEST_DIR, "missing.db"))).toThrow(DatabaseFileError);
    expect(() => checkSqliteFile(text)).toThrow(/is not a SQLite database/);
    await expect(restoreSqlite(text, database)).rejects.toThrow(/is not a SQLite database/);
    await expect(backupSqlite(database, text)).rejects.toThrow(/exists already/);
    expect(() => sqliteFileFromUrl("postgresql://u@127.0.0.1/db", "db:backup", "pg_dump")).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringContaining("pg_dump") }),
    );
    expect(defaultBackupFile("/srv/data/free-them.db", new Date("2026-12-01T12:00:00.123Z"), "/app")).toBe(
      "/app/data/backups/free-them-20261201T120000Z.db",
    );
  });

  it("the commands exit 2 for PostgreSQL and 1 for a missing backup, with one clear line", { timeout: 60_000 }, async () => {
    const run = promisify(execFile);
    const command = (script: string, args: string[], url: string) =>
      run(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, DATABASE_URL: url } }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: "" }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );

    const postgres = await command("scripts/db-backup.ts", [], "postgresql://user@127.0.0.1:5432/free_them");
    expect(postgres.code).toBe(2);
    expect(postgres.stderr).toContain("pg_dump");
    expect(postgres.stderr).not.toMatch(/\n\s+at /);

    const missing = await command("scripts/db-restore.ts", [join(TEST_DIR, "missing.db")], `file:${database}`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No file at");
    expect(missing.stderr).not.toMatch(/\n\s+at /);

    const destination = join(TEST_DIR, `cli-backup-${Date.now()}.db`);
    const made = await command("scripts/db-backup.ts", [destination], `file:${database}`);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("integrity_check: ok");
    expect(checkSqliteFile(destination).counts.probe_signature).toBe(10_000);
  });
});
