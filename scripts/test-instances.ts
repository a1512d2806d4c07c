// `npm run test:instances`: two instances of the app behind nginx on one PostgreSQL database, and
// the Playwright specs in e2e/instances/ against them (playwright.instances.config.ts). Issue 12.
//
// Needs TEST_POSTGRES_URL (a role that may create databases, as in CI) and nginx; without either it
// says so and passes (exit 0), as test:unit:pg does without PostgreSQL.
//   1. a fresh database free_them_instances (dropped and created again), the build folder removed
//   2. the mail sink on 2535 (SMTP) / 2536 (HTTP)
//   3. instance A on 3001 (`npm start`: migrations, seed, the one build into .next-instances), then,
//      once A answers, instance B on 3002 (same database, same secrets; nothing left to migrate or build)
//   4. a staff admin for the specs (npm run staff:add), nginx on 127.0.0.1:8080 with
//      deploy/nginx/free-them.conf, /api/health through nginx
//   5. Playwright, then everything stopped and the database dropped, passed or failed.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { onPostgresqlAdmin, postgresqlUrl } from "../lib/test/database";
import { postgresTestUrlOrExit, skipOrFail } from "./postgres-test-url";

const NGINX = process.env.NGINX_PATH || "/usr/sbin/nginx";
const DATABASE = "free_them_instances";
const DIST_DIR = ".next-instances";
const PORTS = { a: 3001, b: 3002, nginx: 8080, smtp: 2535, sinkHttp: 2536 } as const;
const ORIGIN = `http://127.0.0.1:${PORTS.nginx}`;

// Fixed test values, the same for both instances (as operators must give them: docs/deploy.md).
const SECRETS = {
  NEXTAUTH_SECRET: "instances-test-secret-not-for-production-0123456789",
  EMAIL_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64url"),
  HASH_KEY: "instances-test-hash-key-not-for-production-0123456789",
};

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[test:instances] ${message}`);

const adminUrl = postgresTestUrlOrExit("test:instances");
if (!existsSync(NGINX)) skipOrFail("test:instances", `no nginx at ${NGINX} (apt-get install nginx, or set NGINX_PATH).`);

const browser = spawnSync("node_modules/.bin/tsx", ["scripts/ensure-browser.ts"], { stdio: "inherit" });
if (browser.status !== 0) process.exit(browser.status ?? 1);

const databaseUrl = postgresqlUrl(adminUrl, DATABASE);

const work = mkdtempSync(join(tmpdir(), "free-them-instances-"));
const children: { name: string; child: ChildProcess }[] = [];
const timings: Record<string, string> = {};

async function onAdminDatabase(sql: string[]) {
  for (const statement of sql) await onPostgresqlAdmin(adminUrl, statement);
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** Starts a child in a process group of its own (so stopping it stops its children), output to a log file. */
function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const out = openSync(join(work, `${name}.log`), "a");
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", out, out] });
  children.push({ name, child });
  child.on("exit", (code, signal) => {
    if (!stopping) log(`${name} exited early (${code ?? signal}); its log: ${join(work, `${name}.log`)}`);
  });
  return child;
}

async function waitFor(url: string, what: string, timeoutMs: number, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited before answering ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

let stopping = false;
async function stopAll() {
  stopping = true;
  for (const { child } of children.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      continue;
    }
    const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, "timeout"));
    if ((await Promise.race([exited, timeout])) === "timeout") {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // gone meanwhile
      }
    }
  }
}

function showLogs() {
  for (const { name } of children) {
    const file = join(work, `${name}.log`);
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    console.log(`\n--- last lines of ${name} (${file}) ---\n${lines.slice(-40).join("\n")}`);
  }
}

function nginxConfig(): string {
  const repoServerBlock = resolve("deploy/nginx/free-them.conf");
  const temp = (name: string) => {
    const dir = join(work, "nginx", name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  return [
    // Run as root (CI), the workers would otherwise be `nobody` and unable to use the temp folders.
    ...(process.getuid?.() === 0 ? ["user root;"] : []),
    "worker_processes 1;",
    `pid ${join(work, "nginx.pid")};`,
    `error_log ${join(work, "nginx-error.log")} warn;`,
    "events { worker_connections 256; }",
    "http {",
    `    access_log ${join(work, "nginx-access.log")};`,
    `    client_body_temp_path ${temp("body")};`,
    `    proxy_temp_path ${temp("proxy")};`,
    `    fastcgi_temp_path ${temp("fastcgi")};`,
    `    uwsgi_temp_path ${temp("uwsgi")};`,
    `    scgi_temp_path ${temp("scgi")};`,
    // For the specs only: which instance answered (the repo's server block adds no header of its own, so it inherits this).
    "    add_header X-Free-Them-Upstream $upstream_addr always;",
    `    include ${repoServerBlock};`,
    "}",
    "",
  ].join("\n");
}

const appEnv = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  ...SECRETS,
  PORT: String(port),
  DATABASE_URL: databaseUrl,
  NEXT_DIST_DIR: DIST_DIR,
  APP_URL: ORIGIN,
  NEXTAUTH_URL: ORIGIN,
  TRUST_PROXY: "loopback",
  SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
  MAIL_FROM: "Free Them <campaign@free-them.test>",
  NEXT_TELEMETRY_DISABLED: "1",
});

let status = 1;
try {
  for (const [name, port] of Object.entries(PORTS)) {
    if (await portInUse(port)) throw new Error(`port ${port} (${name}) is in use: another run, or something else, holds it`);
  }

  let since = Date.now();
  await onAdminDatabase([`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`, `CREATE DATABASE ${DATABASE}`]);
  rmSync(DIST_DIR, { recursive: true, force: true });
  timings.database = seconds(since);
  log(`fresh database ${DATABASE}; logs in ${work}`);

  const sink = start("smtp-sink", "node_modules/.bin/tsx", ["e2e/support/smtp-sink.ts"], {
    ...process.env,
    SMTP_SINK_PORT: String(PORTS.smtp),
    SMTP_SINK_HTTP_PORT: String(PORTS.sinkHttp),
  });
  await waitFor(`http://127.0.0.1:${PORTS.sinkHttp}/health`, "the mail sink", 30_000, sink);

  // A alone first: it migrates, seeds and builds; B then finds all three done (docs/decisions/042).
  since = Date.now();
  const a = start("instance-a", "npm", ["start"], appEnv(PORTS.a));
  await waitFor(`http://127.0.0.1:${PORTS.a}/api/health`, "instance A", 420_000, a);
  timings["instance A (migrate, seed, build, serve)"] = seconds(since);
  log(`instance A answers on ${PORTS.a} after ${timings["instance A (migrate, seed, build, serve)"]}`);

  since = Date.now();
  const b = start("instance-b", "npm", ["start"], appEnv(PORTS.b));
  await waitFor(`http://127.0.0.1:${PORTS.b}/api/health`, "instance B", 120_000, b);
  timings["instance B (nothing to migrate or build)"] = seconds(since);
  log(`instance B answers on ${PORTS.b} after ${timings["instance B (nothing to migrate or build)"]}`);

  // The admin the staff spec signs in as: the row `npm run staff:add` writes, as an operator would.
  const admin = { email: `admin-${randomUUID().slice(0, 8)}@staff.test`, password: `pw-${randomUUID()}` };
  const added = spawnSync("node_modules/.bin/tsx", ["scripts/staff-add.ts", admin.email, "admin"], {
    env: { ...appEnv(PORTS.a), STAFF_PASSWORD: admin.password },
    encoding: "utf8",
  });
  if (added.status !== 0) throw new Error(`staff:add failed: ${added.stderr || added.stdout}`);

  const confPath = join(work, "nginx.conf");
  writeFileSync(confPath, nginxConfig());
  const check = spawnSync(NGINX, ["-t", "-q", "-c", confPath, "-p", work, "-e", join(work, "nginx-error.log")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const nginx = start("nginx", NGINX, ["-c", confPath, "-p", work, "-e", join(work, "nginx-error.log"), "-g", "daemon off;"], process.env);
  await waitFor(`${ORIGIN}/api/health`, "nginx", 30_000, nginx);
  timings["ready (database to health through nginx)"] = seconds(started);
  log(`nginx answers on ${PORTS.nginx}; running the specs`);

  since = Date.now();
  const playwright = spawnSync("node_modules/.bin/playwright", ["test", "-c", "playwright.instances.config.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: {
      ...process.env,
      INSTANCES_ADMIN_EMAIL: admin.email,
      INSTANCES_ADMIN_PASSWORD: admin.password,
      INSTANCES_SINK: `http://127.0.0.1:${PORTS.sinkHttp}`,
    },
  });
  timings.specs = seconds(since);
  status = playwright.status ?? 1;
  if (status !== 0) showLogs();
} catch (error) {
  console.error(`[test:instances] ${error instanceof Error ? error.message : String(error)}`);
  showLogs();
  status = 1;
} finally {
  await stopAll();
  try {
    await onAdminDatabase([`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`]);
  } catch (error) {
    console.error(`[test:instances] could not drop ${DATABASE}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (status === 0) rmSync(work, { recursive: true, force: true });
  timings.total = seconds(started);
  log(
    `timings: ${Object.entries(timings)
      .map(([what, time]) => `${what} ${time}`)
      .join("; ")}`,
  );
  log(status === 0 ? "passed" : `failed (logs kept in ${work})`);
}
process.exit(status);
