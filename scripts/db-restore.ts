// `npm run db:restore -- <backup file> [--force]`: puts a backup made by `npm run db:backup` back
// in place of the SQLite database in DATABASE_URL. Stop the app first: the command refuses while
// any process has the database open (--force overrides that, for a system where it cannot tell).
// Why and how: docs/decisions/019-backup-and-restore.md.
import { parseArgs } from "node:util";
import { config as loadDotenv } from "dotenv";
import { databaseUrlFromEnv } from "../lib/database-url";
import { DatabaseFileError, describeCheck, restoreSqlite, sqliteFileFromUrl } from "../lib/db/backup";

loadDotenv({ quiet: true });
const USAGE = "Usage: npm run db:restore -- <backup file> [--force]   (stop the app first)";

try {
  const { positionals, values } = parseArguments();
  const backupFile = positionals[0];
  if (positionals.length !== 1 || !backupFile) throw new DatabaseFileError(USAGE, 2);
  const database = sqliteFileFromUrl(
    databaseUrlFromEnv(process.env),
    "db:restore",
    'pg_restore --clean --dbname="$DATABASE_URL" <backup file>',
  );
  const report = await restoreSqlite(backupFile, database, { force: values.force });
  console.log(`Checked the backup ${report.backup.file}:`);
  for (const line of describeCheck(report.backup)) console.log(line);
  for (const file of report.removedStale)
    console.log(`Removed the stale ${file} (left by a server that stopped without closing the database).`);
  if (report.forcedPast.length)
    console.log(`--force: process ${report.forcedPast.join(", ")} had the database open; restart it now so it holds nothing from before.`);
  console.log(`Restored it into ${report.restored.file} (the old contents are replaced):`);
  for (const line of describeCheck(report.restored)) console.log(line);
  console.log("Start the app again with: npm start");
} catch (error) {
  if (!(error instanceof DatabaseFileError)) throw error;
  console.error(`db:restore: ${error.message}`);
  process.exit(error.exitCode);
}

function parseArguments() {
  try {
    return parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  } catch (error) {
    throw new DatabaseFileError(`${(error as Error).message}\n${USAGE}`, 2);
  }
}
