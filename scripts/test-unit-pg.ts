// `npm run test:unit:pg`: the Vitest suite again on PostgreSQL (docs/decisions/039), on the server
// TEST_POSTGRES_URL names (a role that may create databases). `npm test` runs it; on a machine
// without PostgreSQL it says so and passes, and `.ci/run` always sets it.
import { spawnSync } from "node:child_process";

if (!process.env.TEST_POSTGRES_URL) {
  console.log("[test:unit:pg] skipped: TEST_POSTGRES_URL is unset (set it to a PostgreSQL server to run the suite there)");
  process.exit(0);
}
const run = spawnSync("node_modules/.bin/vitest", ["run"], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_PROVIDER: "postgresql" },
});
process.exit(run.status ?? 1);
