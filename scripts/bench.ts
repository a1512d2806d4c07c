// `npm run bench`: the product measured side by side with a bare Next app in the same run (this
// machine is noisy: only ratios from one run mean anything). The bare app (bench/baseline) is a
// separate Next app on the same node_modules, with none of the product's layers (custom server,
// proxy, i18n, CSP): a yardstick inside the product would pay the product's costs and hide them.
//
// Each path of issue 12 against its floor, in ABBA order (floor, ours, ours, floor, ...):
// - signing without JavaScript: the petition page's form posted as a browser does with JS off
//   (multipart, React's hidden $ACTION_… fields), against the bare page's one-insert form posted
//   the same way;
// - signing through the JavaScript call, against the bare one-insert action called the same way;
// - the cached profile and the petition page, each against a bare static page of its size.
// Then a page rendered per request, the server memory (the whole process tree, sampled during the
// load), and the check that every acknowledged signature (and baseline row) is in its database.
//
// All of it once on SQLite and once on PostgreSQL (BENCH_DATABASES; PostgreSQL needs
// TEST_POSTGRES_URL, a role that may create databases). On PostgreSQL the bare insert goes to
// PostgreSQL too, through `pg`, the driver under the product's adapter there; on SQLite to SQLite.
//
// The product builds into .next-bench and runs as `npm start` does, with the per-IP limit lifted
// (all load comes from 127.0.0.1) and the mail worker off (mails stay queued in the outbox; sending
// is not what is measured). Every server listens on 127.0.0.1 only.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { postgresDatabases, sqliteDatabases, type BenchDatabases, type DatabaseKind } from "./bench/databases";
import { hiddenFields } from "./bench/forms";
import { benchImport, printImportTimings } from "./bench/import";
import { abba, actionId, getPage, mean, postAction, postForm, type ActionRun, type ActionTarget, type PageRun } from "./bench/load";
import { megabytes, processTree, sampleMemory, treeBytes } from "./bench/memory";
import { BENCH_PETITION } from "./bench/petition";
import { benchEmail, benchHashKey, noScriptSignTarget, productBenchEnv, signTarget } from "./bench/product";
import { buildBaseline, startBaseline, startProduct, type RunningServer } from "./bench/servers";
import { reportPageWeight } from "./bench/weight-report";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASELINE_PORT = PORT + 1;
const BASELINE_DIR = "bench/baseline";
// As bench/baseline/next.config.ts sets it.
const BASELINE_DIST = ".next-bench-baseline";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARM_UP_SECONDS = 3;
const KINDS = (process.env.BENCH_DATABASES ?? "sqlite,postgres").split(",").map((kind) => kind.trim());
const TARGET_RATIO = 0.9;
const SIGN_P99_TARGET_MS = 300;
const MEMORY_TARGET_BYTES = 350 * 1024 * 1024;
const PROFILE = "/prisoners/maryia-kalesnikava";
const PETITION = `/petitions/${BENCH_PETITION}`;
const RESULTS_DIR = "data/bench-results";
const HASH_KEY = benchHashKey();

process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const START = Date.now();

/** A line of the bench's own, with the minutes and seconds since it started (the run should stay under ~12 minutes). */
function log(line: string) {
  const seconds = Math.round((Date.now() - START) / 1000);
  console.log(`[bench ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}] ${line}`);
}

/** Uncompressed size of a page, to show the two pages compared are alike. */
async function pageBytes(url: string): Promise<number> {
  const response = await fetch(url, { headers: { accept: "text/html", "accept-encoding": "identity" }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}, not the page`);
  return (await response.arrayBuffer()).byteLength;
}

/** Left-aligned columns, each as wide as its widest cell. */
function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
}

const fixed = (value: number) => value.toFixed(0);

/** One line of the summary: a figure, its target and whether it is met. */
interface SummaryLine {
  database: DatabaseKind;
  measure: string;
  floor: string;
  ours: string;
  ratio: string;
  p50: string;
  p99: string;
  target: string;
  ok: boolean;
}

/** One of ours against its floor: the means of req/s and p50 over the rounds, the worst round's p99. */
function compare<T extends { label: string; requestsPerSecond: number; p50: number; p99: number }>(
  database: DatabaseKind,
  measure: string,
  runs: T[],
  floorLabel: string,
  oursLabel: string,
  p99TargetMs?: number,
): SummaryLine {
  const floor = mean(runs, floorLabel, (r) => r.requestsPerSecond);
  const ours = mean(runs, oursLabel, (r) => r.requestsPerSecond);
  const oursRuns = runs.filter((r) => r.label.startsWith(oursLabel));
  const p99 = Math.max(...oursRuns.map((r) => r.p99));
  const ratio = ours / floor;
  return {
    database,
    measure,
    floor: fixed(floor),
    ours: fixed(ours),
    ratio: ratio.toFixed(2),
    p50: fixed(mean(runs, oursLabel, (r) => r.p50)),
    p99: fixed(p99),
    target: `ratio >= ${TARGET_RATIO}${p99TargetMs ? `, p99 <= ${p99TargetMs} ms` : ""}`,
    ok: ratio >= TARGET_RATIO && (!p99TargetMs || p99 <= p99TargetMs),
  };
}

/** The columns every run's row starts with. */
const timing = (r: { label: string; requestsPerSecond: number; p50: number; p99: number }) => [
  r.label,
  fixed(r.requestsPerSecond),
  String(r.p50),
  String(r.p99),
];

function printActionRuns(runs: ActionRun[]): void {
  const rows = [["run", "req/s", "p50 ms", "p99 ms", "acked", "by redirect", "errors"]];
  for (const r of runs) rows.push([...timing(r), String(r.acknowledged.length), String(r.redirected), String(r.errors + r.non2xx)]);
  printTable(rows);
  for (const r of runs) if (r.firstError) log(`${r.label}, first unacknowledged answer: ${r.firstError}`);
}

function printPageRuns(runs: PageRun[], sizes: Map<string, number>): void {
  const rows = [["page run", "req/s", "p50 ms", "p99 ms", "non-2xx", "bytes"]];
  for (const r of runs) rows.push([...timing(r), String(r.non2xx), String(sizes.get(r.label.replace(/ #\d+$/, "")) ?? "")]);
  printTable(rows);
}

/** The bare baseline app, built once per run with static pages the size of the product's. */
let baselineBuilt = false;

async function buildBaselineLike(product: RunningServer): Promise<void> {
  if (baselineBuilt) return;
  const profileBytes = await pageBytes(`${product.origin}${PROFILE}`);
  const petitionBytes = await pageBytes(`${product.origin}${PETITION}`);
  // A page holds its text twice (the HTML and React's payload) beside ~5 KB of Next's own.
  const text = (bytes: number) => Math.max(0, Math.round((bytes - 5_300) / 2.05));
  log(`building the bare baseline app (${BASELINE_DIR}) with pages of about ${profileBytes} and ${petitionBytes} bytes`);
  buildBaseline(BASELINE_DIR, BASELINE_DIST, text(profileBytes), text(petitionBytes));
  baselineBuilt = true;
}

/** Everything measured on one database: both servers started on it, measured, stopped. */
async function measureOn(databases: BenchDatabases, first: boolean) {
  const { kind } = databases;
  log(`--- ${kind}: fresh databases; starting the product (it builds first when its build is stale)`);
  await databases.fresh();
  const product = await startProduct(PORT, productBenchEnv(PORT, databases.productUrl, HASH_KEY.key));
  const servers: RunningServer[] = [product];
  try {
    await buildBaselineLike(product);
    const baseline = await startBaseline(BASELINE_DIR, BASELINE_PORT, databases.baselineEnv);
    servers.push(baseline);

    const insert: ActionTarget = {
      origin: baseline.origin,
      path: "/",
      id: actionId(BASELINE_DIST, "insertOne"),
      fields: (unique) => ({ name: unique }),
    };
    const noScriptInsert = {
      origin: baseline.origin,
      path: "/",
      hidden: await hiddenFields(`${baseline.origin}/`, 'data-testid="insert-form"'),
      fields: (unique: string) => ({ name: unique }),
      sentMark: "insert-sent",
    };
    const sign = signTarget(product.origin);
    const noScriptSign = noScriptSignTarget(product.origin, await hiddenFields(`${product.origin}${PETITION}`, 'data-testid="sign-form"'));

    const memory = sampleMemory({ product: product.pid, baseline: baseline.pid });
    log(`signing without JavaScript, then through the JavaScript call (${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s)`);
    // Warm-ups are checked for lost rows too (labels "bare …"/"sign …" as the runs they warm up).
    const warmUps = [
      await postForm("bare form post, warm-up", noScriptInsert, WARM_UP_SECONDS, CONNECTIONS),
      await postForm("sign form post, warm-up", noScriptSign, WARM_UP_SECONDS, CONNECTIONS),
    ];
    const noScript = await abba(ROUNDS, [
      (round) => postForm(`bare form post #${round}`, noScriptInsert, SECONDS, CONNECTIONS),
      (round) => postForm(`sign form post #${round}`, noScriptSign, SECONDS, CONNECTIONS),
    ]);
    warmUps.push(
      await postAction("bare action, warm-up", insert, WARM_UP_SECONDS, CONNECTIONS),
      await postAction("sign action, warm-up", sign, WARM_UP_SECONDS, CONNECTIONS),
    );
    const called = await abba(ROUNDS, [
      (round) => postAction(`bare action #${round}`, insert, SECONDS, CONNECTIONS),
      (round) => postAction(`sign action #${round}`, sign, SECONDS, CONNECTIONS),
    ]);

    // Page serving, uncompressed on both sides (the product's own Next compression is off in its
    // next.config.ts: the custom server compresses after hashing; autocannon asks for no encoding).
    const pagesCompared = [
      { label: "bare profile", url: `${baseline.origin}/profile` },
      { label: "our profile", url: `${product.origin}${PROFILE}` },
      { label: "bare petition", url: `${baseline.origin}/petition` },
      { label: "our petition", url: `${product.origin}${PETITION}` },
    ];
    const sizes = new Map<string, number>();
    for (const { label, url } of pagesCompared) sizes.set(label, await pageBytes(url));
    log(`pages: the cached profile and the petition page against bare static pages of their size`);
    for (const { url } of pagesCompared) await getPage("warm-up", url, WARM_UP_SECONDS, CONNECTIONS);
    const pages: PageRun[] = [];
    for (const pair of [pagesCompared.slice(0, 2), pagesCompared.slice(2)])
      pages.push(
        ...(await abba(
          ROUNDS,
          pair.map(
            ({ label, url }) =>
              (round: number) =>
                getPage(`${label} #${round}`, url, SECONDS, CONNECTIONS),
          ),
        )),
      );
    pages.push(await getPage("per-request page", `${product.origin}/prisoners?q=ma`, SECONDS, CONNECTIONS));
    if (first) pages.push(await getPage("gzipped, our profile", `${product.origin}${PROFILE}`, SECONDS, CONNECTIONS, true));
    const { peaks, largestProcessPeaks, samples } = memory.stop();
    const productTree = processTree(product.pid);
    const baselineTree = processTree(baseline.pid);

    // Every signature the server acknowledged must be in the database; so must every baseline row.
    const stored = await databases.signatureHashes();
    const outboxed = await databases.queuedConfirmations();
    const rows = await databases.baselineRows();
    const posts = [...warmUps, ...noScript, ...called];
    const acknowledged = posts.filter((r) => r.label.startsWith("sign")).flatMap((r) => r.acknowledged);
    const lost = acknowledged.filter((unique) => !stored.has(HASH_KEY.emailHash(benchEmail(unique)))).length;
    const inserted = posts.filter((r) => r.label.startsWith("bare")).flatMap((r) => r.acknowledged);
    const baselineLost = inserted.filter((unique) => !rows.has(unique)).length;
    const noScriptSigns = posts.filter((r) => r.label.startsWith("sign form post"));
    const redirected = noScriptSigns.reduce((sum, r) => sum + r.redirected, 0);
    const noScriptAcknowledged = noScriptSigns.reduce((sum, r) => sum + r.acknowledged.length, 0);

    console.log("");
    printActionRuns(posts);
    console.log("");
    printPageRuns(pages, sizes);
    console.log("");
    log(
      `${kind}: no-JavaScript signatures acknowledged (warm-up included) ${noScriptAcknowledged}: ${noScriptAcknowledged - redirected} by the page with sign-sent, ${redirected} by a redirect`,
    );
    log(
      `${kind}: acknowledged signatures (warm-ups included) ${acknowledged.length}; in the database ${acknowledged.length - lost}; lost ${lost}; confirmation mails queued ${outboxed}; baseline rows acknowledged ${inserted.length}, lost ${baselineLost}`,
    );
    log(`${kind}: our server's processes after the load: ${productTree.map((p) => `${p.command} ${megabytes(p.rssBytes)}`).join(", ")}`);
    log(
      `${kind}: memory peaks over ${samples} samples: our tree ${megabytes(peaks.product ?? 0)}, its largest process ${megabytes(largestProcessPeaks.product ?? 0)}; the bare app's tree ${megabytes(peaks.baseline ?? 0)}`,
    );

    const lines: SummaryLine[] = [
      compare(kind, "sign without JavaScript", noScript, "bare form post", "sign form post", SIGN_P99_TARGET_MS),
      compare(kind, "sign through the JS call", called, "bare action", "sign action", SIGN_P99_TARGET_MS),
      compare(kind, "profile page GET", pages, "bare profile", "our profile"),
      compare(kind, "petition page GET", pages, "bare petition", "our petition"),
      {
        database: kind,
        measure: "server memory (RSS, peak)",
        floor: `${megabytes(treeBytes(baselineTree))} (${megabytes(peaks.baseline ?? 0)})`,
        ours: `${megabytes(treeBytes(productTree))} (${megabytes(peaks.product ?? 0)})`,
        ratio: "",
        p50: "",
        p99: "",
        target: `peak <= ${megabytes(MEMORY_TARGET_BYTES)}`,
        ok: (peaks.product ?? Infinity) <= MEMORY_TARGET_BYTES,
      },
      {
        database: kind,
        measure: "acknowledged, not stored",
        floor: `${baselineLost} of ${inserted.length}`,
        ours: `${lost} of ${acknowledged.length}`,
        ratio: "",
        p50: "",
        p99: "",
        target: "0, and a mail queued for each",
        ok: lost === 0 && baselineLost === 0 && outboxed >= acknowledged.length,
      },
    ];
    const weightOk = first ? await reportPageWeight(product, baseline, log) : undefined;
    if (weightOk !== undefined)
      lines.push({
        database: kind,
        measure: "page weight (JS, Lighthouse)",
        floor: "",
        ours: "",
        ratio: "",
        p50: "",
        p99: "",
        target: "as printed above",
        ok: weightOk,
      });

    const withoutUniques = (runs: ActionRun[]) => runs.map(({ acknowledged: a, ...r }) => ({ ...r, acknowledged: a.length }));
    return {
      lines,
      result: {
        database: kind,
        noScript: withoutUniques(noScript),
        called: withoutUniques(called),
        pages,
        sizes: Object.fromEntries(sizes),
        memory: { peaks, largestProcessPeaks, samples, productTree, baselineTree },
        acknowledged: acknowledged.length,
        redirected,
        lost,
        outboxed,
        baselineAcknowledged: inserted.length,
        baselineLost,
      },
    };
  } finally {
    for (const server of servers) await server.stopped();
    await databases.drop();
  }
}

const unknown = KINDS.filter((kind) => kind !== "sqlite" && kind !== "postgres");
if (unknown.length) throw new Error(`BENCH_DATABASES: ${unknown.join(", ")}? (sqlite, postgres)`);
const passes: BenchDatabases[] = [];
if (KINDS.includes("sqlite")) passes.push(sqliteDatabases("data/bench.db", "data/bench-baseline.db"));
if (KINDS.includes("postgres")) {
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (adminUrl) passes.push(postgresDatabases(adminUrl, "free_them_bench", "free_them_bench_baseline"));
  else log("PostgreSQL skipped: TEST_POSTGRES_URL is not set (a role that may create databases, e.g. .ci/run's)");
}

const startedAt = new Date();
const loadAtStart = loadavg();
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
log(`commit ${commit}; load average ${loadAtStart.map((n) => n.toFixed(2)).join(" ")}; databases: ${passes.map((p) => p.kind).join(", ")}`);
mkdirSync("data", { recursive: true });
const lines: SummaryLine[] = [];
const results: unknown[] = [];
for (const [index, databases] of passes.entries()) {
  const pass = await measureOn(databases, index === 0);
  lines.push(...pass.lines);
  results.push(pass.result);
}

// The import part (issue 13): in-process, its own section; `npm run bench:import` runs only it.
const importTimings = await benchImport(KINDS, process.env.TEST_POSTGRES_URL);
printImportTimings(importTimings, log);

console.log("");
log(
  `summary: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s in ABBA order; req/s and p50 are means over the rounds, p99 the worst round's; memory is the process tree's RSS after the load (peak sampled every 500 ms)`,
);
printTable([
  ["database", "measure", "floor", "ours", "ratio", "p50 ms", "p99 ms", "target", "result"],
  ...lines.map((l) => [l.database, l.measure, l.floor, l.ours, l.ratio, l.p50, l.p99, l.target, l.ok ? "PASS" : "FAIL"]),
]);
const ok = lines.length > 0 && lines.every((line) => line.ok);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(
  `${RESULTS_DIR}/${startedAt.toISOString().replace(/[:.]/g, "-")}.json`,
  JSON.stringify(
    {
      startedAt,
      commit,
      loadAverage: { start: loadAtStart, end: loadavg() },
      seconds: SECONDS,
      rounds: ROUNDS,
      connections: CONNECTIONS,
      lines,
      passes: results,
      importTimings,
    },
    null,
    2,
  ),
);
log(
  `load average at the end ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}`,
);
log(ok ? "PASS" : "FAIL");
process.exitCode = ok ? 0 : 1;
