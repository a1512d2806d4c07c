// `npm run db:fill`: a separate database full of synthetic data, to see what growth costs
// (scripts/fill/synthetic.ts; docs/benchmarks.md). By default 10^4 profiles and 10^6 signatures
// across 300 petitions into data/synthetic.db:
//   npm run db:fill -- [--database file:./data/other.db] [--profiles N] [--signatures N] [--petitions N] [--reset]
// Names and addresses are sealed with this installation's keys (.env, as `npm start` makes them),
// so a server started with the same .env opens them.
import { parseArgs } from "node:util";
import { config as loadDotenv } from "dotenv";
import { ensureLocalEnv } from "./local-env";

const USAGE = "Usage: npm run db:fill -- [--database file:./data/synthetic.db] [--profiles N] [--signatures N] [--petitions N] [--reset]";

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`db:fill: --${name} must be a whole number, got "${value}"\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

let args;
try {
  args = parseArgs({
    options: {
      database: { type: "string" },
      profiles: { type: "string" },
      signatures: { type: "string" },
      petitions: { type: "string" },
      reset: { type: "boolean", default: false },
    },
  }).values;
} catch (error) {
  console.error(`db:fill: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

ensureLocalEnv();
loadDotenv({ quiet: true });
// The keys and DATABASE_URL must be in the environment before the app's env module is read.
const { DEFAULT_SYNTHETIC_DATABASE, fillSynthetic } = await import("./fill/synthetic");

try {
  const result = await fillSynthetic({
    database: args.database ?? DEFAULT_SYNTHETIC_DATABASE,
    profiles: count(args.profiles, 10_000, "profiles"),
    signatures: count(args.signatures, 1_000_000, "signatures"),
    petitions: count(args.petitions, 300, "petitions"),
    reset: args.reset,
    log: (line) => console.log(`[fill] ${line}`),
  });
  const { counts } = result;
  console.log(
    `[fill] done in ${result.seconds.toFixed(1)} s: ${counts.prisoners} profiles, ${counts.petitions} petitions, ` +
      `${counts.signatures} signatures (${counts.confirmed} confirmed, ${counts.pending} pending); ` +
      `${result.file} is ${(result.bytes / 1024 / 1024).toFixed(1)} MiB`,
  );
} catch (error) {
  console.error(`db:fill: ${(error as Error).message}`);
  process.exit(1);
}
