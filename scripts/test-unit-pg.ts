// `npm run test:unit:pg`: the Vitest suite again on PostgreSQL (docs/decisions/039), on the server
// TEST_POSTGRES_URL names (a role that may create databases). `npm test` runs it; on a machine
// without PostgreSQL it says so and passes, and `.ci/run` always sets it.
import { spawnSync } from "node:child_process";
import { postgresTestUrlOrExit } from "./postgres-test-url";

postgresTestUrlOrExit("test:unit:pg");
const run = spawnSync("node_modules/.bin/vitest", ["run"], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_PROVIDER: "postgresql" },
});
process.exit(run.status ?? 1);
