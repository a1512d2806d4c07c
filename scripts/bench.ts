// `npm run bench`: signing throughput through the real server action, measured side by side with
// a bare one-insert server action in the same run (this machine is noisy: only ratios from one
// run mean anything). Checks that every acknowledged signature is in the database.
//
// Builds into .next-bench with a fresh data/bench.db, starts `next start` on 127.0.0.1 with the
// baseline endpoint on, the per-IP limit lifted (all load comes from 127.0.0.1) and the mail worker
// off (mails stay queued in the outbox; sending is not what is measured).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import Database from "better-sqlite3";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = ".next-bench";
const DB_FILE = "data/bench.db";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET_RATIO = 0.9;
const PETITION = "release-all-political-prisoners";
const BOUNDARY = "----freethembench";

function log(line: string) {
  console.log(`[bench] ${line}`);
}

async function startServer(): Promise<ChildProcess> {
  for (const file of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`]) rmSync(file, { force: true });
  const server = spawn("npx", ["tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      APP_URL: ORIGIN,
      DATABASE_URL: `file:./${DB_FILE}`,
      NEXT_DIST_DIR: DIST,
      BENCH_ENDPOINTS: "1",
      MAIL_WORKER: "off",
      SIGN_LIMIT_PER_IP_PER_HOUR: "1000000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server stopped:\n${output.slice(-3000)}`);
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The server did not answer within 5 minutes:\n${output.slice(-3000)}`);
}

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(`${DIST}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`No server action ${exportedName} in the build`);
  return id;
}

/** The body React sends when a form's action is called from JavaScript: [previousState, formData]. */
function actionBody(fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(([name, value]) => [`_1_${name}`, value]);
  parts.push(["0", JSON.stringify([{ status: "idle" }, "$K1"])]);
  return (
    parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${BOUNDARY}--\r\n`
  );
}

interface RunResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  acknowledged: string[];
  errors: number;
  non2xx: number;
}

async function run(
  label: string,
  path: string,
  id: string,
  fields: (unique: string) => Record<string, string>,
  seconds: number,
): Promise<RunResult> {
  const acknowledged: string[] = [];
  let unexpected = 0;
  const result = await autocannon({
    url: `${ORIGIN}${path}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: {
          "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
          accept: "text/x-component",
          "next-action": id,
          origin: ORIGIN,
        },
        setupRequest: (request, context) => {
          const unique = randomUUID();
          (context as { unique?: string }).unique = unique;
          return { ...request, body: actionBody(fields(unique)) };
        },
        onResponse: (status, body, context) => {
          const unique = (context as { unique?: string }).unique!;
          if (status === 200 && body.includes('"status":"sent"')) acknowledged.push(unique);
          else unexpected++;
        },
      },
    ],
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    acknowledged,
    errors: result.errors + unexpected,
    non2xx: result.non2xx,
  };
}

const server = await startServer();
const stop = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stop);

try {
  const signId = actionId("signPetition");
  const baselineId = actionId("benchBaselineInsert");
  const sign = (unique: string) => ({ petition: PETITION, name: `Bench ${unique}`, email: `bench-${unique}@example.org`, country: "LT" });
  const baseline = (unique: string) => ({ name: unique });

  log(`warming up (${CONNECTIONS} connections)`);
  await run("warm-up", "/bench", baselineId, baseline, 5);
  await run("warm-up", `/petitions/${PETITION}`, signId, sign, 5);

  const results: RunResult[] = [];
  // ABBA order (baseline, sign, sign, baseline, ...): a drift during the run (a growing table, a
  // busy neighbour) weighs on both sides alike.
  for (let round = 1; round <= ROUNDS; round++) {
    const pair = [
      () => run(`baseline #${round}`, "/bench", baselineId, baseline, SECONDS),
      () => run(`sign #${round}`, `/petitions/${PETITION}`, signId, sign, SECONDS),
    ];
    for (const measure of round % 2 === 1 ? pair : pair.reverse()) results.push(await measure());
  }

  const mean = (label: string, pick: (r: RunResult) => number) => {
    const runs = results.filter((r) => r.label.startsWith(label));
    return runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  };
  const ratio = mean("sign", (r) => r.requestsPerSecond) / mean("baseline", (r) => r.requestsPerSecond);

  // Every signature the server acknowledged must be in the database.
  const sqlite = new Database(DB_FILE, { readonly: true });
  const acknowledged = results.filter((r) => r.label.startsWith("sign")).flatMap((r) => r.acknowledged);
  const stored = new Set(
    (sqlite.prepare(`SELECT name FROM "Signature" WHERE name LIKE 'Bench %'`).all() as { name: string }[]).map((row) => row.name.slice(6)),
  );
  const outboxed = (sqlite.prepare(`SELECT count(*) AS n FROM "OutboxMessage" WHERE kind = 'signature-confirm'`).get() as { n: number }).n;
  sqlite.close();
  const lost = acknowledged.filter((unique) => !stored.has(unique)).length;

  console.log("");
  console.log("run            req/s    p50 ms   p99 ms   acked    errors");
  for (const r of results) {
    console.log(
      `${r.label.padEnd(14)} ${r.requestsPerSecond.toFixed(0).padStart(6)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.acknowledged.length).padStart(8)} ${String(r.errors + r.non2xx).padStart(9)}`,
    );
  }
  console.log("");
  log(`signing / bare insert throughput ratio: ${ratio.toFixed(2)} (target >= ${TARGET_RATIO})`);
  log(
    `acknowledged signatures: ${acknowledged.length}; in the database: ${acknowledged.length - lost}; lost: ${lost}; confirmation mails queued: ${outboxed}`,
  );
  mkdirSync("data/bench-results", { recursive: true });
  writeFileSync(
    `data/bench-results/${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
    JSON.stringify(
      {
        ratio,
        lost,
        acknowledged: acknowledged.length,
        outboxed,
        results: results.map(({ acknowledged: a, ...r }) => ({ ...r, acknowledged: a.length })),
      },
      null,
      2,
    ),
  );
  const ok = lost === 0 && outboxed >= acknowledged.length && ratio >= TARGET_RATIO;
  log(ok ? "PASS" : "FAIL");
  process.exitCode = ok ? 0 : 1;
} finally {
  stop();
}
