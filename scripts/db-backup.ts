// `npm run db:backup [-- <file>]`: a consistent copy of the SQLite database, safe while the app
// serves (SQLite's online backup API), checked after writing. Default file:
// data/backups/<database name>-<UTC time>.db. Why and how: docs/decisions/019-backup-and-restore.md.
import { parseArgs } from "node:util";
import { config as loadDotenv } from "dotenv";
import { databaseUrlFromEnv } from "../lib/database-url";
import { backupSqlite, DatabaseFileError, defaultBackupFile, describeCheck, sqliteFileFromUrl } from "../lib/db/backup";

loadDotenv({ quiet: true });
const USAGE = "Usage: npm run db:backup [-- <backup file>]";

try {
  const { positionals } = parseArguments();
  if (positionals.length > 1) throw new DatabaseFileError(USAGE, 2);
  const database = sqliteFileFromUrl(
    databaseUrlFromEnv(process.env),
    "db:backup",
    'pg_dump --format=custom --file=<backup file> "$DATABASE_URL"',
  );
  const started = Date.now();
  const check = await backupSqlite(database, positionals[0] ?? defaultBackupFile(database));
  console.log(`Backed up ${database}`);
  console.log(`       to ${check.file} in ${Date.now() - started} ms (online backup: the app may keep serving).`);
  for (const line of describeCheck(check)) console.log(line);
  console.log(`Bring it back with: npm run db:restore -- ${check.file}`);
} catch (error) {
  if (!(error instanceof DatabaseFileError)) throw error;
  console.error(`db:backup: ${error.message}`);
  process.exit(error.exitCode);
}

function parseArguments() {
  try {
    return parseArgs({ allowPositionals: true, options: {} });
  } catch (error) {
    throw new DatabaseFileError(`${(error as Error).message}\n${USAGE}`, 2);
  }
}
