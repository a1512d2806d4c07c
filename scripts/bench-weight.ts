// `npm run bench:weight`: only the phone's figures of `npm run bench` (first-load JavaScript and
// Lighthouse), without the load runs: the product and the bare baseline, side by side.
import { mkdirSync, rmSync } from "node:fs";
import { buildBaseline, startBaseline, startProduct, type RunningServer } from "./bench/servers";
import { reportPageWeight } from "./bench/weight-report";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DB_FILE = "data/bench.db";
const log = (line: string) => console.log(`[bench] ${line}`);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

mkdirSync("data", { recursive: true });
for (const path of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`]) rmSync(path, { force: true });
const servers: RunningServer[] = [];
try {
  log("starting the product (it builds first when its build is stale) and building the bare baseline");
  const product = await startProduct(PORT, {
    APP_URL: `http://127.0.0.1:${PORT}`,
    DATABASE_URL: `file:./${DB_FILE}`,
    NEXT_DIST_DIR: ".next-bench",
    MAIL_WORKER: "off",
  });
  servers.push(product);
  buildBaseline("bench/baseline", ".next-bench-baseline", 50_000);
  const baseline = await startBaseline("bench/baseline", PORT + 1, { BENCH_BASELINE_DB: "data/bench-baseline.db" });
  servers.push(baseline);
  const ok = await reportPageWeight(product, baseline, log);
  log(ok ? "PASS" : "FAIL");
  process.exitCode = ok ? 0 : 1;
} finally {
  for (const server of servers) server.stop();
}
