// `npm run bench`: signing throughput through the real server action, measured side by side with
// a bare one-insert server action in the same run (this machine is noisy: only ratios from one
// run mean anything). Checks that every acknowledged signature is in the database.
//
// Then page serving: a cached public profile through the custom server (which reads each page to
// hash its inline scripts for the Content-Security-Policy, then compresses it) against the same
// page from a bare `next start` of the same build, and a page rendered per request (what nonces
// would make of every page), in one run (docs/decisions/017).
//
// Builds into .next-bench with a fresh data/bench.db, starts `npm start` on 127.0.0.1 with the
// baseline endpoint on, the per-IP limit lifted (all load comes from 127.0.0.1) and the mail worker
// off (mails stay queued in the outbox; sending is not what is measured).
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
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
const BARE_PORT = PORT + 1;
const PROFILE = "/prisoners/maryia-kalesnikava";
const PETITION = "release-all-political-prisoners";
const BOUNDARY = "----freethembench";
// The server's hash key, chosen here so that stored signatures can be found by their address's
// keyed hash (names are sealed at rest; docs/decisions/018).
const HASH_KEY = randomBytes(32).toString("base64url");
const emailHash = (email: string) => createHmac("sha256", HASH_KEY).update(`email:${email}`).digest("hex");

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
      HASH_KEY,
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

/** The same build served by Next alone: no CSP step, no compression, no checks in front. */
async function startBareNext(): Promise<ChildProcess> {
  const server = spawn("node_modules/.bin/next", ["start", "--port", String(BARE_PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      APP_URL: ORIGIN,
      DATABASE_URL: `file:./${DB_FILE}`,
      NEXT_DIST_DIR: DIST,
      MAIL_WORKER: "off",
    },
    stdio: "ignore",
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${BARE_PORT}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The bare Next server did not start");
}

interface PageResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function runPage(label: string, origin: string, path: string, seconds: number, gzip = true): Promise<PageResult> {
  const result = await autocannon({
    url: `${origin}${path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { accept: "text/html", ...(gzip ? { "accept-encoding": "gzip" } : {}) },
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
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
    (sqlite.prepare(`SELECT emailHash FROM "Signature"`).all() as { emailHash: string }[]).map((row) => row.emailHash),
  );
  const outboxed = (sqlite.prepare(`SELECT count(*) AS n FROM "OutboxMessage" WHERE kind = 'signature-confirm'`).get() as { n: number }).n;
  sqlite.close();
  const lost = acknowledged.filter((unique) => !stored.has(emailHash(`bench-${unique}@example.org`))).length;

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
  // Page serving, uncompressed on both sides (Next's own compression is off in next.config.ts:
  // the custom server compresses after hashing), so the ratio is the cost of the CSP step.
  const bare = await startBareNext();
  const pages: PageResult[] = [];
  try {
    const policy = (await fetch(`${ORIGIN}${PROFILE}`)).headers.get("content-security-policy") ?? "";
    log(
      `profile page CSP: ${policy
        .split("; ")
        .find((d) => d.startsWith("script-src"))
        ?.slice(0, 80)}…`,
    );
    await runPage("warm-up", ORIGIN, PROFILE, 3);
    await runPage("warm-up", `http://127.0.0.1:${BARE_PORT}`, PROFILE, 3);
    for (let round = 1; round <= ROUNDS; round++) {
      const pair = [
        () => runPage(`bare next #${round}`, `http://127.0.0.1:${BARE_PORT}`, PROFILE, SECONDS, false),
        () => runPage(`our server #${round}`, ORIGIN, PROFILE, SECONDS, false),
      ];
      for (const measure of round % 2 === 1 ? pair : pair.reverse()) pages.push(await measure());
    }
    // What every page would cost if it were rendered per request (as nonces require).
    pages.push(await runPage("per-request page", ORIGIN, "/prisoners?q=ma", SECONDS, false));
    pages.push(await runPage("gzipped, our server", ORIGIN, PROFILE, SECONDS));
  } finally {
    try {
      process.kill(-bare.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
  const pageMean = (label: string) => {
    const runs = pages.filter((r) => r.label.startsWith(label));
    return runs.reduce((sum, r) => sum + r.requestsPerSecond, 0) / runs.length;
  };
  const pageRatio = pageMean("our server") / pageMean("bare next");
  console.log("");
  console.log("page run             req/s    p50 ms   p99 ms   non-2xx");
  for (const r of pages) {
    console.log(
      `${r.label.padEnd(20)} ${r.requestsPerSecond.toFixed(0).padStart(6)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.non2xx).padStart(9)}`,
    );
  }
  console.log("");
  log(`cached profile through our server (CSP hashes) / bare next start: ${pageRatio.toFixed(2)}`);
  log(`per-request rendered page / cached profile through our server: ${(pageMean("per-request") / pageMean("our server")).toFixed(2)}`);
  const resultsDir = "data/bench-results";
  writeFileSync(
    `${resultsDir}/${new Date().toISOString().replace(/[:.]/g, "-")}-pages.json`,
    JSON.stringify({ pageRatio, pages }, null, 2),
  );

  const ok = lost === 0 && outboxed >= acknowledged.length && ratio >= TARGET_RATIO;
  log(ok ? "PASS" : "FAIL");
  process.exitCode = ok ? 0 : 1;
} finally {
  stop();
}
