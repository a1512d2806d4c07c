import "dotenv/config";
import { databaseUrlFromEnv } from "../lib/database-url";
import { migrateDatabase } from "../lib/db/migrate";

const result = await migrateDatabase(databaseUrlFromEnv(process.env));
console.log(
  result.applied.length
    ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`
    : `Database is up to date (${result.alreadyApplied} migration(s) applied).`,
);
