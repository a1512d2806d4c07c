import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readlinkSync, realpathSync, rmSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { databaseKind, sqliteFilePath } from "../database-url";

// Backup and restore of the SQLite database through SQLite's online backup API
// (docs/decisions/019-backup-and-restore.md). A plain file copy of a live WAL database misses the
// commits still in the -wal file and can tear a page a checkpoint is writing; the backup API
// reads every page inside one read transaction, so the copy is one committed state, while the
// app goes on writing (in WAL mode a reader never blocks the writer).

/** A mistake of the person running the command (missing file, not a database): printed, never a stack trace. */
export class DatabaseFileError extends Error {
  /** 2 for a usage mistake (arguments, DATABASE_URL), 1 for a file that cannot be used. */
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** The SQLite file DATABASE_URL names; PostgreSQL is pointed at its own tools (pg_dump, pg_restore). */
export function sqliteFileFromUrl(url: string, command: string, postgresTool: string): string {
  let kind;
  try {
    kind = databaseKind(url);
  } catch (error) {
    throw new DatabaseFileError((error as Error).message, 2);
  }
  if (kind === "postgresql")
    throw new DatabaseFileError(
      `DATABASE_URL is a PostgreSQL database; ${command} handles SQLite only. Use PostgreSQL's own tool: ${postgresTool}`,
      2,
    );
  return sqliteFilePath(url);
}

/** The tables whose row counts the commands print. */
export const MAIN_TABLES = [
  "Prisoner",
  "Update",
  "Petition",
  "Signature",
  "Subscription",
  "Comment",
  "StaffUser",
  "AuditLog",
  "OutboxMessage",
] as const;

export interface SqliteCheck {
  file: string;
  bytes: number;
  /** "ok", or the first problems PRAGMA integrity_check names. */
  integrity: string;
  /** Rows in every table of the file (SQLite's own tables left out). */
  counts: Record<string, number>;
}

// All pages in one step: the whole copy is read inside one read transaction, so it is one
// consistent snapshot and a writer in another process cannot make it restart page after page.
const ALL_PAGES = 0x7fffffff;

/** data/backups/<database name>-<UTC time>.db, e.g. data/backups/free-them-20261201T120000Z.db. */
export function defaultBackupFile(databaseFile: string, now: Date = new Date(), cwd: string = process.cwd()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return join(cwd, "data", "backups", `${basename(databaseFile, extname(databaseFile))}-${stamp}.db`);
}

/** Opens a file that must already be a SQLite database, with a clear error when it is not. */
function openExisting(file: string, options: Database.Options = {}): Database.Database {
  if (!existsSync(file)) throw new DatabaseFileError(`No file at ${file}.`);
  if (!statSync(file).isFile()) throw new DatabaseFileError(`${file} is not a file.`);
  let connection: Database.Database | undefined;
  try {
    connection = new Database(file, { fileMustExist: true, timeout: 5000, ...options });
    // Opening is lazy: the first read is what finds out whether the file is a database at all.
    connection.prepare("SELECT count(*) FROM sqlite_schema").get();
    return connection;
  } catch (error) {
    connection?.close();
    if (isSqliteError(error, "SQLITE_NOTADB") || isSqliteError(error, "SQLITE_CORRUPT"))
      throw new DatabaseFileError(`${file} is not a SQLite database (or is damaged beyond reading).`);
    throw error;
  }
}

function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith(code);
}

function readCheck(connection: Database.Database, file: string): SqliteCheck {
  const problems = connection.pragma("integrity_check(10)", { simple: false }) as { integrity_check: string }[];
  const integrity = problems.map((row) => row.integrity_check).join("; ");
  const tables = connection
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts = Object.fromEntries(
    tables.map((table) => [
      table,
      connection
        .prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
  return { file, bytes: statSync(file).size, integrity, counts };
}

/** Integrity and row counts of a SQLite file, read without changing it. */
export function checkSqliteFile(file: string): SqliteCheck {
  const connection = openExisting(file, { readonly: true });
  try {
    return readCheck(connection, file);
  } catch (error) {
    if (isSqliteError(error, "SQLITE_CORRUPT"))
      return { file, bytes: statSync(file).size, integrity: "database disk image is malformed", counts: {} };
    throw error;
  } finally {
    connection.close();
  }
}

/**
 * Copies the database at `sourceFile` to `destinationFile` (which must not exist yet) while other
 * processes keep using it, then checks the copy. The copy is a single file in rollback-journal
 * mode, so it can be moved, archived or opened on its own.
 */
export async function backupSqlite(sourceFile: string, destinationFile: string): Promise<SqliteCheck> {
  const destination = resolve(destinationFile);
  if (existsSync(destination))
    throw new DatabaseFileError(`${destination} exists already; choose another name (a backup never overwrites).`);
  // Read-only: a backup never writes to the live database, and closing it never checkpoints or
  // removes the -wal file the server is writing to.
  const source = openExisting(resolve(sourceFile), { readonly: true });
  try {
    mkdirSync(dirname(destination), { recursive: true });
    await source.backup(destination, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new Database(destination, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    const check = readCheck(copy, destination);
    if (check.integrity !== "ok") throw new Error(`The backup at ${destination} fails its integrity check: ${check.integrity}`);
    return check;
  } finally {
    copy.close();
  }
}

/**
 * Process ids, other than this one, that hold the database or its -wal/-shm file open; null when
 * this system offers no way to tell (no /proc and no lsof).
 */
export function processesUsing(databaseFile: string): number[] | null {
  const file = resolve(databaseFile);
  const wanted = new Set([file, `${file}-wal`, `${file}-shm`].map((path) => (existsSync(path) ? realpathSync(path) : path)));
  if (existsSync("/proc/self/fd")) {
    const pids = new Set<number>();
    for (const entry of readdirSync("/proc")) {
      const pid = Number(entry);
      if (!Number.isInteger(pid) || pid === process.pid) continue;
      let fds: string[];
      try {
        fds = readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue; // gone, or another user's process
      }
      for (const fd of fds) {
        try {
          if (wanted.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
            pids.add(pid);
            break;
          }
        } catch {
          // closed meanwhile
        }
      }
    }
    return [...pids].sort((a, b) => a - b);
  }
  try {
    const existing = [...wanted].filter((path) => existsSync(path));
    if (existing.length === 0) return [];
    const output = execFileSync("lsof", ["-t", "--", ...existing], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return [...new Set(output.split(/\s+/).filter(Boolean).map(Number))].filter((pid) => pid !== process.pid);
  } catch (error) {
    // lsof exits 1 when no process has any of the files open.
    if ((error as { status?: number }).status === 1) return [];
    return null;
  }
}

export interface RestoreReport {
  backup: SqliteCheck;
  restored: SqliteCheck;
  /** Leftover -wal/-shm files of the old database that were removed before restoring. */
  removedStale: string[];
  /** Processes that had the database open when --force was given. */
  forcedPast: number[];
}

/**
 * Replaces the database at `targetFile` with the backup at `backupFile`: checks the backup first,
 * refuses while another process has the database open (unless `force`), removes a stale -wal/-shm
 * left by a crashed server, writes the backup's pages in through the backup API, and checks the result.
 */
export async function restoreSqlite(backupFile: string, targetFile: string, { force = false } = {}): Promise<RestoreReport> {
  const target = resolve(targetFile);
  const backupPath = resolve(backupFile);
  if (backupPath === target) throw new DatabaseFileError("The backup and the database are the same file.");
  const backup = checkSqliteFile(backupPath);
  if (backup.integrity !== "ok")
    throw new DatabaseFileError(`${backupPath} fails its integrity check (${backup.integrity}); nothing was changed.`);

  const users = processesUsing(target);
  if (!force) {
    if (users === null)
      throw new DatabaseFileError(
        "Cannot tell on this system whether the app has the database open. Stop the app first, then run again with --force.",
      );
    if (users.length > 0)
      throw new DatabaseFileError(
        `The database is in use (process ${users.join(", ")}). Stop the app first, then restore; nothing was changed.`,
      );
  }

  // With nobody using the database, a -wal or -shm beside it is a crashed server's leftover: its
  // frames belong to the old file and must not be replayed over the restored pages.
  const removedStale: string[] = [];
  if (!users?.length) {
    for (const leftover of [`${target}-wal`, `${target}-shm`]) {
      if (existsSync(leftover)) {
        rmSync(leftover);
        removedStale.push(leftover);
      }
    }
  }

  mkdirSync(dirname(target), { recursive: true });
  const source = openExisting(backupPath, { readonly: true });
  try {
    await source.backup(target, { progress: () => ALL_PAGES });
  } catch (error) {
    if (isSqliteError(error, "SQLITE_BUSY"))
      throw new DatabaseFileError("The database stayed busy (the app is writing to it). Stop the app first.");
    if (isSqliteError(error, "SQLITE_NOTADB"))
      throw new DatabaseFileError(`${target} exists but is not a SQLite database; move it away first.`);
    throw error;
  } finally {
    source.close();
  }

  const restoredConnection = new Database(target, { fileMustExist: true, timeout: 5000 });
  try {
    // The app runs in WAL mode (lib/db/migrate.ts); the mode is stored in the file.
    restoredConnection.pragma("journal_mode = WAL");
    const restored = readCheck(restoredConnection, target);
    if (restored.integrity !== "ok") throw new Error(`The restored database fails its integrity check: ${restored.integrity}`);
    return { backup, restored, removedStale, forcedPast: users ?? [] };
  } finally {
    restoredConnection.close();
  }
}

/** Lines for a terminal: integrity and the counts of the main tables. */
export function describeCheck(check: SqliteCheck): string[] {
  const tables = MAIN_TABLES.filter((table) => table in check.counts);
  const width = Math.max(...tables.map((table) => table.length), 5);
  return [
    `  integrity_check: ${check.integrity}`,
    `  size: ${(check.bytes / 1024).toFixed(0)} KiB, ${Object.keys(check.counts).length} tables`,
    ...tables.map((table) => `  ${table.padEnd(width)} ${String(check.counts[table]).padStart(8)}`),
  ];
}
