// `npm run fuzz`: property-based inputs (fast-check) against every server action and route
// handler of the built app, over HTTP on loopback, then a check of every row a supporter can
// write against the app's own rules. Passes when no request answered 5xx (or got no answer) and
// no row breaks the rules.
//
//   npm run fuzz                       10 000 inputs per endpoint (a tenth for image/feed routes)
//   npm run fuzz -- --runs 300         what CI runs (or FUZZ_RUNS=300)
//   npm run fuzz -- --only signPetition --concurrency 8 --seed 42
//   npm run fuzz -- --only signPetition,/api/   several endpoints, comma-separated
//
// It builds into .next-fuzz and serves on 127.0.0.1:3250 with data/fuzz.db, mails written to
// data/fuzz-mail, the server log in data/fuzz-server.log, and the report in data/fuzz-report.json.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { appEnv, createAdmin, DIST_DIR, knownContent, lineCount, logSince, ORIGIN, PORT, startApp } from "./fuzz/app";
import { caseFor, caseLabel, wireOf, type ActionCase, type Case, type RouteCase, type Session } from "./fuzz/cases";
import { actionEndpoints, formsIn, routeEndpoints, type Endpoint } from "./fuzz/endpoints";
import { closeAgent, send, openAgent, type Wire } from "./fuzz/http";
import { checkRows } from "./fuzz/rows";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string" },
    concurrency: { type: "string" },
    seed: { type: "string" },
    only: { type: "string" },
  },
});
const RUNS = Number(args.runs ?? process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = Number(args.concurrency ?? process.env.FUZZ_CONCURRENCY ?? 12);
const SEED = Number(args.seed ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const BATCH = 100;

const log = (line: string) => console.log(`[fuzz] ${line}`);

interface Tally {
  endpoint: string;
  sent: number;
  statuses: Record<string, number>;
  serverErrors: number;
  noAnswer: number;
  /** One failing case per kind of input, for the findings. */
  failures: Map<string, { c: Case; status: number; excerpt: string; error?: string }>;
  logLines: number;
  seconds: number;
}

async function pageForms(paths: string[], cookie?: string) {
  const forms = new Map<string, { hidden: [string, string][]; fields: string[]; takesState: boolean; path: string }>();
  for (const path of paths) {
    const response = await fetch(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    if (response.status !== 200) continue;
    for (const form of formsIn(await response.text())) if (!forms.has(form.id)) forms.set(form.id, { ...form, path });
  }
  return forms;
}

/** Signs the fuzz admin in through the sign-in form (no-JS post), for the staff actions' write paths. */
async function signInAdmin(admin: { email: string; password: string }): Promise<string | undefined> {
  const forms = await pageForms(["/admin/sign-in"]);
  const form = [...forms.values()][0];
  if (!form) return undefined;
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  body.append("email", admin.email);
  body.append("password", admin.password);
  const response = await fetch(`${ORIGIN}/admin/sign-in`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: ORIGIN, "x-forwarded-for": "10.9.9.9" },
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  return cookies.length ? cookies.join("; ") : undefined;
}

async function csrf(): Promise<Pick<Session, "csrfToken" | "csrfCookie">> {
  const response = await fetch(`${ORIGIN}/api/auth/csrf`);
  if (!response.ok) return {};
  const { csrfToken } = (await response.json()) as { csrfToken?: string };
  return {
    csrfToken,
    csrfCookie: response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0]!)
      .join("; "),
  };
}

async function fuzzEndpoint(endpoint: Endpoint, runs: number, seed: number, context: Context): Promise<Tally> {
  const tally: Tally = {
    endpoint: endpoint.name,
    sent: 0,
    statuses: {},
    serverErrors: 0,
    noAnswer: 0,
    failures: new Map(),
    logLines: 0,
    seconds: 0,
  };
  const startedAt = Date.now();
  const linesBefore = lineCount();
  const arbitrary = caseFor(endpoint, context.known, context.session);
  let batchNo = 0;
  let queue: Case[] = [];
  const next = (): Case | undefined => {
    if (tally.sent + queue.length >= runs && queue.length === 0) return undefined;
    if (queue.length === 0) {
      const size = Math.min(BATCH, runs - tally.sent - inFlight);
      if (size <= 0) return undefined;
      queue = fc.sample(arbitrary, { numRuns: size, seed: seed + batchNo++ });
    }
    return queue.shift();
  };
  let inFlight = 0;
  let lastBeat = Date.now();
  const worker = async () => {
    for (let c = next(); c; c = next()) {
      inFlight++;
      const answer = await send(PORT, wireOf(endpoint, c, context.actionIds, context.session, PORT));
      inFlight--;
      tally.sent++;
      const key = answer.status === 0 ? "none" : String(answer.status);
      tally.statuses[key] = (tally.statuses[key] ?? 0) + 1;
      if (answer.status >= 500 || answer.status === 0) {
        if (answer.status === 0) tally.noAnswer++;
        else tally.serverErrors++;
        const label = `${caseLabel(c)} → ${key}`;
        if (!tally.failures.has(label))
          tally.failures.set(label, { c, status: answer.status, excerpt: answer.excerpt, error: answer.error });
      }
      if (Date.now() - lastBeat > 15_000) {
        lastBeat = Date.now();
        log(`  … ${endpoint.name}: ${tally.sent}/${runs} sent, ${tally.serverErrors} 5xx, server log ${lineCount()} lines`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  tally.seconds = (Date.now() - startedAt) / 1000;
  tally.logLines = lineCount() - linesBefore;
  return tally;
}

interface Context {
  known: ReturnType<typeof knownContent>;
  session: Session;
  actionIds: string[];
}

/** Makes a failing case smaller while it still fails: fewer fields, shorter values, plainer headers. */
async function minimize(
  endpoint: Endpoint,
  failing: Case,
  context: Context,
): Promise<{ c: Case; wire: Wire; status: number; log: string[] }> {
  const fails = async (c: Case) => {
    const answer = await send(PORT, wireOf(endpoint, c, context.actionIds, context.session, PORT));
    return answer.status >= 500 || answer.status === 0;
  };
  let best = structuredClone(failing);
  const attempt = async (change: (c: Case) => void) => {
    const candidate = structuredClone(best);
    change(candidate);
    if (JSON.stringify(candidate) !== JSON.stringify(best) && (await fails(candidate))) best = candidate;
  };
  await attempt((c) => void (c.origin = "same"));
  await attempt((c) => void (c.staff = false));
  if (best.kind === "action") {
    const action = (c: Case) => c as ActionCase;
    await attempt((c) => void (action(c).fields = []));
    for (let i = action(best).fields.length - 1; i >= 0; i--) await attempt((c) => void action(c).fields.splice(i, 1));
    for (let i = 0; i < action(best).fields.length; i++) {
      await attempt((c) => void (action(c).fields[i]![1] = "x"));
      await attempt((c) => void (action(c).fields[i]![0] = "name"));
    }
    await attempt((c) => void (action(c).jsonArgs = [{ status: "idle" }, {}]));
    await attempt((c) => void (action(c).jsonArgs = null));
  } else {
    const route = (c: Case) => c as RouteCase;
    await attempt((c) => void (route(c).query = []));
    await attempt((c) => void (route(c).bodyText = "x"));
  }
  const before = lineCount();
  const wire = wireOf(endpoint, best, context.actionIds, context.session, PORT);
  const answer = await send(PORT, wire);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { c: best, wire, status: answer.status, log: logSince(before).slice(0, 12) };
}

const printable = (wire: Wire) => {
  const body = wire.body ? JSON.stringify(wire.body.toString("latin1").slice(0, 600)) : "";
  const headers = Object.entries(wire.headers)
    .filter(([name]) => !["host", "x-forwarded-for"].includes(name))
    .map(([name, value]) => `${name}: ${value}`)
    .join(" | ");
  return `${wire.method} ${wire.path} [${headers}] ${body}`;
};

// ---------------------------------------------------------------------------

const startedAt = Date.now();
const env = appEnv();
log(`seed ${SEED}, ${RUNS} inputs per endpoint, concurrency ${CONCURRENCY}`);
log(`starting the app (npm start) on ${ORIGIN}, build ${DIST_DIR}; log in data/fuzz-server.log`);
const app = await startApp(env);
let exitCode = 1;
try {
  openAgent(CONCURRENCY);
  const admin = await createAdmin();
  const staffCookie = await signInAdmin(admin);
  log(
    staffCookie
      ? "signed in as the fuzz admin: staff actions are fuzzed with and without a session"
      : "could not sign in: staff actions fuzzed anonymously only",
  );
  const session: Session = { staffCookie, ...(await csrf()) };
  const known = knownContent();
  const actions = actionEndpoints(DIST_DIR, known);
  const routes = routeEndpoints();
  // The no-JS forms of the public pages (and of the staff pages, signed in): their hidden fields are replayed as they are.
  const pages = [
    "/",
    "/act",
    "/my-data",
    ...known.petitions.map((slug) => `/petitions/${slug}`),
    ...known.prisoners.flatMap((slug) => [`/prisoners/${slug}`, `/prisoners/${slug}/letter`]),
    ...known.updates.map((slug) => `/updates/${slug}`),
    "/admin/sign-in",
  ];
  const staffPages = [
    "/admin",
    "/admin/moderation",
    "/admin/words",
    "/admin/content/prisoners/new",
    "/admin/content/updates/new",
    "/admin/content/petitions/new",
  ];
  const forms = new Map([...(await pageForms(pages)), ...(staffCookie ? await pageForms(staffPages, staffCookie) : [])]);
  for (const action of actions) {
    const form = forms.get(action.id);
    if (form) {
      action.formFields = form.hidden;
      action.takesState = form.takesState;
      if (!action.fields.length) action.fields = form.fields;
    }
  }
  const context: Context = { known, session, actionIds: actions.map((a) => a.id) };
  let endpoints: Endpoint[] = [...actions, ...routes];
  // --only takes one name or several, comma-separated; each matches as part of an endpoint's name.
  const only = args.only?.split(",").filter(Boolean) ?? [];
  if (only.length) endpoints = endpoints.filter((endpoint) => only.some((part) => endpoint.name.includes(part)));
  log(
    `${actions.length} server actions (${[...forms.keys()].filter((id) => actions.some((a) => a.id === id)).length} with a no-JS form found on a page), ${routes.length} route handlers`,
  );
  const unlisted = actions.filter((a) => !a.fields.length && a.name !== "signOut").map((a) => a.name);
  if (unlisted.length) log(`actions without a field list (fuzzed with random fields only): ${unlisted.join(", ")}`);

  const tallies: Tally[] = [];
  for (const [index, endpoint] of endpoints.entries()) {
    const runs = endpoint.kind === "route" && !endpoint.api ? Math.max(1, Math.ceil(RUNS / 10)) : RUNS;
    const tally = await fuzzEndpoint(endpoint, runs, SEED + index * 100_003, context);
    tallies.push(tally);
    const statuses = Object.entries(tally.statuses)
      .sort()
      .map(([status, count]) => `${status}:${count}`)
      .join(" ");
    log(
      `${endpoint.name.padEnd(34)} ${String(tally.sent).padStart(6)} sent ${tally.seconds.toFixed(0).padStart(5)} s  5xx ${tally.serverErrors}  no answer ${tally.noAnswer}  log +${tally.logLines}  [${statuses}]`,
    );
    // Comments the run wrote become targets of the report and moderation actions.
    context.known.comments = knownContent().comments;
  }

  // The failures, made small, with the log lines each one wrote.
  const findings: { endpoint: string; label: string; status: number; request: string; log: string[] }[] = [];
  for (const tally of tallies) {
    const endpoint = endpoints.find((e) => e.name === tally.endpoint)!;
    for (const [label, failure] of [...tally.failures].slice(0, 6)) {
      const small = await minimize(endpoint, failure.c, context);
      findings.push({ endpoint: tally.endpoint, label, status: small.status, request: printable(small.wire), log: small.log });
    }
  }

  const rows = checkRows("data/fuzz.db", env.EMAIL_ENCRYPTION_KEY!);
  const totals = {
    inputs: tallies.reduce((sum, t) => sum + t.sent, 0),
    serverErrors: tallies.reduce((sum, t) => sum + t.serverErrors, 0),
    noAnswer: tallies.reduce((sum, t) => sum + t.noAnswer, 0),
    badRows: rows.bad.length,
    logLines: lineCount(),
    minutes: (Date.now() - startedAt) / 60_000,
  };

  console.log("");
  for (const finding of findings) {
    log(`5xx ${finding.endpoint} (${finding.label}): answered ${finding.status || "nothing"} to`);
    console.log(`    ${finding.request}`);
    for (const line of finding.log) console.log(`    | ${line.slice(0, 300)}`);
  }
  const byProblem = new Map<string, typeof rows.bad>();
  for (const bad of rows.bad)
    byProblem.set(`${bad.table}: ${bad.problem}`, [...(byProblem.get(`${bad.table}: ${bad.problem}`) ?? []), bad]);
  for (const [problem, list] of byProblem)
    log(`row breaks the rules: ${problem} (${list.length} rows), e.g. ${list[0]!.id} ${list[0]!.value ?? ""}`);
  console.log("");
  log(
    `rows checked: ${Object.entries(rows.checked)
      .map(([table, count]) => `${table} ${count}`)
      .join(", ")}`,
  );
  log(
    `inputs ${totals.inputs} over ${tallies.length} endpoints; 5xx ${totals.serverErrors}; no answer ${totals.noAnswer}; rows that break the schema ${totals.badRows}; server log ${totals.logLines} lines; ${totals.minutes.toFixed(1)} min`,
  );
  writeFileSync(
    "data/fuzz-report.json",
    JSON.stringify(
      {
        seed: SEED,
        runs: RUNS,
        concurrency: CONCURRENCY,
        totals,
        endpoints: tallies.map(({ failures, ...t }) => ({ ...t, failureKinds: [...failures.keys()] })),
        findings,
        badRows: [...byProblem].map(([problem, list]) => ({ problem, count: list.length, examples: list.slice(0, 3) })),
      },
      null,
      2,
    ),
  );
  exitCode = totals.serverErrors === 0 && totals.noAnswer === 0 && totals.badRows === 0 ? 0 : 1;
  log(exitCode === 0 ? "PASS" : "FAIL (report: data/fuzz-report.json)");
} finally {
  closeAgent();
  app.stop();
}
process.exit(exitCode);
