// `npm run bench`: the product measured side by side with a bare Next app in the same run (this
// machine is noisy: only ratios from one run mean anything). The bare app (bench/baseline) is a
// separate Next app on the same node_modules, with none of the product's layers (custom server,
// proxy, i18n, CSP): a yardstick inside the product would pay the product's costs and hide them.
//
// Signing: the real server action against the baseline's one-insert server action, both called as
// a form's action is from JavaScript. Checks that every acknowledged signature (and baseline row)
// is in its database.
//
// Pages: the cached public profile through our server against the baseline's static page of about
// the same size: everything the product adds to serving a page (custom server and its CSP hashes,
// proxy, i18n, layout; docs/decisions/017). Then a page rendered per request (what nonces would
// make of every page). A bare `next start` of the product's own build is no yardstick: it runs the
// product's proxy and layout (and today answers public pages with a 307 to themselves).
//
// The product builds into .next-bench with a fresh data/bench.db and runs as `npm start` does,
// with the per-IP limit lifted (all load comes from 127.0.0.1) and the mail worker off (mails stay
// queued in the outbox; sending is not what is measured). Every server listens on 127.0.0.1 only.
import { mkdirSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { abba, actionId, getPage, mean, postAction, type ActionRun, type ActionTarget, type PageRun } from "./bench/load";
import { benchEmail, benchHashKey, freshDatabase, productBenchEnv, signTarget } from "./bench/product";
import { buildBaseline, startBaseline, startProduct } from "./bench/servers";
import { reportPageWeight } from "./bench/weight-report";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASELINE_PORT = PORT + 1;
const DB_FILE = "data/bench.db";
const BASELINE_DIR = "bench/baseline";
// As bench/baseline/next.config.ts sets it.
const BASELINE_DIST = ".next-bench-baseline";
const BASELINE_DB = "data/bench-baseline.db";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET_RATIO = 0.9;
const PROFILE = "/prisoners/maryia-kalesnikava";
const RESULTS_DIR = "data/bench-results";
const HASH_KEY = benchHashKey();

process.env.NEXT_TELEMETRY_DISABLED ??= "1";

function log(line: string) {
  console.log(`[bench] ${line}`);
}

/** Uncompressed size of a page, to show the two pages compared are alike. */
async function pageBytes(url: string): Promise<number> {
  const response = await fetch(url, { headers: { accept: "text/html", "accept-encoding": "identity" }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}, not the page`);
  return (await response.arrayBuffer()).byteLength;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-");

mkdirSync("data", { recursive: true });
freshDatabase(DB_FILE);
freshDatabase(BASELINE_DB);
log("starting the product (it builds first when its build is stale)");
const product = await startProduct(PORT, productBenchEnv(PORT, DB_FILE, HASH_KEY.key));
const servers = [product];

try {
  const profileBytes = await pageBytes(`${product.origin}${PROFILE}`);
  // A page holds its text twice (the HTML and React's payload) beside ~5 KB of Next's own.
  log(`building the bare baseline app (${BASELINE_DIR}) with a page of about ${profileBytes} bytes`);
  buildBaseline(BASELINE_DIR, BASELINE_DIST, Math.max(0, Math.round((profileBytes - 5_300) / 2.05)));
  const baseline = await startBaseline(BASELINE_DIR, BASELINE_PORT, { BENCH_BASELINE_DB: BASELINE_DB });
  servers.push(baseline);

  const sign = signTarget(product.origin);
  const insert: ActionTarget = {
    origin: baseline.origin,
    path: "/",
    id: actionId(BASELINE_DIST, "insertOne"),
    fields: (unique) => ({ name: unique }),
  };

  log(`warming up (${CONNECTIONS} connections)`);
  await postAction("warm-up", insert, 5, CONNECTIONS);
  await postAction("warm-up", sign, 5, CONNECTIONS);
  const results: ActionRun[] = await abba(ROUNDS, [
    (round) => postAction(`bare insert #${round}`, insert, SECONDS, CONNECTIONS),
    (round) => postAction(`sign #${round}`, sign, SECONDS, CONNECTIONS),
  ]);
  const ratio = mean(results, "sign", (r) => r.requestsPerSecond) / mean(results, "bare insert", (r) => r.requestsPerSecond);

  // Every signature the server acknowledged must be in the database; so must every baseline row.
  const acknowledged = results.filter((r) => r.label.startsWith("sign")).flatMap((r) => r.acknowledged);
  const sqlite = new Database(DB_FILE, { readonly: true });
  const stored = new Set(
    (sqlite.prepare(`SELECT emailHash FROM "Signature"`).all() as { emailHash: string }[]).map((row) => row.emailHash),
  );
  const outboxed = (sqlite.prepare(`SELECT count(*) AS n FROM "OutboxMessage" WHERE kind = 'signature-confirm'`).get() as { n: number }).n;
  sqlite.close();
  const lost = acknowledged.filter((unique) => !stored.has(HASH_KEY.emailHash(benchEmail(unique)))).length;
  const inserted = results.filter((r) => r.label.startsWith("bare insert")).flatMap((r) => r.acknowledged);
  const baselineDb = new Database(BASELINE_DB, { readonly: true });
  const rows = new Set((baselineDb.prepare(`SELECT name FROM "Row"`).all() as { name: string }[]).map((row) => row.name));
  baselineDb.close();
  const baselineLost = inserted.filter((unique) => !rows.has(unique)).length;

  console.log("");
  console.log("run              req/s    p50 ms   p99 ms   acked    errors");
  for (const r of results) {
    console.log(
      `${r.label.padEnd(16)} ${r.requestsPerSecond.toFixed(0).padStart(6)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.acknowledged.length).padStart(8)} ${String(r.errors + r.non2xx).padStart(9)}`,
    );
  }
  for (const r of results) if (r.firstError) log(`${r.label}, first unacknowledged answer: ${r.firstError}`);
  console.log("");
  log(`signing / bare one-insert action throughput ratio: ${ratio.toFixed(2)} (target >= ${TARGET_RATIO})`);
  log(
    `acknowledged signatures: ${acknowledged.length}; in the database: ${acknowledged.length - lost}; lost: ${lost}; confirmation mails queued: ${outboxed}`,
  );
  log(`acknowledged baseline inserts: ${inserted.length}; lost: ${baselineLost}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    `${RESULTS_DIR}/${stamp()}.json`,
    JSON.stringify(
      {
        ratio,
        lost,
        acknowledged: acknowledged.length,
        outboxed,
        baselineLost,
        results: results.map(({ acknowledged: a, ...r }) => ({ ...r, acknowledged: a.length })),
      },
      null,
      2,
    ),
  );

  // Page serving, uncompressed on both sides (the product's own Next compression is off in its
  // next.config.ts: the custom server compresses after hashing; autocannon asks for no encoding).
  const pagesCompared = [
    { label: "bare app page", url: `${baseline.origin}/profile` },
    { label: "our server", url: `${product.origin}${PROFILE}` },
  ];
  const sizes = new Map<string, number>();
  for (const { label, url } of pagesCompared) sizes.set(label, await pageBytes(url));
  const policy = (await fetch(`${product.origin}${PROFILE}`)).headers.get("content-security-policy") ?? "";
  log(
    `profile page CSP: ${policy
      .split("; ")
      .find((d) => d.startsWith("script-src"))
      ?.slice(0, 80)}…`,
  );
  for (const { url } of pagesCompared) await getPage("warm-up", url, 3, CONNECTIONS);
  const pages: PageRun[] = await abba(
    ROUNDS,
    pagesCompared.map(
      ({ label, url }) =>
        (round: number) =>
          getPage(`${label} #${round}`, url, SECONDS, CONNECTIONS),
    ),
  );
  pages.push(await getPage("per-request page", `${product.origin}/prisoners?q=ma`, SECONDS, CONNECTIONS));
  pages.push(await getPage("gzipped, our server", `${product.origin}${PROFILE}`, SECONDS, CONNECTIONS, true));

  const pageMean = (label: string) => mean(pages, label, (r) => r.requestsPerSecond);
  const pageRatio = pageMean("our server") / pageMean("bare app page");
  console.log("");
  console.log("page run             req/s    p50 ms   p99 ms   non-2xx     bytes");
  for (const r of pages) {
    const bytes = sizes.get(r.label.replace(/ #\d+$/, ""));
    console.log(
      `${r.label.padEnd(20)} ${r.requestsPerSecond.toFixed(0).padStart(6)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.non2xx).padStart(9)} ${String(bytes ?? "").padStart(9)}`,
    );
  }
  console.log("");
  log(`cached profile through our server / the bare app's static page of about its size: ${pageRatio.toFixed(2)}`);
  log(`per-request rendered page / cached profile through our server: ${(pageMean("per-request") / pageMean("our server")).toFixed(2)}`);
  writeFileSync(`${RESULTS_DIR}/${stamp()}-pages.json`, JSON.stringify({ pageRatio, sizes: Object.fromEntries(sizes), pages }, null, 2));

  const weightOk = await reportPageWeight(product, baseline, log);

  const ok = lost === 0 && baselineLost === 0 && outboxed >= acknowledged.length && ratio >= TARGET_RATIO && weightOk;
  log(ok ? "PASS" : "FAIL");
  process.exitCode = ok ? 0 : 1;
} finally {
  for (const server of servers) server.stop();
}
