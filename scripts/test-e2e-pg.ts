// `npm run test:e2e:pg`: the end-to-end suite again with the app on PostgreSQL (issue 12). A fresh
// database free_them_e2e on TEST_POSTGRES_URL's server; playwright.config.ts then starts the app
// with it (migrations, seed and build by `npm start`, as on SQLite) and the suite's own reads and
// fixtures use it too (e2e/support/database.ts). The with-JavaScript project only: what differs
// on PostgreSQL is below the pages, and the no-JavaScript pass would double the run's time.
import { spawnSync } from "node:child_process";
import { onPostgresqlAdmin, postgresqlUrl } from "../lib/test/database";
import { postgresTestUrlOrExit } from "./postgres-test-url";

const DATABASE = "free_them_e2e";
const adminUrl = postgresTestUrlOrExit("test:e2e:pg");

await onPostgresqlAdmin(adminUrl, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
await onPostgresqlAdmin(adminUrl, `CREATE DATABASE ${DATABASE}`);
let status = 1;
try {
  const run = spawnSync("node_modules/.bin/playwright", ["test", "--project=with-js", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: postgresqlUrl(adminUrl, DATABASE) },
  });
  status = run.status ?? 1;
} finally {
  await onPostgresqlAdmin(adminUrl, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
}
process.exit(status);
