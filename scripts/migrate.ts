import "dotenv/config";
import { databaseKind, databaseUrlFromEnv } from "../lib/database-url";
import { migrateSqlite } from "../lib/db/migrate";

const url = databaseUrlFromEnv(process.env);
if (databaseKind(url) !== "sqlite") {
  console.error(
    "PostgreSQL: run `npx prisma migrate deploy` on a machine that can download Prisma's engine (docs/decisions/003-migrations.md).",
  );
  process.exit(1);
}
const result = migrateSqlite(url);
console.log(
  result.applied.length
    ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`
    : `Database is up to date (${result.alreadyApplied} migration(s) applied).`,
);
